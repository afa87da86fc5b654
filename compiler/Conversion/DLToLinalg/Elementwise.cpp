//===- Elementwise.cpp - Lowering elementwise dl ops to linalg.generic ----===//
// SPDX-License-Identifier: Apache-2.0
//
// Each elementwise dl op becomes one all-parallel linalg.generic whose
// indexing maps carry the broadcasting, and whose body is the scalar arith or
// math op for the element type. Semantics follow docs/reference/DLOps.md:
// integers are signed; float max/min propagate NaN; comparisons are ordered
// except `ne`.
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

using namespace mlir;
using namespace mlir::dl;

namespace {

bool isFloat(Type type) { return isa<FloatType>(type); }

//===----------------------------------------------------------------------===//
// Scalar semantics of each op
//===----------------------------------------------------------------------===//

Value scalarBinary(AddOp, OpBuilder &b, Location loc, Value l, Value r) {
  return isFloat(l.getType()) ? Value(arith::AddFOp::create(b, loc, l, r))
                              : Value(arith::AddIOp::create(b, loc, l, r));
}
Value scalarBinary(SubOp, OpBuilder &b, Location loc, Value l, Value r) {
  return isFloat(l.getType()) ? Value(arith::SubFOp::create(b, loc, l, r))
                              : Value(arith::SubIOp::create(b, loc, l, r));
}
Value scalarBinary(MulOp, OpBuilder &b, Location loc, Value l, Value r) {
  return isFloat(l.getType()) ? Value(arith::MulFOp::create(b, loc, l, r))
                              : Value(arith::MulIOp::create(b, loc, l, r));
}
Value scalarBinary(DivOp, OpBuilder &b, Location loc, Value l, Value r) {
  return isFloat(l.getType()) ? Value(arith::DivFOp::create(b, loc, l, r))
                              : Value(arith::DivSIOp::create(b, loc, l, r));
}
Value scalarBinary(MaxOp, OpBuilder &b, Location loc, Value l, Value r) {
  return isFloat(l.getType()) ? Value(arith::MaximumFOp::create(b, loc, l, r))
                              : Value(arith::MaxSIOp::create(b, loc, l, r));
}
Value scalarBinary(MinOp, OpBuilder &b, Location loc, Value l, Value r) {
  return isFloat(l.getType()) ? Value(arith::MinimumFOp::create(b, loc, l, r))
                              : Value(arith::MinSIOp::create(b, loc, l, r));
}
Value scalarBinary(PowOp, OpBuilder &b, Location loc, Value l, Value r) {
  return math::PowFOp::create(b, loc, l, r);
}

Value scalarUnary(NegOp, OpBuilder &b, Location loc, Value x) {
  if (isFloat(x.getType()))
    return arith::NegFOp::create(b, loc, x);
  Value zero = createScalarConstant(b, loc, x.getType(), 0);
  return arith::SubIOp::create(b, loc, zero, x);
}
Value scalarUnary(AbsOp, OpBuilder &b, Location loc, Value x) {
  return isFloat(x.getType()) ? Value(math::AbsFOp::create(b, loc, x))
                              : Value(math::AbsIOp::create(b, loc, x));
}
Value scalarUnary(ReluOp, OpBuilder &b, Location loc, Value x) {
  Value zero = createScalarConstant(b, loc, x.getType(), 0);
  // maximumf keeps NaN, as relu's documented semantics require.
  return isFloat(x.getType()) ? Value(arith::MaximumFOp::create(b, loc, x, zero))
                              : Value(arith::MaxSIOp::create(b, loc, x, zero));
}
Value scalarUnary(ExpOp, OpBuilder &b, Location loc, Value x) {
  return math::ExpOp::create(b, loc, x);
}
Value scalarUnary(LogOp, OpBuilder &b, Location loc, Value x) {
  return math::LogOp::create(b, loc, x);
}
Value scalarUnary(SqrtOp, OpBuilder &b, Location loc, Value x) {
  return math::SqrtOp::create(b, loc, x);
}
Value scalarUnary(RsqrtOp, OpBuilder &b, Location loc, Value x) {
  return math::RsqrtOp::create(b, loc, x);
}
Value scalarUnary(TanhOp, OpBuilder &b, Location loc, Value x) {
  return math::TanhOp::create(b, loc, x);
}
Value scalarUnary(SigmoidOp, OpBuilder &b, Location loc, Value x) {
  // 1 / (1 + exp(-x)) saturates cleanly: exp overflows to inf for very
  // negative x, giving exactly 0, and underflows to 0 for large x, giving 1.
  Value one = createScalarConstant(b, loc, x.getType(), 1);
  Value expNeg = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
  return arith::DivFOp::create(b, loc, one,
                               arith::AddFOp::create(b, loc, one, expNeg));
}

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

template <typename OpTy>
struct BinaryOpLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value result = buildBroadcastingGeneric(
        rewriter, op.getLoc(), op.getType(),
        {adaptor.getLhs(), adaptor.getRhs()},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return scalarBinary(op, b, loc, args[0], args[1]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

template <typename OpTy>
struct UnaryOpLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value result = buildBroadcastingGeneric(
        rewriter, op.getLoc(), op.getType(), adaptor.getInput(),
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return scalarUnary(op, b, loc, args[0]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

arith::CmpFPredicate floatPredicate(ComparePredicate predicate) {
  switch (predicate) {
  case ComparePredicate::eq:
    return arith::CmpFPredicate::OEQ;
  case ComparePredicate::ne:
    return arith::CmpFPredicate::UNE;
  case ComparePredicate::lt:
    return arith::CmpFPredicate::OLT;
  case ComparePredicate::le:
    return arith::CmpFPredicate::OLE;
  case ComparePredicate::gt:
    return arith::CmpFPredicate::OGT;
  case ComparePredicate::ge:
    return arith::CmpFPredicate::OGE;
  }
  llvm_unreachable("covered switch");
}

arith::CmpIPredicate intPredicate(ComparePredicate predicate) {
  switch (predicate) {
  case ComparePredicate::eq:
    return arith::CmpIPredicate::eq;
  case ComparePredicate::ne:
    return arith::CmpIPredicate::ne;
  case ComparePredicate::lt:
    return arith::CmpIPredicate::slt;
  case ComparePredicate::le:
    return arith::CmpIPredicate::sle;
  case ComparePredicate::gt:
    return arith::CmpIPredicate::sgt;
  case ComparePredicate::ge:
    return arith::CmpIPredicate::sge;
  }
  llvm_unreachable("covered switch");
}

struct CompareOpLowering : OpConversionPattern<CompareOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CompareOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ComparePredicate predicate = op.getPredicate();
    Value result = buildBroadcastingGeneric(
        rewriter, op.getLoc(), op.getType(),
        {adaptor.getLhs(), adaptor.getRhs()},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          if (isFloat(args[0].getType()))
            return arith::CmpFOp::create(b, loc, floatPredicate(predicate),
                                         args[0], args[1]);
          return arith::CmpIOp::create(b, loc, intPredicate(predicate), args[0],
                                       args[1]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct SelectOpLowering : OpConversionPattern<SelectOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SelectOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value result = buildBroadcastingGeneric(
        rewriter, op.getLoc(), op.getType(), adaptor.getOperands(),
        [](OpBuilder &b, Location loc, ValueRange args) -> Value {
          return arith::SelectOp::create(b, loc, args[0], args[1], args[2]);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Converts one scalar between dl element types (see dl.cast).
Value castScalar(OpBuilder &b, Location loc, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  bool fromBool = from.isInteger(1);
  if (to.isInteger(1)) {
    Value zero = createScalarConstant(b, loc, from, 0);
    if (isFloat(from))
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, x, zero);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, x, zero);
  }
  if (isFloat(from) && isFloat(to))
    return from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth()
               ? Value(arith::ExtFOp::create(b, loc, to, x))
               : Value(arith::TruncFOp::create(b, loc, to, x));
  if (isFloat(from))
    return arith::FPToSIOp::create(b, loc, to, x);
  if (isFloat(to))
    return fromBool ? Value(arith::UIToFPOp::create(b, loc, to, x))
                    : Value(arith::SIToFPOp::create(b, loc, to, x));
  if (from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth())
    return fromBool ? Value(arith::ExtUIOp::create(b, loc, to, x))
                    : Value(arith::ExtSIOp::create(b, loc, to, x));
  return arith::TruncIOp::create(b, loc, to, x);
}

struct CastOpLowering : OpConversionPattern<CastOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type to = op.getType().getElementType();
    Value result = buildBroadcastingGeneric(
        rewriter, op.getLoc(), op.getType(), adaptor.getInput(),
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return castScalar(b, loc, args[0], to);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// broadcast_to becomes linalg.broadcast when it only adds leading
/// dimensions (the named op tiles and vectorizes like any other), and a
/// copying linalg.generic when size-1 dimensions expand.
struct BroadcastToOpLowering : OpConversionPattern<BroadcastToOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(BroadcastToOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    RankedTensorType resultType = op.getType();
    ArrayRef<int64_t> from = op.getInput().getType().getShape();
    ArrayRef<int64_t> to = resultType.getShape();
    int64_t added = to.size() - from.size();
    bool onlyAddsDims = llvm::equal(from, to.drop_front(added));
    if (!onlyAddsDims) {
      rewriter.replaceOp(
          op, buildBroadcastingGeneric(
                  rewriter, op.getLoc(), resultType, adaptor.getInput(),
                  [](OpBuilder &, Location, ValueRange args) { return args[0]; }));
      return success();
    }
    Value init = tensor::EmptyOp::create(rewriter, op.getLoc(), to,
                                         resultType.getElementType());
    auto dimensions = llvm::to_vector(llvm::seq<int64_t>(0, added));
    auto broadcast = linalg::BroadcastOp::create(
        rewriter, op.getLoc(), adaptor.getInput(), init, dimensions);
    rewriter.replaceOp(op, broadcast.getResult());
    return success();
  }
};

} // namespace

void mlir::dl::populateDLElementwiseToLinalgPatterns(
    RewritePatternSet &patterns) {
  patterns.add<BinaryOpLowering<AddOp>, BinaryOpLowering<SubOp>,
               BinaryOpLowering<MulOp>, BinaryOpLowering<DivOp>,
               BinaryOpLowering<MaxOp>, BinaryOpLowering<MinOp>,
               BinaryOpLowering<PowOp>, UnaryOpLowering<NegOp>,
               UnaryOpLowering<AbsOp>, UnaryOpLowering<ReluOp>,
               UnaryOpLowering<ExpOp>, UnaryOpLowering<LogOp>,
               UnaryOpLowering<SqrtOp>, UnaryOpLowering<RsqrtOp>,
               UnaryOpLowering<TanhOp>, UnaryOpLowering<SigmoidOp>,
               CompareOpLowering, SelectOpLowering, CastOpLowering,
               BroadcastToOpLowering>(patterns.getContext());
}
