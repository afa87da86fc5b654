//===- Reduction.cpp - Lowering dl reductions and softmax to linalg -------===//
// SPDX-License-Identifier: Apache-2.0
//
// Reductions become linalg.reduce into a filled accumulator. Softmax and
// log-softmax are decomposed here, in their numerically stable forms, into
// reductions and elementwise generics: that keeps one code path for the CPU
// pipeline's fusion and lets the maximum subtraction be seen in the IR.
//
//===----------------------------------------------------------------------===//

#include "compiler/Conversion/DLToLinalg/DLToLinalg.h"
#include "compiler/Conversion/DLToLinalg/Utils.h"
#include "dialects/DL/IR/DLOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

#include <limits>

using namespace mlir;
using namespace mlir::dl;

namespace {

enum class ReductionKind { Sum, Max };

/// Returns the identity of `kind` for `elementType`: 0 for sums; -inf or
/// the smallest signed integer for maxima.
Value createReductionIdentity(OpBuilder &b, Location loc, Type elementType,
                              ReductionKind kind) {
  if (kind == ReductionKind::Sum)
    return createScalarConstant(b, loc, elementType, 0);
  if (isa<FloatType>(elementType))
    return createScalarConstant(b, loc, elementType,
                                -std::numeric_limits<double>::infinity());
  unsigned width = elementType.getIntOrFloatBitWidth();
  return arith::ConstantOp::create(
      b, loc,
      b.getIntegerAttr(elementType, APInt::getSignedMinValue(width)));
}

/// Reduces `input` along the strictly increasing `axes`, dropping them.
Value buildReduction(OpBuilder &b, Location loc, Value input,
                     ArrayRef<int64_t> axes, ReductionKind kind) {
  auto inputType = cast<RankedTensorType>(input.getType());
  Type elementType = inputType.getElementType();
  SmallVector<int64_t> shape =
      reducedShape(inputType.getShape(), axes, /*keepDims=*/false);
  Value empty = tensor::EmptyOp::create(b, loc, shape, elementType);
  Value identity = createReductionIdentity(b, loc, elementType, kind);
  Value init = linalg::FillOp::create(b, loc, identity, empty).getResult(0);
  bool isFloat = isa<FloatType>(elementType);
  auto reduce = linalg::ReduceOp::create(
      b, loc, input, init, axes,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value combined;
        if (kind == ReductionKind::Sum)
          combined = isFloat
                         ? Value(arith::AddFOp::create(nb, nl, args[0], args[1]))
                         : Value(arith::AddIOp::create(nb, nl, args[0], args[1]));
        else
          combined =
              isFloat ? Value(arith::MaximumFOp::create(nb, nl, args[0], args[1]))
                      : Value(arith::MaxSIOp::create(nb, nl, args[0], args[1]));
        linalg::YieldOp::create(nb, nl, combined);
      });
  return reduce.getResult(0);
}

template <typename OpTy, ReductionKind kind>
struct ReductionOpLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ArrayRef<int64_t> axes = op.getAxes();
    Value reduced =
        buildReduction(rewriter, loc, adaptor.getInput(), axes, kind);
    if constexpr (std::is_same_v<OpTy, MeanOp>) {
      int64_t count = 1;
      for (int64_t axis : axes)
        count *= op.getInput().getType().getDimSize(axis);
      auto reducedType = cast<RankedTensorType>(reduced.getType());
      reduced = buildBroadcastingGeneric(
          rewriter, loc, reducedType, reduced,
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            Value n = createScalarConstant(b, l, args[0].getType(),
                                           static_cast<double>(count));
            return arith::DivFOp::create(b, l, args[0], n);
          });
    }
    rewriter.replaceOp(op, reshapeTensor(rewriter, loc, reduced, op.getType()));
    return success();
  }
};

/// Returns the map from a rank-`rank` iteration space to a tensor that has
/// dimension `axis` reduced away.
AffineMap dropDimMap(int64_t rank, int64_t axis, MLIRContext *ctx) {
  SmallVector<AffineExpr> exprs;
  for (int64_t d = 0; d < rank; ++d)
    if (d != axis)
      exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(rank, 0, exprs, ctx);
}

/// Lowers softmax (`isLog` false) or log-softmax along `axis` of `input`:
/// m = max(x), e = exp(x - m), s = sum(e); then e / s or (x - m) - log(s).
Value buildSoftmax(OpBuilder &b, Location loc, Value input, int64_t axis,
                   bool isLog) {
  auto type = cast<RankedTensorType>(input.getType());
  MLIRContext *ctx = b.getContext();
  AffineMap identity = b.getMultiDimIdentityMap(type.getRank());
  AffineMap reducedMap = dropDimMap(type.getRank(), axis, ctx);

  Value max = buildReduction(b, loc, input, axis, ReductionKind::Max);
  Value exp = buildParallelGeneric(
      b, loc, type, {input, max}, {identity, reducedMap},
      [](OpBuilder &nb, Location nl, ValueRange args) -> Value {
        return math::ExpOp::create(
            nb, nl, arith::SubFOp::create(nb, nl, args[0], args[1]));
      });
  Value sum = buildReduction(b, loc, exp, axis, ReductionKind::Sum);
  if (!isLog)
    return buildParallelGeneric(
        b, loc, type, {exp, sum}, {identity, reducedMap},
        [](OpBuilder &nb, Location nl, ValueRange args) -> Value {
          return arith::DivFOp::create(nb, nl, args[0], args[1]);
        });
  return buildParallelGeneric(
      b, loc, type, {input, max, sum}, {identity, reducedMap, reducedMap},
      [](OpBuilder &nb, Location nl, ValueRange args) -> Value {
        Value shifted = arith::SubFOp::create(nb, nl, args[0], args[1]);
        return arith::SubFOp::create(nb, nl, shifted,
                                     math::LogOp::create(nb, nl, args[2]));
      });
}

template <typename OpTy, bool isLog>
struct SoftmaxOpLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, buildSoftmax(rewriter, op.getLoc(),
                                        adaptor.getInput(), op.getAxis(),
                                        isLog));
    return success();
  }
};

} // namespace

void mlir::dl::populateDLReductionToLinalgPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ReductionOpLowering<SumOp, ReductionKind::Sum>,
               ReductionOpLowering<MeanOp, ReductionKind::Sum>,
               ReductionOpLowering<ReduceMaxOp, ReductionKind::Max>,
               SoftmaxOpLowering<SoftmaxOp, false>,
               SoftmaxOpLowering<LogSoftmaxOp, true>>(patterns.getContext());
}
