//===- DropArgumentResults.cpp - The dl-drop-argument-results pass --------===//
// SPDX-License-Identifier: Apache-2.0
//
// See Passes.td.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/BitVector.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLDROPARGUMENTRESULTSPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
struct DLDropArgumentResultsPass
    : dl::impl::DLDropArgumentResultsPassBase<DLDropArgumentResultsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (auto function : module.getOps<func::FuncOp>()) {
      if (function.isExternal() || !function.getBody().hasOneBlock() ||
          !SymbolTable::symbolKnownUseEmpty(function, module))
        continue;
      auto ret = cast<func::ReturnOp>(function.getBody().front().getTerminator());
      llvm::BitVector drop(function.getNumResults());
      for (auto [i, value] : llvm::enumerate(ret.getOperands())) {
        while (auto cast = value.getDefiningOp<memref::CastOp>())
          value = cast.getSource();
        auto argument = dyn_cast<BlockArgument>(value);
        if (argument && argument.getOwner()->isEntryBlock() &&
            argument.getType() == function.getResultTypes()[i] &&
            function.getResultAttr(i, "dl.updates"))
          drop.set(i);
      }
      if (drop.none())
        continue;
      ret->eraseOperands(drop);
      if (failed(function.eraseResults(drop)))
        return signalPassFailure();
    }
  }
};
} // namespace
