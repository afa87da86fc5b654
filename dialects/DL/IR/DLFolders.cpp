//===- DLFolders.cpp - Folders and canonicalizations of dl ops ------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Algebraic identities (x + 0, x * 1, transpose of transpose, ...) and
// constant folding. Constant folding evaluates one element at a time through
// builtin attributes, which is slow, so it only runs on splats (any size) and
// on results of at most kMaxFoldedElements elements: large constants are the
// model's business at run time, not the compiler's.
//
// The one identity that is not exact in IEEE arithmetic is x + 0.0 -> x, which
// turns -0.0 + 0.0 = +0.0 into -0.0; we accept that, as XLA does, because
// autodiff produces these additions and nothing observable depends on the
// sign of a zero sum.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLOps.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/APSInt.h"

#include <cmath>

using namespace mlir;
using namespace mlir::dl;

namespace {
constexpr int64_t kMaxFoldedElements = 1024;

/// Computes one result element from one element of each operand, or returns
/// null to refuse folding (a division by zero, an out-of-range cast).
using ScalarFn = function_ref<Attribute(ArrayRef<Attribute>)>;

/// Returns the row-major index into an operand of shape `operandShape` that
/// broadcasting maps to element `linear` of `resultShape`.
int64_t broadcastSourceIndex(int64_t linear, ArrayRef<int64_t> resultShape,
                             ArrayRef<int64_t> operandShape) {
  int64_t index = 0, stride = 1;
  int64_t offset = resultShape.size() - operandShape.size();
  for (int64_t dim = resultShape.size() - 1; dim >= offset; --dim) {
    int64_t coord = linear % resultShape[dim];
    linear /= resultShape[dim];
    int64_t size = operandShape[dim - offset];
    if (size != 1)
      index += coord * stride;
    stride *= size;
  }
  return index;
}

/// Folds an elementwise op with broadcasting operands when every operand is
/// a constant; see the file comment for the size limit.
Attribute foldElementwise(ArrayRef<Attribute> operands, Type resultType,
                          ScalarFn fn) {
  auto tensorType = dyn_cast<RankedTensorType>(resultType);
  if (!tensorType || !tensorType.hasStaticShape())
    return {};
  SmallVector<DenseElementsAttr> inputs;
  for (Attribute operand : operands) {
    auto elements = dyn_cast_or_null<DenseElementsAttr>(operand);
    if (!elements)
      return {};
    inputs.push_back(elements);
  }

  if (llvm::all_of(inputs, [](DenseElementsAttr e) { return e.isSplat(); })) {
    auto args = llvm::map_to_vector(inputs, [](DenseElementsAttr e) {
      return e.getSplatValue<Attribute>();
    });
    Attribute element = fn(args);
    return element ? DenseElementsAttr::get(tensorType, element) : Attribute();
  }
  if (tensorType.getNumElements() > kMaxFoldedElements)
    return {};

  auto values = llvm::map_to_vector(inputs, [](DenseElementsAttr e) {
    return llvm::to_vector(e.getValues<Attribute>());
  });
  SmallVector<Attribute> args(inputs.size()), results;
  results.reserve(tensorType.getNumElements());
  for (int64_t linear = 0, e = tensorType.getNumElements(); linear < e;
       ++linear) {
    for (auto [i, input] : llvm::enumerate(inputs))
      args[i] = values[i][broadcastSourceIndex(
          linear, tensorType.getShape(),
          cast<ShapedType>(input.getType()).getShape())];
    Attribute element = fn(args);
    if (!element)
      return {};
    results.push_back(element);
  }
  return DenseElementsAttr::get(tensorType, results);
}

Type elementTypeOf(Type type) { return cast<ShapedType>(type).getElementType(); }

/// Folds a binary arithmetic op given its float and integer semantics; either
/// function may return std::nullopt to refuse.
Attribute foldArithmetic(
    ArrayRef<Attribute> operands, Type resultType,
    function_ref<std::optional<APFloat>(const APFloat &, const APFloat &)> onFloat,
    function_ref<std::optional<APInt>(const APInt &, const APInt &)> onInt) {
  Type elementType = elementTypeOf(resultType);
  return foldElementwise(operands, resultType, [&](ArrayRef<Attribute> args) {
    if (isa<FloatType>(elementType)) {
      std::optional<APFloat> r = onFloat(cast<FloatAttr>(args[0]).getValue(),
                                         cast<FloatAttr>(args[1]).getValue());
      return r ? Attribute(FloatAttr::get(elementType, *r)) : Attribute();
    }
    std::optional<APInt> r = onInt(cast<IntegerAttr>(args[0]).getValue(),
                                   cast<IntegerAttr>(args[1]).getValue());
    return r ? Attribute(IntegerAttr::get(elementType, *r)) : Attribute();
  });
}

/// Folds a unary op; a null `onInt` means the op is float-only.
Attribute foldUnary(Attribute operand, Type resultType,
                    function_ref<APFloat(const APFloat &)> onFloat,
                    function_ref<APInt(const APInt &)> onInt = nullptr) {
  Type elementType = elementTypeOf(resultType);
  return foldElementwise(operand, resultType, [&](ArrayRef<Attribute> args) {
    if (isa<FloatType>(elementType))
      return Attribute(
          FloatAttr::get(elementType, onFloat(cast<FloatAttr>(args[0]).getValue())));
    if (!onInt)
      return Attribute();
    return Attribute(IntegerAttr::get(
        elementType, onInt(cast<IntegerAttr>(args[0]).getValue())));
  });
}

/// Evaluates a libm function in double and rounds to `x`'s semantics: APFloat
/// has no transcendental functions, and double is exact enough for f32.
APFloat viaDouble(const APFloat &x, double (*fn)(double)) {
  bool losesInfo = false;
  APFloat wide = x;
  wide.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &losesInfo);
  APFloat result(fn(wide.convertToDouble()));
  result.convert(x.getSemantics(), APFloat::rmNearestTiesToEven, &losesInfo);
  return result;
}

/// Returns true if `attr` is a splat constant equal to `value`, where floats
/// compare as numbers (so both zeros match 0).
bool isSplatOf(Attribute attr, int64_t value) {
  auto splat = dyn_cast_or_null<SplatElementsAttr>(attr);
  if (!splat)
    return false;
  if (auto f = dyn_cast<FloatAttr>(splat.getSplatValue<Attribute>()))
    return f.getValue().compare(APFloat(f.getValue().getSemantics(), value)) ==
           APFloat::cmpEqual;
  if (auto i = dyn_cast<IntegerAttr>(splat.getSplatValue<Attribute>()))
    return i.getValue().getSExtValue() == value;
  return false;
}

/// Returns `value` if it can replace the op's result without a type change.
OpFoldResult ifSameType(Value value, Type resultType) {
  return value.getType() == resultType ? OpFoldResult(value) : OpFoldResult();
}

const APFloat::roundingMode kRound = APFloat::rmNearestTiesToEven;
} // namespace

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

//===----------------------------------------------------------------------===//
// Binary arithmetic
//===----------------------------------------------------------------------===//

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  if (isSplatOf(adaptor.getRhs(), 0))
    if (OpFoldResult r = ifSameType(getLhs(), getType()))
      return r;
  if (isSplatOf(adaptor.getLhs(), 0))
    if (OpFoldResult r = ifSameType(getRhs(), getType()))
      return r;
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        APFloat r = a;
        r.add(b, kRound);
        return r;
      },
      [](const APInt &a, const APInt &b) -> std::optional<APInt> { return a + b; });
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (isSplatOf(adaptor.getRhs(), 0))
    if (OpFoldResult r = ifSameType(getLhs(), getType()))
      return r;
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        APFloat r = a;
        r.subtract(b, kRound);
        return r;
      },
      [](const APInt &a, const APInt &b) -> std::optional<APInt> { return a - b; });
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  if (isSplatOf(adaptor.getRhs(), 1))
    if (OpFoldResult r = ifSameType(getLhs(), getType()))
      return r;
  if (isSplatOf(adaptor.getLhs(), 1))
    if (OpFoldResult r = ifSameType(getRhs(), getType()))
      return r;
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        APFloat r = a;
        r.multiply(b, kRound);
        return r;
      },
      [](const APInt &a, const APInt &b) -> std::optional<APInt> { return a * b; });
}

OpFoldResult DivOp::fold(FoldAdaptor adaptor) {
  if (isSplatOf(adaptor.getRhs(), 1))
    if (OpFoldResult r = ifSameType(getLhs(), getType()))
      return r;
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        APFloat r = a;
        r.divide(b, kRound);
        return r;
      },
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        // Division by zero and INT_MIN / -1 have no defined result.
        if (b.isZero() || (a.isMinSignedValue() && b.isAllOnes()))
          return std::nullopt;
        return a.sdiv(b);
      });
}

OpFoldResult MaxOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return llvm::maximum(a, b);
      },
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return llvm::APIntOps::smax(a, b);
      });
}

OpFoldResult MinOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        return llvm::minimum(a, b);
      },
      [](const APInt &a, const APInt &b) -> std::optional<APInt> {
        return llvm::APIntOps::smin(a, b);
      });
}

OpFoldResult PowOp::fold(FoldAdaptor adaptor) {
  if (isSplatOf(adaptor.getRhs(), 1))
    if (OpFoldResult r = ifSameType(getLhs(), getType()))
      return r;
  return foldArithmetic(
      adaptor.getOperands(), getType(),
      [](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
        bool losesInfo = false;
        APFloat wa = a, wb = b;
        wa.convert(APFloat::IEEEdouble(), kRound, &losesInfo);
        wb.convert(APFloat::IEEEdouble(), kRound, &losesInfo);
        APFloat r(std::pow(wa.convertToDouble(), wb.convertToDouble()));
        r.convert(a.getSemantics(), kRound, &losesInfo);
        return r;
      },
      [](const APInt &, const APInt &) -> std::optional<APInt> {
        return std::nullopt; // pow is float-only; the verifier rejects ints.
      });
}

//===----------------------------------------------------------------------===//
// CompareOp and SelectOp
//===----------------------------------------------------------------------===//

static bool evaluatePredicate(ComparePredicate predicate, APFloat::cmpResult c) {
  switch (predicate) {
  case ComparePredicate::eq:
    return c == APFloat::cmpEqual;
  case ComparePredicate::ne:
    return c != APFloat::cmpEqual;
  case ComparePredicate::lt:
    return c == APFloat::cmpLessThan;
  case ComparePredicate::le:
    return c == APFloat::cmpLessThan || c == APFloat::cmpEqual;
  case ComparePredicate::gt:
    return c == APFloat::cmpGreaterThan;
  case ComparePredicate::ge:
    return c == APFloat::cmpGreaterThan || c == APFloat::cmpEqual;
  }
  llvm_unreachable("covered switch");
}

OpFoldResult CompareOp::fold(FoldAdaptor adaptor) {
  Type i1 = elementTypeOf(getType());
  ComparePredicate predicate = getPredicate();
  return foldElementwise(
      adaptor.getOperands(), getType(), [&](ArrayRef<Attribute> args) {
        APFloat::cmpResult order;
        if (auto lhs = dyn_cast<FloatAttr>(args[0])) {
          order = lhs.getValue().compare(cast<FloatAttr>(args[1]).getValue());
        } else {
          const APInt &l = cast<IntegerAttr>(args[0]).getValue();
          const APInt &r = cast<IntegerAttr>(args[1]).getValue();
          order = l.slt(r)   ? APFloat::cmpLessThan
                  : l.sgt(r) ? APFloat::cmpGreaterThan
                             : APFloat::cmpEqual;
        }
        return Attribute(IntegerAttr::get(i1, evaluatePredicate(predicate, order)));
      });
}

OpFoldResult SelectOp::fold(FoldAdaptor adaptor) {
  if (auto condition = dyn_cast_or_null<SplatElementsAttr>(adaptor.getCondition()))
    if (OpFoldResult r = ifSameType(
            condition.getSplatValue<bool>() ? getOnTrue() : getOnFalse(),
            getType()))
      return r;
  if (getOnTrue() == getOnFalse())
    if (OpFoldResult r = ifSameType(getOnTrue(), getType()))
      return r;
  return foldElementwise(adaptor.getOperands(), getType(),
                         [](ArrayRef<Attribute> args) {
                           return cast<IntegerAttr>(args[0]).getValue().isOne()
                                      ? args[1]
                                      : args[2];
                         });
}

//===----------------------------------------------------------------------===//
// Unary ops
//===----------------------------------------------------------------------===//

OpFoldResult NegOp::fold(FoldAdaptor adaptor) {
  if (auto inner = getInput().getDefiningOp<NegOp>())
    return inner.getInput();
  return foldUnary(
      adaptor.getInput(), getType(), [](const APFloat &x) { return -x; },
      [](const APInt &x) { return -x; });
}

OpFoldResult AbsOp::fold(FoldAdaptor adaptor) {
  if (getInput().getDefiningOp<AbsOp>())
    return getInput();
  // |-x| = |x|: drop the negation in place.
  if (auto neg = getInput().getDefiningOp<NegOp>()) {
    getInputMutable().assign(neg.getInput());
    return getResult();
  }
  return foldUnary(
      adaptor.getInput(), getType(), [](const APFloat &x) { return abs(x); },
      [](const APInt &x) { return x.abs(); });
}

OpFoldResult ReluOp::fold(FoldAdaptor adaptor) {
  if (getInput().getDefiningOp<ReluOp>())
    return getInput();
  return foldUnary(
      adaptor.getInput(), getType(),
      [](const APFloat &x) {
        return x.isNegative() && !x.isNaN() ? APFloat::getZero(x.getSemantics())
                                            : x;
      },
      [](const APInt &x) {
        return x.isNegative() ? APInt::getZero(x.getBitWidth()) : x;
      });
}

#define DL_LIBM_UNARY_FOLDER(OP, EXPR)                                         \
  OpFoldResult OP::fold(FoldAdaptor adaptor) {                                 \
    return foldUnary(adaptor.getInput(), getType(), [](const APFloat &x) {     \
      return viaDouble(x, [](double v) { return EXPR; });                      \
    });                                                                        \
  }
DL_LIBM_UNARY_FOLDER(ExpOp, std::exp(v))
DL_LIBM_UNARY_FOLDER(LogOp, std::log(v))
DL_LIBM_UNARY_FOLDER(SqrtOp, std::sqrt(v))
DL_LIBM_UNARY_FOLDER(RsqrtOp, 1.0 / std::sqrt(v))
DL_LIBM_UNARY_FOLDER(TanhOp, std::tanh(v))
DL_LIBM_UNARY_FOLDER(SigmoidOp, 1.0 / (1.0 + std::exp(-v)))
#undef DL_LIBM_UNARY_FOLDER

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

OpFoldResult SumOp::fold(FoldAdaptor) {
  return getAxes().empty() ? ifSameType(getInput(), getType()) : OpFoldResult();
}
OpFoldResult MeanOp::fold(FoldAdaptor) {
  return getAxes().empty() ? ifSameType(getInput(), getType()) : OpFoldResult();
}
OpFoldResult ReduceMaxOp::fold(FoldAdaptor) {
  return getAxes().empty() ? ifSameType(getInput(), getType()) : OpFoldResult();
}

//===----------------------------------------------------------------------===//
// Shape manipulation and casts
//===----------------------------------------------------------------------===//

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult r = ifSameType(getInput(), getType()))
    return r;
  if (auto inner = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(inner.getInput());
    return getResult();
  }
  // Row-major order is unchanged, so any constant reshapes for free.
  if (auto elements = dyn_cast_or_null<DenseElementsAttr>(adaptor.getInput()))
    return elements.reshape(getType());
  return {};
}

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  ArrayRef<int64_t> permutation = getPermutation();
  if (llvm::equal(permutation, llvm::seq<int64_t>(0, permutation.size())))
    return ifSameType(getInput(), getType());
  if (auto inner = getInput().getDefiningOp<TransposeOp>()) {
    // Dimension d of the result is dimension inner[outer[d]] of the input.
    SmallVector<int64_t> composed = llvm::map_to_vector(
        permutation, [&](int64_t d) { return inner.getPermutation()[d]; });
    getInputMutable().assign(inner.getInput());
    setPermutation(composed);
    if (llvm::equal(composed, llvm::seq<int64_t>(0, composed.size())))
      return ifSameType(getInput(), getType());
    return getResult();
  }

  auto elements = dyn_cast_or_null<DenseElementsAttr>(adaptor.getInput());
  if (!elements)
    return {};
  if (elements.isSplat())
    return elements.resizeSplat(getType());
  RankedTensorType resultType = getType();
  if (resultType.getNumElements() > kMaxFoldedElements)
    return {};
  ArrayRef<int64_t> inputShape = getInput().getType().getShape();
  ArrayRef<int64_t> resultShape = resultType.getShape();
  SmallVector<int64_t> inputStrides(inputShape.size(), 1);
  for (int64_t d = static_cast<int64_t>(inputShape.size()) - 2; d >= 0; --d)
    inputStrides[d] = inputStrides[d + 1] * inputShape[d + 1];
  auto values = llvm::to_vector(elements.getValues<Attribute>());
  SmallVector<Attribute> results;
  for (int64_t linear = 0, e = resultType.getNumElements(); linear < e;
       ++linear) {
    int64_t rest = linear, source = 0;
    for (int64_t d = static_cast<int64_t>(resultShape.size()) - 1; d >= 0; --d) {
      source += (rest % resultShape[d]) * inputStrides[permutation[d]];
      rest /= resultShape[d];
    }
    results.push_back(values[source]);
  }
  return DenseElementsAttr::get(resultType, results);
}

OpFoldResult BroadcastToOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult r = ifSameType(getInput(), getType()))
    return r;
  return foldElementwise(adaptor.getInput(), getType(),
                         [](ArrayRef<Attribute> args) { return args[0]; });
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  if (OpFoldResult r = ifSameType(getInput(), getType()))
    return r;
  Type from = elementTypeOf(getInput().getType());
  Type to = elementTypeOf(getType());
  return foldElementwise(
      adaptor.getInput(), getType(), [&](ArrayRef<Attribute> args) -> Attribute {
        if (auto f = dyn_cast<FloatAttr>(args[0])) {
          if (auto toFloat = dyn_cast<FloatType>(to)) {
            APFloat value = f.getValue();
            bool losesInfo = false;
            value.convert(toFloat.getFloatSemantics(), kRound, &losesInfo);
            return FloatAttr::get(to, value);
          }
          unsigned width = to.getIntOrFloatBitWidth();
          if (width == 1)
            return IntegerAttr::get(to, !f.getValue().isZero());
          APSInt result(width, /*isUnsigned=*/false);
          bool isExact = false;
          if (f.getValue().convertToInteger(result, APFloat::rmTowardZero,
                                            &isExact) & APFloat::opInvalidOp)
            return {}; // NaN or out of range: undefined, so never folded.
          return IntegerAttr::get(to, result);
        }
        APInt value = cast<IntegerAttr>(args[0]).getValue();
        bool isSigned = from.getIntOrFloatBitWidth() != 1;
        if (auto toFloat = dyn_cast<FloatType>(to)) {
          APFloat result(toFloat.getFloatSemantics());
          result.convertFromAPInt(value, isSigned, kRound);
          return FloatAttr::get(to, result);
        }
        unsigned width = to.getIntOrFloatBitWidth();
        if (width == 1)
          return IntegerAttr::get(to, !value.isZero());
        return IntegerAttr::get(to, isSigned ? value.sextOrTrunc(width)
                                             : value.zextOrTrunc(width));
      });
}

//===----------------------------------------------------------------------===//
// MatMulOp canonicalization
//===----------------------------------------------------------------------===//

namespace {
/// Returns true if `permutation` swaps the last two dimensions and keeps the
/// others, which is exactly what a matmul transpose flag does.
bool swapsLastTwoDims(ArrayRef<int64_t> permutation) {
  int64_t rank = permutation.size();
  if (rank < 2)
    return false;
  for (int64_t d = 0; d < rank - 2; ++d)
    if (permutation[d] != d)
      return false;
  return permutation[rank - 2] == rank - 1 && permutation[rank - 1] == rank - 2;
}

/// matmul(transpose(a), b) -> matmul(a, b) with the transpose flag toggled,
/// so no transposed copy is ever materialized (autodiff emits these).
struct FoldTransposeIntoMatMul : OpRewritePattern<MatMulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(MatMulOp op,
                                PatternRewriter &rewriter) const override {
    auto lhsTranspose = op.getLhs().getDefiningOp<TransposeOp>();
    auto rhsTranspose = op.getRhs().getDefiningOp<TransposeOp>();
    bool foldLhs = lhsTranspose && swapsLastTwoDims(lhsTranspose.getPermutation());
    bool foldRhs = rhsTranspose && swapsLastTwoDims(rhsTranspose.getPermutation());
    if (!foldLhs && !foldRhs)
      return rewriter.notifyMatchFailure(op, "no operand is a matrix transpose");
    Value lhs = foldLhs ? lhsTranspose.getInput() : op.getLhs();
    Value rhs = foldRhs ? rhsTranspose.getInput() : op.getRhs();
    bool transposeLhs = op.getTransposeLhs() != foldLhs;
    bool transposeRhs = op.getTransposeRhs() != foldRhs;
    rewriter.replaceOpWithNewOp<MatMulOp>(op, lhs, rhs, transposeLhs,
                                          transposeRhs);
    return success();
  }
};
} // namespace

/// transpose(matmul(a, b)) over the last two dimensions is
/// matmul(b, a) with both flags flipped: (A'B')^T = B'^T A'^T. Gradients of
/// matmuls produce this form; the flags cost nothing while a transpose is a
/// copy. Only when the product has no other use, which would still need it.
struct FoldMatMulIntoTranspose : OpRewritePattern<TransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(TransposeOp op,
                                PatternRewriter &rewriter) const override {
    auto product = op.getInput().getDefiningOp<MatMulOp>();
    if (!product || !product->hasOneUse() ||
        !swapsLastTwoDims(op.getPermutation()))
      return rewriter.notifyMatchFailure(op, "not a transposed matmul");
    // Batch dimensions broadcast symmetrically, so swapping the operands
    // keeps them.
    rewriter.replaceOpWithNewOp<MatMulOp>(
        op, product.getRhs(), product.getLhs(), !product.getTransposeRhs(),
        !product.getTransposeLhs());
    return success();
  }
};

void TransposeOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                              MLIRContext *context) {
  patterns.add<FoldMatMulIntoTranspose>(context);
}

void MatMulOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                           MLIRContext *context) {
  patterns.add<FoldTransposeIntoMatMul>(context);
}
