//===- DLOps.td - Operations of the dl dialect ----------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Every op is Pure and infers its result type (InferTypeOpInterface), so C++
// builders never spell result types while the printed form still shows them.
// Descriptions are the op reference in docs/: they state shapes, broadcasting
// and numerics precisely enough to write a lowering or a gradient rule from.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLOPS_TD
#define DL_IR_DLOPS_TD

include "dialects/DL/IR/DLDialect.td"
include "dialects/DL/IR/DLEnums.td"
include "dialects/DL/IR/DLInterfaces.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// dl.constant
//===----------------------------------------------------------------------===//

def DL_ConstantOp : DL_Op<"constant",
    [ConstantLike, Pure, AllTypesMatch<["value", "result"]>]> {
  let summary = "tensor constant";
  let description = [{
    Produces a tensor whose elements are given by `value`, a dense or splat
    elements attribute. The result type is the attribute's type.

    ```mlir
    %zeros = dl.constant dense<0.0> : tensor<2x3xf32>
    %ids = dl.constant dense<[1, 0, 2]> : tensor<3xi64>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs DL_AnyTensor:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// dl.matmul
//===----------------------------------------------------------------------===//

def DL_MatMulOp : DL_Op<"matmul",
    [Pure, SameOperandsAndResultElementType, InferTypeOpAdaptor,
     DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let summary = "matrix product, optionally batched and transposed";
  let description = [{
    Multiplies the matrices held in the last two dimensions of `lhs` and
    `rhs`. Without flags, `lhs` is `[..., M, K]` and `rhs` is `[..., K, N]`
    and the result is `[..., M, N]` with
    `result[..., m, n] = sum_k lhs[..., m, k] * rhs[..., k, n]`.

    `transpose_lhs` reads `lhs` as `[..., K, M]` and `transpose_rhs` reads
    `rhs` as `[..., N, K]`, as if a transpose of the last two dimensions were
    applied first; canonicalization folds such `dl.transpose` ops into the
    flags.

    Both operands have rank 2 or more. The leading (batch) dimensions
    broadcast with numpy rules, so a rank-3 activation times a rank-2 weight
    applies the same weight to every batch element. Operands and result share
    one element type; integer products wrap around.

    ```mlir
    %y = dl.matmul %x, %w : (tensor<64x784xf32>, tensor<784x128xf32>) -> tensor<64x128xf32>
    %s = dl.matmul %q, %k transpose_rhs
        : (tensor<8x16x32xf32>, tensor<8x16x32xf32>) -> tensor<8x16x16xf32>
    ```
  }];
  let arguments = (ins DL_NumericTensor:$lhs, DL_NumericTensor:$rhs,
                       UnitAttr:$transpose_lhs, UnitAttr:$transpose_rhs);
  let results = (outs DL_NumericTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs (`transpose_lhs` $transpose_lhs^)? (`transpose_rhs` $transpose_rhs^)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasCanonicalizer = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Elementwise binary ops with broadcasting
//===----------------------------------------------------------------------===//

class DL_BroadcastingBinaryOp<string mnemonic, Type operandType,
                              string formula, list<Trait> traits = []>
    : DL_Op<mnemonic, traits # [Pure, SameOperandsAndResultElementType,
                                InferTypeOpAdaptor,
                                DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  // Op-specific numerics and an example, appended to the shared text.
  string details = "";
  let description = [{
    Computes `}] # formula # [{` elementwise. The operand shapes broadcast
    with numpy rules: they are aligned at the last dimension, and each pair
    of dimensions must be equal or one of them must be 1 (the missing leading
    dimensions of the shorter shape count as 1). The result has the
    broadcast shape and the operands' element type.
  }] # details;
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs operandType:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def DL_AddOp : DL_BroadcastingBinaryOp<"add", DL_NumericTensor,
    "lhs + rhs", [Commutative]> {
  let summary = "elementwise addition with broadcasting";
  let details = [{
    Integer addition wraps around.

    ```mlir
    %y = dl.add %xw, %bias : (tensor<64x128xf32>, tensor<128xf32>) -> tensor<64x128xf32>
    ```
  }];
}

def DL_SubOp : DL_BroadcastingBinaryOp<"sub", DL_NumericTensor,
    "lhs - rhs"> {
  let summary = "elementwise subtraction with broadcasting";
  let details = [{
    Integer subtraction wraps around.

    ```mlir
    %d = dl.sub %x, %mean : (tensor<32x10xf32>, tensor<32x1xf32>) -> tensor<32x10xf32>
    ```
  }];
}

def DL_MulOp : DL_BroadcastingBinaryOp<"mul", DL_NumericTensor,
    "lhs * rhs", [Commutative]> {
  let summary = "elementwise multiplication with broadcasting";
  let details = [{
    Integer multiplication wraps around.

    ```mlir
    %y = dl.mul %x, %scale : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
    ```
  }];
}

def DL_DivOp : DL_BroadcastingBinaryOp<"div", DL_NumericTensor,
    "lhs / rhs"> {
  let summary = "elementwise division with broadcasting";
  let details = [{
    Floats follow IEEE 754 (division by zero gives an infinity or NaN).
    Integers divide as signed values and round toward zero; an integer
    division by zero has an undefined result and is never constant-folded.

    ```mlir
    %p = dl.div %e, %sum : (tensor<2x10xf32>, tensor<2x1xf32>) -> tensor<2x10xf32>
    ```
  }];
}

def DL_MaxOp : DL_BroadcastingBinaryOp<"max", DL_NumericTensor,
    "max(lhs, rhs)", [Commutative]> {
  let summary = "elementwise maximum with broadcasting";
  let details = [{
    Integers compare as signed values. For floats, a NaN operand gives NaN
    (IEEE 754-2019 `maximum`), and +0 is greater than -0.

    ```mlir
    %y = dl.max %x, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
}

def DL_MinOp : DL_BroadcastingBinaryOp<"min", DL_NumericTensor,
    "min(lhs, rhs)", [Commutative]> {
  let summary = "elementwise minimum with broadcasting";
  let details = [{
    Integers compare as signed values. For floats, a NaN operand gives NaN
    (IEEE 754-2019 `minimum`), and -0 is less than +0.

    ```mlir
    %y = dl.min %x, %six : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
}

def DL_PowOp : DL_BroadcastingBinaryOp<"pow", DL_FloatTensor,
    "lhs ^ rhs"> {
  let summary = "elementwise power with broadcasting";
  let details = [{
    Floats only, with C `pow` semantics: a negative base with a non-integer
    exponent gives NaN, and `pow(x, 0)` is 1 for every `x`.

    ```mlir
    %sq = dl.pow %x, %two : (tensor<16xf64>, tensor<f64>) -> tensor<16xf64>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// dl.compare and dl.select
//===----------------------------------------------------------------------===//

def DL_CompareOp : DL_Op<"compare",
    [Pure, SameOperandsElementType, InferTypeOpAdaptor, DeclareOpInterfaceMethods<DL_DifferentiableOpInterface, ["isDifferentiableOperand"]>]> {
  let summary = "elementwise comparison with broadcasting, giving an i1 mask";
  let description = [{
    Compares `lhs` and `rhs` elementwise with `predicate` (`eq`, `ne`, `lt`,
    `le`, `gt`, `ge`) and yields `i1` elements, 1 where the predicate holds.
    Shapes broadcast as in `dl.add`; the operands share one element type.
    Integers compare as signed values. Float comparisons are ordered: every
    predicate except `ne` is false when either operand is NaN, and `ne` is
    true.

    ```mlir
    %pos = dl.compare gt, %x, %zero : (tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xi1>
    ```
  }];
  let arguments = (ins DL_ComparePredicate:$predicate, DL_NumericTensor:$lhs,
                       DL_NumericTensor:$rhs);
  let results = (outs DL_MaskTensor:$result);
  let assemblyFormat = [{
    $predicate `,` $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def DL_SelectOp : DL_Op<"select", [Pure, InferTypeOpAdaptor, DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let summary = "elementwise choice by an i1 mask, with broadcasting";
  let description = [{
    Yields `on_true` where `condition` is 1 and `on_false` elsewhere. The
    three shapes broadcast together as in `dl.add`. `on_true` and `on_false`
    share an element type, which is the result's.

    ```mlir
    %relu_grad = dl.select %pos, %dy, %zero
        : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<f32>) -> tensor<4x8xf32>
    ```
  }];
  let arguments = (ins DL_MaskTensor:$condition, DL_AnyTensor:$on_true,
                       DL_AnyTensor:$on_false);
  let results = (outs DL_AnyTensor:$result);
  let assemblyFormat = [{
    $condition `,` $on_true `,` $on_false attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Elementwise unary ops
//===----------------------------------------------------------------------===//

class DL_UnaryOp<string mnemonic, Type operandType, string formula,
                 list<Trait> traits = []>
    : DL_Op<mnemonic, traits # [Pure, Elementwise, SameOperandsAndResultType,
                                InferTypeOpInterface,
                                DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  // Op-specific numerics and an example, appended to the shared text.
  string details = "";
  let description = [{
    Computes `}] # formula # [{` for every element. The result has the
    operand's type.
  }] # details;
  let arguments = (ins operandType:$input);
  let results = (outs operandType:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasFolder = 1;
}

def DL_NegOp : DL_UnaryOp<"neg", DL_NumericTensor, "-x"> {
  let summary = "elementwise negation";
  let details = [{
    Integer negation wraps around (`-INT_MIN` is `INT_MIN`).

    ```mlir
    %y = dl.neg %x : tensor<4xf32>
    ```
  }];
}

def DL_AbsOp : DL_UnaryOp<"abs", DL_NumericTensor, "|x|"> {
  let summary = "elementwise absolute value";
  let details = [{
    Integer `abs(INT_MIN)` wraps around to `INT_MIN`.

    ```mlir
    %y = dl.abs %x : tensor<4xf32>
    ```
  }];
}

def DL_ReluOp : DL_UnaryOp<"relu", DL_NumericTensor, "max(x, 0)"> {
  let summary = "rectified linear unit";
  let details = [{
    NaN stays NaN.

    ```mlir
    %h = dl.relu %z : tensor<64x128xf32>
    ```
  }];
}

def DL_ExpOp : DL_UnaryOp<"exp", DL_FloatTensor, "e^x"> {
  let summary = "elementwise natural exponential";
  let details = [{
    Overflows to +inf for large `x`.

    ```mlir
    %y = dl.exp %x : tensor<4xf32>
    ```
  }];
}

def DL_LogOp : DL_UnaryOp<"log", DL_FloatTensor, "ln(x)"> {
  let summary = "elementwise natural logarithm";
  let details = [{
    `log(0)` is -inf and a negative `x` gives NaN.

    ```mlir
    %y = dl.log %p : tensor<4xf32>
    ```
  }];
}

def DL_SqrtOp : DL_UnaryOp<"sqrt", DL_FloatTensor, "sqrt(x)"> {
  let summary = "elementwise square root";
  let details = [{
    A negative `x` gives NaN.

    ```mlir
    %y = dl.sqrt %v : tensor<4xf32>
    ```
  }];
}

def DL_RsqrtOp : DL_UnaryOp<"rsqrt", DL_FloatTensor, "1 / sqrt(x)"> {
  let summary = "elementwise reciprocal square root";
  let details = [{
    `rsqrt(0)` is +inf and a negative `x` gives NaN.

    ```mlir
    %inv_std = dl.rsqrt %var_eps : tensor<128xf32>
    ```
  }];
}

def DL_TanhOp : DL_UnaryOp<"tanh", DL_FloatTensor, "tanh(x)"> {
  let summary = "elementwise hyperbolic tangent";
  let details = [{
    ```mlir
    %h = dl.tanh %z : tensor<1x64xf32>
    ```
  }];
}

def DL_SigmoidOp : DL_UnaryOp<"sigmoid", DL_FloatTensor, "1 / (1 + e^-x)"> {
  let summary = "elementwise logistic sigmoid";
  let details = [{
    The result is in [0, 1] and never NaN for a finite or infinite `x`.

    ```mlir
    %gate = dl.sigmoid %z : tensor<1x64xf32>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// dl.softmax and dl.log_softmax
//===----------------------------------------------------------------------===//

class DL_SoftmaxLikeOp<string mnemonic>
    : DL_Op<mnemonic, [Pure, SameOperandsAndResultType, InferTypeOpInterface,
                       DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let arguments = (ins DL_FloatTensor:$input,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$axis);
  let results = (outs DL_FloatTensor:$result);
  let assemblyFormat = "$input `axis` `=` $axis attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def DL_SoftmaxOp : DL_SoftmaxLikeOp<"softmax"> {
  let summary = "softmax along one axis";
  let description = [{
    `result = exp(x - m) / sum(exp(x - m))` where the sum runs along `axis`
    and `m` is the maximum along `axis`. Subtracting the maximum makes the
    result exact for large inputs instead of overflowing; every slice along
    `axis` sums to 1. `axis` is in `[0, rank)`.

    ```mlir
    %p = dl.softmax %logits axis = 1 : tensor<64x10xf32>
    ```
  }];
}

def DL_LogSoftmaxOp : DL_SoftmaxLikeOp<"log_softmax"> {
  let summary = "logarithm of softmax along one axis";
  let description = [{
    `result = (x - m) - log(sum(exp(x - m)))` where the sum runs along
    `axis` and `m` is the maximum along `axis`. This is the stable form: it
    never takes the logarithm of an underflowed probability. `axis` is in
    `[0, rank)`.

    ```mlir
    %lp = dl.log_softmax %logits axis = 1 : tensor<64x10xf32>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

class DL_ReductionOp<string mnemonic, Type operandType, string formula>
    : DL_Op<mnemonic, [Pure, SameOperandsAndResultElementType,
                       InferTypeOpAdaptor, DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  // Op-specific numerics and an example, appended to the shared text.
  string details = "";
  let description = [{
    Reduces `input` along `axes` with }] # formula # [{. `axes` is a strictly
    increasing list of dimensions in `[0, rank)`; an empty list leaves the
    input unchanged. With `keep_dims` the reduced dimensions stay in the
    result with size 1, otherwise they are removed (reducing every axis
    without `keep_dims` gives a rank-0 tensor). Reducing an axis of size 0
    gives the reduction's identity: 0 for `sum`, -inf (floats) or the
    smallest signed integer for `reduce_max`, and NaN (0/0) for `mean`.
  }] # details;
  let arguments = (ins operandType:$input, DenseI64ArrayAttr:$axes,
                       UnitAttr:$keep_dims);
  let results = (outs operandType:$result);
  let assemblyFormat = [{
    $input `axes` `=` $axes (`keep_dims` $keep_dims^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def DL_SumOp : DL_ReductionOp<"sum", DL_NumericTensor, "addition"> {
  let summary = "sum along axes";
  let details = [{
    Float sums are accumulated in the element type, in an unspecified order.

    ```mlir
    %s = dl.sum %x axes = [1] keep_dims : (tensor<64x10xf32>) -> tensor<64x1xf32>
    ```
  }];
}

def DL_MeanOp : DL_ReductionOp<"mean", DL_FloatTensor,
    "the arithmetic mean (the sum divided by the number of reduced elements)"> {
  let summary = "arithmetic mean along axes";
  let details = [{
    Floats only.

    ```mlir
    %m = dl.mean %x axes = [0, 1] : (tensor<64x10xf32>) -> tensor<f32>
    ```
  }];
}

def DL_ReduceMaxOp : DL_ReductionOp<"reduce_max", DL_NumericTensor,
    "the maximum (as `dl.max`: NaN propagates)"> {
  let summary = "maximum along axes";
  let details = [{
    ```mlir
    %m = dl.reduce_max %x axes = [1] keep_dims : (tensor<64x10xf32>) -> tensor<64x1xf32>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// Shape manipulation and casts
//===----------------------------------------------------------------------===//

def DL_ReshapeOp : DL_Op<"reshape", [Pure, SameOperandsAndResultElementType,
                                     DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let summary = "reinterpret a tensor with another shape";
  let description = [{
    Yields the elements of `input` in row-major order with the result's
    shape, which must have the same number of elements. The target shape is
    the result type; the builder takes it as a list of sizes.

    ```mlir
    %flat = dl.reshape %img : (tensor<64x28x28xf32>) -> tensor<64x784xf32>
    ```
  }];
  let arguments = (ins DL_AnyTensor:$input);
  let results = (outs DL_AnyTensor:$result);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$input, "::llvm::ArrayRef<int64_t>":$shape)>
  ];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def DL_TransposeOp : DL_Op<"transpose",
    [Pure, SameOperandsAndResultElementType, InferTypeOpAdaptor, DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let summary = "permute dimensions";
  let description = [{
    `result[i_perm[0], ..., i_perm[n-1]] = input[i_0, ..., i_n-1]`, that is,
    dimension `d` of the result is dimension `permutation[d]` of the input.
    `permutation` is a permutation of `[0, rank)`.

    ```mlir
    %wt = dl.transpose %w permutation = [1, 0] : (tensor<784x128xf32>) -> tensor<128x784xf32>
    ```
  }];
  let arguments = (ins DL_AnyTensor:$input, DenseI64ArrayAttr:$permutation);
  let results = (outs DL_AnyTensor:$result);
  let assemblyFormat = [{
    $input `permutation` `=` $permutation attr-dict `:`
    functional-type(operands, results)
  }];
  let hasFolder = 1;
  let hasCanonicalizer = 1;
  let hasVerifier = 1;
}

def DL_BroadcastToOp : DL_Op<"broadcast_to",
    [Pure, SameOperandsAndResultElementType, DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let summary = "broadcast a tensor to a larger shape";
  let description = [{
    Repeats `input` to the result's shape with numpy rules: shapes are
    aligned at the last dimension, every input dimension must equal the
    result dimension or be 1, and missing leading dimensions are added. The
    target shape is the result type; the builder takes it as a list of
    sizes.

    ```mlir
    %b = dl.broadcast_to %bias : (tensor<128xf32>) -> tensor<64x128xf32>
    ```
  }];
  let arguments = (ins DL_AnyTensor:$input);
  let results = (outs DL_AnyTensor:$result);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$input, "::llvm::ArrayRef<int64_t>":$shape)>
  ];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def DL_CastOp : DL_Op<"cast", [Pure, SameOperandsAndResultShape,
    DeclareOpInterfaceMethods<DL_DifferentiableOpInterface>]> {
  let summary = "convert elements to another element type";
  let description = [{
    Converts every element to the result's element type; the shape is kept.
    Float to float rounds to nearest even. Float to integer rounds toward
    zero; values outside the integer range have an undefined result and are
    never constant-folded. Integer to float rounds to nearest. Integers
    widen with sign extension and narrow by dropping high bits. To `i1`,
    nonzero becomes 1; from `i1`, 1 becomes 1 (not -1).

    ```mlir
    %labels = dl.cast %y : tensor<64xi64> to tensor<64xi32>
    %mask_f = dl.cast %mask : tensor<64x10xi1> to tensor<64x10xf32>
    ```
  }];
  let arguments = (ins DL_AnyTensor:$input);
  let results = (outs DL_AnyTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
  let builders = [
    OpBuilder<(ins "::mlir::Value":$input, "::mlir::Type":$elementType)>
  ];
  let hasFolder = 1;
}


//===----------------------------------------------------------------------===//
// Losses
//===----------------------------------------------------------------------===//

class DL_LossOp<string mnemonic, string perSample>
    : DL_Op<mnemonic, [Pure, InferTypeOpAdaptor,
                       DeclareOpInterfaceMethods<DL_DifferentiableOpInterface,
                                                 ["isDifferentiableOperand"]>]> {
  // Op-specific numerics and an example, appended to the shared text.
  string details = "";
  let description = [{
    Computes one loss per sample, }] # perSample # [{, and combines them by
    `reduction`: their `mean` (the default) or their `sum`. Samples are
    everything but the last dimension of `prediction` (the classes or
    features), so a `[N, C]` prediction has N samples and a rank-1 one has
    a single sample. The result is a scalar of the prediction's element
    type. `dl-expand-losses` rewrites the op into primitive dl ops before
    lowering; its gradient rule differentiates with respect to `prediction`
    only (targets are data).
  }] # details;
  let results = (outs DL_FloatTensor:$loss);
  let hasVerifier = 1;
}

def DL_MeanSquaredErrorOp : DL_LossOp<"mse_loss",
    "the mean over the last dimension of `(prediction - target)^2`"> {
  let summary = "mean squared error";
  let details = [{
    `target` has the prediction's type. With the default mean reduction the
    loss is the mean over all elements, as in Keras.

    ```mlir
    %l = dl.mse_loss %y, %t : (tensor<10x1xf32>, tensor<10x1xf32>) -> tensor<f32>
    ```
  }];
  let arguments = (ins DL_FloatTensor:$prediction, DL_FloatTensor:$target,
                       DefaultValuedAttr<DL_LossReduction,
                                         "::mlir::dl::LossReduction::mean">:$reduction);
  let assemblyFormat = [{
    $prediction `,` $target (`reduction` `=` $reduction^)? attr-dict `:`
    functional-type(operands, results)
  }];
}

def DL_CategoricalCrossEntropyOp : DL_LossOp<"categorical_crossentropy",
    "`-sum_c target[c] * log(p[c])` over the classes (the last dimension)"> {
  let summary = "cross-entropy against class probabilities";
  let details = [{
    `target` holds a distribution over classes per sample (one-hot for hard
    labels) and has the prediction's type. With `from_logits`, `prediction`
    holds logits and `log(p)` is `log_softmax(prediction)`, computed stably.
    Otherwise it holds probabilities, clipped to `[1e-7, 1 - 1e-7]` before
    the logarithm as Keras does (Keras also divides them by their sum, which
    is 1 for softmax outputs; dlc does not).

    ```mlir
    %l = dl.categorical_crossentropy %logits, %onehot from_logits
        : (tensor<64x10xf32>, tensor<64x10xf32>) -> tensor<f32>
    ```
  }];
  let arguments = (ins DL_FloatTensor:$prediction, DL_FloatTensor:$target,
                       UnitAttr:$from_logits,
                       DefaultValuedAttr<DL_LossReduction,
                                         "::mlir::dl::LossReduction::mean">:$reduction);
  let assemblyFormat = [{
    $prediction `,` $target (`from_logits` $from_logits^)?
    (`reduction` `=` $reduction^)? attr-dict `:` functional-type(operands, results)
  }];
}

def DL_SparseCategoricalCrossEntropyOp : DL_LossOp<
    "sparse_categorical_crossentropy",
    "`-log(p[label])` for the sample's integer class label"> {
  let summary = "cross-entropy against integer class labels";
  let details = [{
    `prediction` is `[..., C]` and `labels` is `[...]` of i32 or i64 with
    values in `[0, C)`; a label outside that range selects no class and
    contributes a loss of 0. `from_logits` and the clipping of probabilities
    are as for `dl.categorical_crossentropy`.

    ```mlir
    %l = dl.sparse_categorical_crossentropy %logits, %labels from_logits
        : (tensor<64x10xf32>, tensor<64xi32>) -> tensor<f32>
    ```
  }];
  let arguments = (ins DL_FloatTensor:$prediction, DL_IntegerTensor:$target,
                       UnitAttr:$from_logits,
                       DefaultValuedAttr<DL_LossReduction,
                                         "::mlir::dl::LossReduction::mean">:$reduction);
  let assemblyFormat = [{
    $prediction `,` $target (`from_logits` $from_logits^)?
    (`reduction` `=` $reduction^)? attr-dict `:` functional-type(operands, results)
  }];
}

def DL_BinaryCrossEntropyOp : DL_LossOp<"binary_crossentropy",
    "the mean over the last dimension of `-(t log p + (1 - t) log(1 - p))`"> {
  let summary = "binary cross-entropy";
  let details = [{
    `target` has the prediction's type, with values in [0, 1]. With
    `from_logits`, `p = sigmoid(prediction)` and the loss is computed stably
    as `max(z, 0) - z t + log(1 + exp(-|z|))`; otherwise `p` is clipped to
    `[1e-7, 1 - 1e-7]`.

    ```mlir
    %l = dl.binary_crossentropy %z, %t from_logits
        : (tensor<32x1xf32>, tensor<32x1xf32>) -> tensor<f32>
    ```
  }];
  let arguments = (ins DL_FloatTensor:$prediction, DL_FloatTensor:$target,
                       UnitAttr:$from_logits,
                       DefaultValuedAttr<DL_LossReduction,
                                         "::mlir::dl::LossReduction::mean">:$reduction);
  let assemblyFormat = [{
    $prediction `,` $target (`from_logits` $from_logits^)?
    (`reduction` `=` $reduction^)? attr-dict `:` functional-type(operands, results)
  }];
}

def DL_HingeLossOp : DL_LossOp<"hinge_loss",
    "the mean over the last dimension of `max(1 - target * prediction, 0)`"> {
  let summary = "hinge loss";
  let details = [{
    `target` has the prediction's type and holds -1 or 1 (Keras maps 0/1
    labels to -1/1 first; dlc expects them mapped).

    ```mlir
    %l = dl.hinge_loss %y, %t : (tensor<32x1xf32>, tensor<32x1xf32>) -> tensor<f32>
    ```
  }];
  let arguments = (ins DL_FloatTensor:$prediction, DL_FloatTensor:$target,
                       DefaultValuedAttr<DL_LossReduction,
                                         "::mlir::dl::LossReduction::mean">:$reduction);
  let assemblyFormat = [{
    $prediction `,` $target (`reduction` `=` $reduction^)? attr-dict `:`
    functional-type(operands, results)
  }];
}

#endif // DL_IR_DLOPS_TD
