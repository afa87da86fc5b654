//===- ElideResultCopies.cpp - The dl-elide-result-copies pass ------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The out-parameter is write-only in the function (its one use is the
// final copy), so writing the result into it earlier is unobservable to the
// function itself; callers must not pass an output that aliases an input
// (docs/dlc.md), which is what makes it unobservable to them too.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLELIDERESULTCOPIESPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {

/// Returns true if `copy` moves a function-local allocation into an
/// out-parameter that nothing else touches, after every use of the
/// allocation.
bool isElidable(memref::CopyOp copy, Block &entry) {
  auto target = dyn_cast<BlockArgument>(copy.getTarget());
  if (!target || target.getOwner() != &entry || !target.hasOneUse())
    return false;
  auto alloc = copy.getSource().getDefiningOp<memref::AllocOp>();
  if (!alloc || alloc->getBlock() != &entry ||
      alloc.getType() != target.getType())
    return false;
  return llvm::all_of(alloc->getUsers(), [&](Operation *user) {
    if (user == copy)
      return true;
    Operation *ancestor = entry.findAncestorOpInBlock(*user);
    return ancestor && ancestor->isBeforeInBlock(copy);
  });
}

struct DLElideResultCopiesPass
    : dl::impl::DLElideResultCopiesPassBase<DLElideResultCopiesPass> {
  void runOnOperation() override {
    func::FuncOp function = getOperation();
    if (function.isExternal())
      return;
    Block &entry = function.getBody().front();
    SmallVector<memref::CopyOp> copies;
    for (auto copy : entry.getOps<memref::CopyOp>())
      if (isElidable(copy, entry))
        copies.push_back(copy);
    for (memref::CopyOp copy : copies) {
      Value target = copy.getTarget();
      auto alloc = copy.getSource().getDefiningOp<memref::AllocOp>();
      copy.erase();
      alloc.getResult().replaceAllUsesWith(target);
      alloc.erase();
    }
  }
};

} // namespace
