//===- DLDialect.td - The dl dialect and its base classes -----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The `dl` dialect describes deep-learning models as pure functions on builtin
// ranked tensors with static shapes. Every other .td file of the dialect
// includes this one for the dialect definition, the op base class and the
// tensor type constraints shared by the ops.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLDIALECT_TD
#define DL_IR_DLDIALECT_TD

include "mlir/IR/OpBase.td"

def DL_Dialect : Dialect {
  let name = "dl";
  let cppNamespace = "::mlir::dl";
  let summary = "Tensor operations for deep-learning models";
  let description = [{
    The `dl` dialect holds the operations that dlc models are written in:
    matrix products, elementwise arithmetic with numpy broadcasting,
    activations, softmax, reductions and shape manipulation.

    Values are builtin ranked tensors with static shapes. Element types are
    `f32` (the default of the DSL), `f64` (used by tests that differentiate
    numerically), the signless integers `i32` and `i64` (labels and indices,
    always interpreted as signed) and `i1` for the masks that `dl.compare`
    produces and `dl.select` consumes.

    Every op infers its result type from its operands and attributes, so
    builders never spell result types; the printed form still shows them so
    that IR can be read without running shape inference in one's head.

    A model is a `func.func` whose arguments and results carry `dl.*` names
    (see `docs/model-convention.md`); the dialect verifies those attributes.
  }];
  let hasConstantMaterializer = 1;
  let hasOperationAttrVerify = 1;
  let hasRegionArgAttrVerify = 1;
  let hasRegionResultAttrVerify = 1;
  let extraClassDeclaration = [{
    /// Argument attribute naming a trained parameter (a weight or a bias).
    static constexpr ::llvm::StringLiteral kParamAttrName = "dl.param";
    /// Argument attribute naming a model input fed at each call.
    static constexpr ::llvm::StringLiteral kInputAttrName = "dl.input";
    /// Result attribute naming a model output.
    static constexpr ::llvm::StringLiteral kOutputAttrName = "dl.output";
    /// Result attribute of a new value for the named dl.param argument,
    /// written into the argument's buffer (a training step's parameters
    /// and optimizer state); it is no output after bufferization.
    static constexpr ::llvm::StringLiteral kUpdatesAttrName = "dl.updates";
  }];
}

class DL_Op<string mnemonic, list<Trait> traits = []>
    : Op<DL_Dialect, mnemonic, traits>;

//===----------------------------------------------------------------------===//
// Tensor type constraints
//===----------------------------------------------------------------------===//

def DL_FloatTensor : StaticShapeTensorOf<[F32, F64]>;
def DL_NumericTensor : StaticShapeTensorOf<[F32, F64, I32, I64]>;
def DL_MaskTensor : StaticShapeTensorOf<[I1]>;
def DL_IntegerTensor : StaticShapeTensorOf<[I32, I64]>;
def DL_AnyTensor : StaticShapeTensorOf<[F32, F64, I32, I64, I1]>;

#endif // DL_IR_DLDIALECT_TD
