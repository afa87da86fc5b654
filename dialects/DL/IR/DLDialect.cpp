//===- DLDialect.cpp - The dl dialect -------------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Registers the ops, materializes folded constants as dl.constant, and
// verifies the dl.* names on function arguments and results that make a
// func.func a model (docs/model-convention.md).
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLDialect.h"

#include "dialects/DL/IR/DLOps.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::dl;

#include "dialects/DL/IR/DLOpsDialect.cpp.inc"

void DLDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "dialects/DL/IR/DLOps.cpp.inc"
      >();
}

Operation *DLDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                          Type type, Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, elements);
}

/// Checks one dl.* attribute on a function argument or result: it must be a
/// known name for that position and hold a printable, non-empty string.
static LogicalResult verifyNameAttr(Operation *op, StringRef position,
                                    unsigned index, NamedAttribute attr,
                                    ArrayRef<StringRef> allowed) {
  StringRef attrName = attr.getName().getValue();
  if (!llvm::is_contained(allowed, attrName)) {
    InFlightDiagnostic diag = op->emitOpError()
                              << "unknown attribute '" << attrName << "' on "
                              << position << " " << index << "; expected ";
    llvm::interleave(
        allowed, [&](StringRef name) { diag << "'" << name << "'"; },
        [&] { diag << " or "; });
    return diag;
  }
  auto name = dyn_cast<StringAttr>(attr.getValue());
  if (!name)
    return op->emitOpError() << "'" << attrName << "' on " << position << " "
                             << index << " must be a string, got "
                             << attr.getValue();
  if (name.getValue().empty())
    return op->emitOpError() << "'" << attrName << "' on " << position << " "
                             << index << " is empty";
  // Bytes of 0x80 and up belong to UTF-8 sequences and are allowed.
  if (llvm::any_of(name.getValue(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte <= ' ' || byte == 0x7f;
      }))
    return op->emitOpError() << "'" << attrName << "' on " << position << " "
                             << index << " is '" << name.getValue()
                             << "': names may not contain spaces or "
                                "control characters";
  return success();
}

/// Verifies the whole signature once, from the last dl-named position: the
/// attribute verifier visits positions in order, so by then every name has
/// passed verifyNameAttr and a function-wide message cannot hide a
/// misspelled or mistyped attribute further on.
static LogicalResult verifySignatureOnce(Operation *op, bool isArgument,
                                         unsigned index) {
  auto function = dyn_cast<FunctionOpInterface>(op);
  if (!function)
    return op->emitOpError()
           << "dl tensor names are only allowed on function arguments and "
              "results";
  for (unsigned i = function.getNumResults(); i-- > 0;)
    if (hasDLName(function.getResultAttrDict(i)))
      return success(isArgument || i != index ||
                     succeeded(ModelSignature::get(function)));
  for (unsigned i = function.getNumArguments(); i-- > 0;)
    if (hasDLName(function.getArgAttrDict(i)))
      return success(!isArgument || i != index ||
                     succeeded(ModelSignature::get(function)));
  return success();
}

LogicalResult DLDialect::verifyOperationAttribute(Operation *op,
                                                  NamedAttribute attr) {
  return op->emitOpError() << "unknown attribute '" << attr.getName().getValue()
                           << "': dl names belong on function arguments and "
                              "results, not on operations";
}

LogicalResult DLDialect::verifyRegionArgAttribute(Operation *op, unsigned,
                                                  unsigned argIndex,
                                                  NamedAttribute attr) {
  // dl.output on an argument names an out-parameter, which is what a result
  // becomes when bufferization makes callers provide the result buffers.
  if (failed(verifyNameAttr(op, "argument", argIndex, attr,
                            {kParamAttrName, kInputAttrName, kOutputAttrName})))
    return failure();
  return verifySignatureOnce(op, /*isArgument=*/true, argIndex);
}

LogicalResult DLDialect::verifyRegionResultAttribute(Operation *op, unsigned,
                                                     unsigned resultIndex,
                                                     NamedAttribute attr) {
  if (failed(verifyNameAttr(op, "result", resultIndex, attr,
                            {kOutputAttrName, kUpdatesAttrName})))
    return failure();
  return verifySignatureOnce(op, /*isArgument=*/false, resultIndex);
}
