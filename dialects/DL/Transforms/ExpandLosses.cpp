//===- ExpandLosses.cpp - The dl-expand-losses pass -----------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// See Passes.td; the expansion itself is dl::expandLoss (DLLosses.cpp).
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLOps.h"
#include "dialects/DL/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLEXPANDLOSSESPASS
#include "dialects/DL/Transforms/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
struct DLExpandLossesPass
    : dl::impl::DLExpandLossesPassBase<DLExpandLossesPass> {
  void runOnOperation() override {
    SmallVector<Operation *> losses;
    getOperation().walk([&](Operation *op) {
      if (isa<dl::MeanSquaredErrorOp, dl::CategoricalCrossEntropyOp,
              dl::SparseCategoricalCrossEntropyOp, dl::BinaryCrossEntropyOp,
              dl::HingeLossOp>(op))
        losses.push_back(op);
    });
    for (Operation *op : losses) {
      OpBuilder builder(op);
      Value loss = dl::expandLoss(builder, op);
      op->getResult(0).replaceAllUsesWith(loss);
      op->erase();
    }
  }
};
} // namespace
