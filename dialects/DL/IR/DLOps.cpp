//===- DLOps.cpp - Type inference, builders and verifiers of dl ops -------===//
// SPDX-License-Identifier: Apache-2.0
//
// Result types are inferred here from operand types and attributes. The same
// functions serve the generated builders and the verifier (through
// InferTypeOpInterface), so a shape rule is written exactly once. Every
// diagnostic names both sides of a mismatch.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"

using namespace mlir;
using namespace mlir::dl;

//===----------------------------------------------------------------------===//
// Shape helpers
//===----------------------------------------------------------------------===//

namespace {
/// Prints a shape as `[2, 3]` in diagnostics.
struct ShapeStr {
  ArrayRef<int64_t> shape;
};
InFlightDiagnostic &operator<<(InFlightDiagnostic &diag, ShapeStr s) {
  diag << "[";
  llvm::interleaveComma(s.shape, diag);
  return diag << "]";
}

/// Emits an error at `location` (when there is one) prefixed like the
/// verifier's own messages, and returns failure.
template <typename OpTy, typename... Args>
LogicalResult inferError(std::optional<Location> location, Args &&...args) {
  if (location) {
    InFlightDiagnostic diag = emitError(*location);
    diag << "'" << OpTy::getOperationName() << "' op ";
    (diag << ... << std::forward<Args>(args));
  }
  return failure();
}

/// Returns the index of the first aligned dimension pair that does not
/// broadcast, counted from the end, or std::nullopt if the shapes broadcast.
std::optional<size_t> firstBroadcastConflict(ArrayRef<int64_t> lhs,
                                             ArrayRef<int64_t> rhs) {
  size_t common = std::min(lhs.size(), rhs.size());
  for (size_t i = 1; i <= common; ++i) {
    int64_t l = lhs[lhs.size() - i], r = rhs[rhs.size() - i];
    if (l != r && l != 1 && r != 1)
      return i;
  }
  return std::nullopt;
}

/// Checks that a list of axes is strictly increasing and within `rank`.
template <typename OpTy>
LogicalResult verifyAxes(std::optional<Location> location,
                         ArrayRef<int64_t> axes, int64_t rank) {
  for (auto [i, axis] : llvm::enumerate(axes)) {
    if (axis < 0 || axis >= rank)
      return inferError<OpTy>(location, "axis ", axis,
                              " is out of range for input of rank ", rank);
    if (i > 0 && axes[i - 1] >= axis)
      return inferError<OpTy>(location, "axes must be strictly increasing, got ",
                              ShapeStr{axes});
  }
  return success();
}
} // namespace

std::optional<SmallVector<int64_t>>
mlir::dl::broadcastShapes(ArrayRef<int64_t> lhs, ArrayRef<int64_t> rhs) {
  if (firstBroadcastConflict(lhs, rhs))
    return std::nullopt;
  ArrayRef<int64_t> longer = lhs.size() >= rhs.size() ? lhs : rhs;
  ArrayRef<int64_t> shorter = lhs.size() >= rhs.size() ? rhs : lhs;
  SmallVector<int64_t> result(longer);
  size_t offset = longer.size() - shorter.size();
  for (auto [i, dim] : llvm::enumerate(shorter))
    if (dim != 1)
      result[offset + i] = dim;
  return result;
}

bool mlir::dl::isBroadcastableTo(ArrayRef<int64_t> from, ArrayRef<int64_t> to) {
  if (from.size() > to.size())
    return false;
  size_t offset = to.size() - from.size();
  return llvm::all_of(llvm::enumerate(from), [&](auto it) {
    return it.value() == 1 || it.value() == to[offset + it.index()];
  });
}

SmallVector<int64_t> mlir::dl::reducedShape(ArrayRef<int64_t> shape,
                                            ArrayRef<int64_t> axes,
                                            bool keepDims) {
  SmallVector<int64_t> result;
  for (auto [dim, size] : llvm::enumerate(shape)) {
    bool reduced = llvm::is_contained(axes, static_cast<int64_t>(dim));
    if (!reduced)
      result.push_back(size);
    else if (keepDims)
      result.push_back(1);
  }
  return result;
}

SmallVector<int64_t> mlir::dl::permutedShape(ArrayRef<int64_t> shape,
                                             ArrayRef<int64_t> permutation) {
  return llvm::map_to_vector(permutation,
                             [&](int64_t dim) { return shape[dim]; });
}

/// Returns the operand's ranked tensor type; ODS type constraints have
/// already been checked when the verifier calls inference, but builders
/// called from C++ have not, hence the null check by callers.
static RankedTensorType rankedType(Value value) {
  return value ? dyn_cast<RankedTensorType>(value.getType()) : nullptr;
}

/// Infers the broadcast result of elementwise ops whose result element type
/// is `elementType`, or the operands' element type when it is null.
template <typename OpTy>
static LogicalResult inferBroadcastType(std::optional<Location> location,
                                        ValueRange operands, Type elementType,
                                        ArrayRef<StringRef> names,
                                        SmallVectorImpl<Type> &inferred) {
  RankedTensorType first = rankedType(operands.front());
  if (!first)
    return inferError<OpTy>(location, "expects ranked tensor operands");
  SmallVector<int64_t> shape(first.getShape());
  for (size_t i = 1; i < operands.size(); ++i) {
    RankedTensorType type = rankedType(operands[i]);
    if (!type)
      return inferError<OpTy>(location, "expects ranked tensor operands");
    if (std::optional<size_t> fromEnd =
            firstBroadcastConflict(shape, type.getShape())) {
      // Name the operand pair: the accumulated shape so far is operand 0's
      // shape unless an earlier operand widened it.
      ArrayRef<int64_t> other = type.getShape();
      return inferError<OpTy>(
          location, names[0], " shape ", ShapeStr{shape}, " and ", names[i],
          " shape ", ShapeStr{other},
          " are not broadcast-compatible: dimension ",
          static_cast<int64_t>(shape.size() - *fromEnd), " of size ",
          shape[shape.size() - *fromEnd], " vs dimension ",
          static_cast<int64_t>(other.size() - *fromEnd), " of size ",
          other[other.size() - *fromEnd]);
    }
    shape = *broadcastShapes(shape, type.getShape());
  }
  inferred.push_back(RankedTensorType::get(
      shape, elementType ? elementType : first.getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// MatMulOp
//===----------------------------------------------------------------------===//

LogicalResult MatMulOp::inferReturnTypes(MLIRContext *, std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  RankedTensorType lhs = rankedType(adaptor.getLhs());
  RankedTensorType rhs = rankedType(adaptor.getRhs());
  if (!lhs || !rhs)
    return inferError<MatMulOp>(location, "expects ranked tensor operands");
  if (lhs.getRank() < 2)
    return inferError<MatMulOp>(location, "lhs has rank ", lhs.getRank(),
                                ", expected at least 2");
  if (rhs.getRank() < 2)
    return inferError<MatMulOp>(location, "rhs has rank ", rhs.getRank(),
                                ", expected at least 2");
  if (lhs.getElementType() != rhs.getElementType())
    return inferError<MatMulOp>(location, "lhs element type ",
                                lhs.getElementType(),
                                " does not match rhs element type ",
                                rhs.getElementType());

  ArrayRef<int64_t> lhsShape = lhs.getShape(), rhsShape = rhs.getShape();
  int64_t lhsRank = lhs.getRank(), rhsRank = rhs.getRank();
  bool transposeLhs = adaptor.getTransposeLhs();
  bool transposeRhs = adaptor.getTransposeRhs();
  int64_t lhsContractingDim = transposeLhs ? lhsRank - 2 : lhsRank - 1;
  int64_t rhsContractingDim = transposeRhs ? rhsRank - 1 : rhsRank - 2;
  int64_t m = lhsShape[transposeLhs ? lhsRank - 1 : lhsRank - 2];
  int64_t n = rhsShape[transposeRhs ? rhsRank - 2 : rhsRank - 1];
  if (lhsShape[lhsContractingDim] != rhsShape[rhsContractingDim])
    return inferError<MatMulOp>(
        location, "lhs contracting dimension ", lhsContractingDim, " of size ",
        lhsShape[lhsContractingDim], " does not match rhs contracting dimension ",
        rhsContractingDim, " of size ", rhsShape[rhsContractingDim]);

  ArrayRef<int64_t> lhsBatch = lhsShape.drop_back(2);
  ArrayRef<int64_t> rhsBatch = rhsShape.drop_back(2);
  std::optional<SmallVector<int64_t>> batch = broadcastShapes(lhsBatch, rhsBatch);
  if (!batch)
    return inferError<MatMulOp>(location, "lhs batch dimensions ",
                                ShapeStr{lhsBatch}, " and rhs batch dimensions ",
                                ShapeStr{rhsBatch}, " are not broadcast-compatible");
  batch->append({m, n});
  inferred.push_back(RankedTensorType::get(*batch, lhs.getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// Elementwise binary ops, compare and select
//===----------------------------------------------------------------------===//

#define DL_BROADCASTING_BINARY_INFERENCE(OP)                                   \
  LogicalResult OP::inferReturnTypes(MLIRContext *,                            \
                                     std::optional<Location> location,         \
                                     Adaptor adaptor,                          \
                                     SmallVectorImpl<Type> &inferred) {        \
    return inferBroadcastType<OP>(location, adaptor.getOperands(), Type(),     \
                                  {"lhs", "rhs"}, inferred);                   \
  }
DL_BROADCASTING_BINARY_INFERENCE(AddOp)
DL_BROADCASTING_BINARY_INFERENCE(SubOp)
DL_BROADCASTING_BINARY_INFERENCE(MulOp)
DL_BROADCASTING_BINARY_INFERENCE(DivOp)
DL_BROADCASTING_BINARY_INFERENCE(MaxOp)
DL_BROADCASTING_BINARY_INFERENCE(MinOp)
DL_BROADCASTING_BINARY_INFERENCE(PowOp)
#undef DL_BROADCASTING_BINARY_INFERENCE

LogicalResult CompareOp::inferReturnTypes(MLIRContext *context,
                                          std::optional<Location> location,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  return inferBroadcastType<CompareOp>(
      location, {adaptor.getLhs(), adaptor.getRhs()},
      IntegerType::get(context, 1), {"lhs", "rhs"}, inferred);
}

LogicalResult SelectOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> location,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  RankedTensorType onTrue = rankedType(adaptor.getOnTrue());
  RankedTensorType onFalse = rankedType(adaptor.getOnFalse());
  if (!onTrue || !onFalse)
    return inferError<SelectOp>(location, "expects ranked tensor operands");
  if (onTrue.getElementType() != onFalse.getElementType())
    return inferError<SelectOp>(location, "on_true element type ",
                                onTrue.getElementType(),
                                " does not match on_false element type ",
                                onFalse.getElementType());
  return inferBroadcastType<SelectOp>(
      location, adaptor.getOperands(), onTrue.getElementType(),
      {"condition", "on_true", "on_false"}, inferred);
}

//===----------------------------------------------------------------------===//
// Softmax and log-softmax
//===----------------------------------------------------------------------===//

template <typename OpTy>
static LogicalResult verifySoftmaxAxis(OpTy op) {
  int64_t rank = op.getInput().getType().getRank();
  if (static_cast<int64_t>(op.getAxis()) >= rank)
    return op.emitOpError() << "axis " << op.getAxis()
                            << " is out of range for input of rank " << rank;
  return success();
}

LogicalResult SoftmaxOp::verify() { return verifySoftmaxAxis(*this); }
LogicalResult LogSoftmaxOp::verify() { return verifySoftmaxAxis(*this); }

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

template <typename OpTy>
static LogicalResult inferReductionType(std::optional<Location> location,
                                        typename OpTy::Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  RankedTensorType input = rankedType(adaptor.getInput());
  if (!input)
    return inferError<OpTy>(location, "expects a ranked tensor operand");
  ArrayRef<int64_t> axes = adaptor.getAxes();
  if (failed(verifyAxes<OpTy>(location, axes, input.getRank())))
    return failure();
  inferred.push_back(RankedTensorType::get(
      reducedShape(input.getShape(), axes, adaptor.getKeepDims()),
      input.getElementType()));
  return success();
}

#define DL_REDUCTION_INFERENCE(OP)                                             \
  LogicalResult OP::inferReturnTypes(MLIRContext *,                            \
                                     std::optional<Location> location,         \
                                     Adaptor adaptor,                          \
                                     SmallVectorImpl<Type> &inferred) {        \
    return inferReductionType<OP>(location, adaptor, inferred);                \
  }
DL_REDUCTION_INFERENCE(SumOp)
DL_REDUCTION_INFERENCE(MeanOp)
DL_REDUCTION_INFERENCE(ReduceMaxOp)
#undef DL_REDUCTION_INFERENCE

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

void ReshapeOp::build(OpBuilder &builder, OperationState &state, Value input,
                      ArrayRef<int64_t> shape) {
  auto inputType = cast<RankedTensorType>(input.getType());
  build(builder, state, RankedTensorType::get(shape, inputType.getElementType()),
        input);
}

LogicalResult ReshapeOp::verify() {
  RankedTensorType inputType = getInput().getType();
  RankedTensorType resultType = getResult().getType();
  if (inputType.getNumElements() != resultType.getNumElements())
    return emitOpError() << "input type " << inputType << " has "
                         << inputType.getNumElements()
                         << " elements but result type " << resultType
                         << " has " << resultType.getNumElements();
  return success();
}

//===----------------------------------------------------------------------===//
// TransposeOp
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> location,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  RankedTensorType input = rankedType(adaptor.getInput());
  if (!input)
    return inferError<TransposeOp>(location, "expects a ranked tensor operand");
  ArrayRef<int64_t> permutation = adaptor.getPermutation();
  int64_t rank = input.getRank();
  if (static_cast<int64_t>(permutation.size()) != rank)
    return inferError<TransposeOp>(location, "permutation ",
                                   ShapeStr{permutation}, " has ",
                                   static_cast<int64_t>(permutation.size()),
                                   " entries but the input has rank ", rank);
  llvm::SmallBitVector seen(rank);
  for (int64_t dim : permutation) {
    if (dim < 0 || dim >= rank || seen.test(dim))
      return inferError<TransposeOp>(location, "permutation ",
                                     ShapeStr{permutation},
                                     " is not a permutation of [0, ", rank, ")");
    seen.set(dim);
  }
  inferred.push_back(RankedTensorType::get(
      permutedShape(input.getShape(), permutation), input.getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// BroadcastToOp
//===----------------------------------------------------------------------===//

void BroadcastToOp::build(OpBuilder &builder, OperationState &state,
                          Value input, ArrayRef<int64_t> shape) {
  auto inputType = cast<RankedTensorType>(input.getType());
  build(builder, state, RankedTensorType::get(shape, inputType.getElementType()),
        input);
}

LogicalResult BroadcastToOp::verify() {
  ArrayRef<int64_t> from = getInput().getType().getShape();
  ArrayRef<int64_t> to = getResult().getType().getShape();
  if (from.size() > to.size())
    return emitOpError() << "input rank " << from.size()
                         << " is larger than result rank " << to.size();
  size_t offset = to.size() - from.size();
  for (auto [i, size] : llvm::enumerate(from)) {
    if (size != 1 && size != to[offset + i])
      return emitOpError() << "input dimension " << i << " of size " << size
                           << " does not broadcast to result dimension "
                           << offset + i << " of size " << to[offset + i];
  }
  return success();
}

//===----------------------------------------------------------------------===//
// CastOp
//===----------------------------------------------------------------------===//

void CastOp::build(OpBuilder &builder, OperationState &state, Value input,
                   Type elementType) {
  auto inputType = cast<RankedTensorType>(input.getType());
  build(builder, state, inputType.clone(elementType), input);
}

/// Verifies an op by running its own type inference at its location. The
/// InferTypeOpInterface verifier would do the same after regions are
/// verified, but it appends a generic "failed to infer returned types" to
/// our precise message; failing here first keeps one diagnostic per problem.
template <typename OpTy>
static LogicalResult verifyInferredType(OpTy op) {
  SmallVector<Type, 1> inferred;
  if (failed(OpTy::inferReturnTypes(op->getContext(), op->getLoc(),
                                    op->getOperands(),
                                    op->getRawDictionaryAttrs(),
                                    op->getPropertiesStorage(),
                                    op->getRegions(), inferred)))
    return failure();
  if (inferred.front() != op.getType())
    return op.emitOpError() << "result type " << op.getType()
                            << " does not match the inferred type "
                            << inferred.front();
  return success();
}

#define DL_VERIFY_BY_INFERENCE(OP)                                             \
  LogicalResult OP::verify() { return verifyInferredType(*this); }
DL_VERIFY_BY_INFERENCE(MatMulOp)
DL_VERIFY_BY_INFERENCE(AddOp)
DL_VERIFY_BY_INFERENCE(SubOp)
DL_VERIFY_BY_INFERENCE(MulOp)
DL_VERIFY_BY_INFERENCE(DivOp)
DL_VERIFY_BY_INFERENCE(MaxOp)
DL_VERIFY_BY_INFERENCE(MinOp)
DL_VERIFY_BY_INFERENCE(PowOp)
DL_VERIFY_BY_INFERENCE(CompareOp)
DL_VERIFY_BY_INFERENCE(SelectOp)
DL_VERIFY_BY_INFERENCE(SumOp)
DL_VERIFY_BY_INFERENCE(MeanOp)
DL_VERIFY_BY_INFERENCE(ReduceMaxOp)
DL_VERIFY_BY_INFERENCE(TransposeOp)
#undef DL_VERIFY_BY_INFERENCE

#define GET_OP_CLASSES
#include "dialects/DL/IR/DLOps.cpp.inc"

#include "dialects/DL/IR/DLEnums.cpp.inc"

//===----------------------------------------------------------------------===//
// Losses
//===----------------------------------------------------------------------===//

/// A loss compares a prediction of rank >= 1 with a target of the same type
/// (or, for integer labels, of the prediction's shape without the class
/// dimension) and gives a scalar.
template <typename OpTy>
static LogicalResult inferLossType(std::optional<Location> location,
                                   Value prediction, Value target,
                                   bool integerLabels,
                                   SmallVectorImpl<Type> &inferred) {
  RankedTensorType predictionType = rankedType(prediction);
  RankedTensorType targetType = rankedType(target);
  if (!predictionType || !targetType)
    return inferError<OpTy>(location, "expects ranked tensor operands");
  if (predictionType.getRank() < 1)
    return inferError<OpTy>(location,
                            "prediction is a scalar; expected at least one "
                            "dimension (the classes or features)");
  if (integerLabels) {
    ArrayRef<int64_t> samples = predictionType.getShape().drop_back();
    if (targetType.getShape() != samples)
      return inferError<OpTy>(location, "labels have shape ",
                              ShapeStr{targetType.getShape()},
                              " but the prediction's samples have shape ",
                              ShapeStr{samples});
  } else if (targetType != predictionType) {
    return inferError<OpTy>(location, "target type ", Type(targetType),
                            " does not match prediction type ",
                            Type(predictionType));
  }
  inferred.push_back(
      RankedTensorType::get({}, predictionType.getElementType()));
  return success();
}

#define DL_LOSS_INFERENCE(OP, INTEGER_LABELS)                                  \
  LogicalResult OP::inferReturnTypes(MLIRContext *,                            \
                                     std::optional<Location> location,         \
                                     Adaptor adaptor,                          \
                                     SmallVectorImpl<Type> &inferred) {        \
    return inferLossType<OP>(location, adaptor.getPrediction(),                \
                             adaptor.getTarget(), INTEGER_LABELS, inferred);   \
  }
DL_LOSS_INFERENCE(MeanSquaredErrorOp, false)
DL_LOSS_INFERENCE(CategoricalCrossEntropyOp, false)
DL_LOSS_INFERENCE(SparseCategoricalCrossEntropyOp, true)
DL_LOSS_INFERENCE(BinaryCrossEntropyOp, false)
DL_LOSS_INFERENCE(HingeLossOp, false)
#undef DL_LOSS_INFERENCE

LogicalResult MeanSquaredErrorOp::verify() { return verifyInferredType(*this); }
LogicalResult CategoricalCrossEntropyOp::verify() {
  return verifyInferredType(*this);
}
LogicalResult SparseCategoricalCrossEntropyOp::verify() {
  return verifyInferredType(*this);
}
LogicalResult BinaryCrossEntropyOp::verify() {
  return verifyInferredType(*this);
}
LogicalResult HingeLossOp::verify() { return verifyInferredType(*this); }
