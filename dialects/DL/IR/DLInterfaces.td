//===- DLInterfaces.td - Interfaces of the dl dialect ---------------------===//
// SPDX-License-Identifier: Apache-2.0
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLINTERFACES_TD
#define DL_IR_DLINTERFACES_TD

include "mlir/IR/OpBase.td"

def DL_DifferentiableOpInterface : OpInterface<"DifferentiableOpInterface"> {
  let cppNamespace = "::mlir::dl";
  let description = [{
    The reverse-mode derivative of an op (its vector-Jacobian product),
    used by `dl-autodiff`. A rule receives the cotangent of each result and
    builds `dl` ops computing the cotangent of each operand, so a gradient is
    ordinary `dl` IR that prints, canonicalizes and lowers like any model.

    An operand has a derivative when it and the result are floating-point
    tensors; an op may narrow that further (`dl.compare` has none: its
    result is a mask that does not vary smoothly with its operands).
  }];
  let methods = [
    InterfaceMethod<[{
        Returns whether the result varies differentiably with operand
        `index`. Cotangents are built only for such operands.
      }],
      "bool", "isDifferentiableOperand", (ins "unsigned":$index), [{}],
      [{
        auto isFloat = [](::mlir::Type type) {
          return ::llvm::isa<::mlir::FloatType>(
              ::mlir::getElementTypeOrSelf(type));
        };
        ::mlir::Operation *op = $_op.getOperation();
        return isFloat(op->getOperand(index).getType()) &&
               ::llvm::all_of(op->getResultTypes(), isFloat);
      }]>,
    InterfaceMethod<[{
        Builds the cotangents of the operands at the builder's insertion
        point, given one cotangent per result (same type as the result).
        Fills `operandCotangents` with one value per operand, of the
        operand's type, or null where isDifferentiableOperand is false.
      }],
      "void", "buildOperandCotangents",
      (ins "::mlir::OpBuilder &":$builder,
           "::mlir::ValueRange":$resultCotangents,
           "::llvm::SmallVectorImpl<::mlir::Value> &":$operandCotangents)>,
  ];
}

#endif // DL_IR_DLINTERFACES_TD
