//===- ModelSignature.h - Named tensors of a dl model -----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// A model is a func.func whose arguments are named parameters (`dl.param`)
// or inputs (`dl.input`) and whose results are named outputs (`dl.output`);
// see docs/model-convention.md. Weights files and tools bind tensors by these
// names, so the dialect verifies them and this header gives the one reading
// of them that every tool shares.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_MODELSIGNATURE_H
#define DL_IR_MODELSIGNATURE_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace mlir::dl {

/// What a named tensor of a model is for.
enum class TensorRole { Parameter, Input, Output };

/// Returns "parameter", "input" or "output".
StringRef stringifyTensorRole(TensorRole role);

/// One named argument or result of a model function.
struct ModelTensor {
  TensorRole role;
  std::string name;
  /// Argument index for parameters and inputs, result index for outputs.
  unsigned index;
  Type type;
};

/// The named arguments and results of a model function, in signature order.
/// After bufferization, outputs are out-parameters: arguments whose role is
/// Output.
struct ModelSignature {
  SmallVector<ModelTensor> arguments;
  SmallVector<ModelTensor> results;
  /// Results marked `dl.updates`: new values of parameters, written in
  /// place into the arguments' buffers. `name` is the parameter's name and
  /// `index` the result's; they are not outputs.
  SmallVector<ModelTensor> updates;

  /// Returns the signature of `function`, or failure after emitting a
  /// diagnostic on it if the names break the convention (a missing name,
  /// a duplicate, an argument with two roles).
  static FailureOr<ModelSignature> get(FunctionOpInterface function);

  /// Returns the tensor named `name` among the arguments, or null.
  const ModelTensor *lookupArgument(StringRef name) const;
};

/// Returns true if any argument or result of `function` carries a dl name.
bool isModelFunction(FunctionOpInterface function);

/// Returns true if `attrs` (an argument's or result's) holds a dl.* name.
bool hasDLName(DictionaryAttr attrs);

} // namespace mlir::dl

#endif // DL_IR_MODELSIGNATURE_H
