//===- ExportCEntryPoints.cpp - The dl-export-c-entry-points pass ---------===//
// SPDX-License-Identifier: Apache-2.0
//
// See Passes.td. The status codes are the runtime's, so that an application
// reports a model's failures and the runtime's the same way; only the
// enumerators are used, the compiler does not link the runtime for this.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "dl/runtime/runtime.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLEXPORTCENTRYPOINTSPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {

/// Checks that `function` has the C signature the bare-pointer convention
/// gives it: one pointer per statically shaped, row-major buffer, no results.
LogicalResult verifyExportable(func::FuncOp function) {
  bool ok = true;
  for (BlockArgument arg : function.getArguments()) {
    auto type = dyn_cast<MemRefType>(arg.getType());
    if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity()) {
      function.emitError() << "cannot export @" << function.getName()
                           << " to C: argument #" << arg.getArgNumber()
                           << " has type " << arg.getType()
                           << ", not a statically shaped row-major buffer";
      ok = false;
    }
  }
  ModuleOp module = function->getParentOfType<ModuleOp>();
  if (!SymbolTable::symbolKnownUseEmpty(function, module)) {
    function.emitError() << "cannot export @" << function.getName()
                         << " to C: it is called from within the module, "
                            "and its C signature differs from its callers'";
    ok = false;
  }
  if (function.getNumResults() != 0) {
    function.emitError() << "cannot export @" << function.getName()
                         << " to C: it still returns "
                         << function.getResultTypes()
                         << " after bufferization";
    ok = false;
  }
  return success(ok);
}

void exportFunction(func::FuncOp function) {
  MLIRContext *context = function.getContext();
  Location loc = function.getLoc();
  auto statusType = IntegerType::get(context, 32);
  Block *body = &function.getBody().front();

  // Every return of the original body reports success.
  function.walk([&](func::ReturnOp ret) {
    OpBuilder b(ret);
    Value ok = arith::ConstantIntOp::create(b, ret.getLoc(), statusType,
                                            DLRT_OK);
    func::ReturnOp::create(b, ret.getLoc(), ok);
    ret.erase();
  });

  // A new entry block checks the pointers and branches to the old body.
  Block *entry = new Block();
  function.getBody().push_front(entry);
  OpBuilder b = OpBuilder::atBlockBegin(entry);
  SmallVector<Value> arguments;
  for (BlockArgument arg : body->getArguments()) {
    auto type = cast<MemRefType>(arg.getType());
    if (type.getNumElements() != 0) {
      arguments.push_back(entry->addArgument(type, arg.getLoc()));
      continue;
    }
    // A buffer without elements is never accessed, so the body may as well
    // get an empty buffer of its own. The C argument becomes memref<0xT>:
    // the bare-pointer convention rejects shapes like 2x0, whose strides
    // it cannot derive.
    entry->addArgument(MemRefType::get({0}, type.getElementType()),
                       arg.getLoc());
    arguments.push_back(memref::AllocaOp::create(b, arg.getLoc(), type));
  }
  Value anyNull = arith::ConstantIntOp::create(b, loc, b.getI1Type(), 0);
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  for (BlockArgument arg : entry->getArguments()) {
    // NULL is a fine pointer to no elements.
    if (cast<MemRefType>(arg.getType()).getNumElements() == 0)
      continue;
    Value pointer =
        memref::ExtractAlignedPointerAsIndexOp::create(b, loc, arg);
    Value isNull = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                         pointer, zero);
    anyNull = arith::OrIOp::create(b, loc, anyNull, isNull);
  }
  Block *invalid = new Block();
  function.getBody().push_back(invalid);
  cf::CondBranchOp::create(b, loc, anyNull, invalid, ValueRange(), body,
                           arguments);
  b.setInsertionPointToStart(invalid);
  Value status = arith::ConstantIntOp::create(b, loc, statusType,
                                              DLRT_ERROR_INVALID_ARGUMENT);
  func::ReturnOp::create(b, loc, status);

  function.setFunctionType(FunctionType::get(
      context, entry->getArgumentTypes(), TypeRange{statusType}));
}

struct DLExportCEntryPointsPass
    : dl::impl::DLExportCEntryPointsPassBase<DLExportCEntryPointsPass> {
  void runOnOperation() override {
    SmallVector<func::FuncOp> entries;
    bool ok = true;
    for (auto function : getOperation().getOps<func::FuncOp>()) {
      if (function.isExternal() || !function.isPublic())
        continue;
      ok &= succeeded(verifyExportable(function));
      entries.push_back(function);
    }
    if (!ok)
      return signalPassFailure();
    for (func::FuncOp function : entries)
      exportFunction(function);
  }
};

} // namespace
