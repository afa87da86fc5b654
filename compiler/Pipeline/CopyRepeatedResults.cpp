//===- CopyRepeatedResults.cpp - The dl-copy-repeated-results pass --------===//
// SPDX-License-Identifier: Apache-2.0
//
// See Passes.td.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLCOPYREPEATEDRESULTSPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
struct DLCopyRepeatedResultsPass
    : dl::impl::DLCopyRepeatedResultsPassBase<DLCopyRepeatedResultsPass> {
  void runOnOperation() override {
    getOperation().walk([](func::ReturnOp ret) {
      llvm::DenseSet<Value> seen;
      OpBuilder b(ret);
      for (OpOperand &operand : ret->getOpOperands()) {
        auto type = dyn_cast<RankedTensorType>(operand.get().getType());
        if (!type || seen.insert(operand.get()).second)
          continue;
        operand.set(bufferization::AllocTensorOp::create(
            b, ret.getLoc(), type, ValueRange(), operand.get()));
      }
    });
  }
};
} // namespace
