//===- Contraction.cpp - Lowering dl.matmul to linalg ---------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The CPU pipeline's tiling and vectorization schedules match named
// linalg.matmul, so every product that can be one becomes one: rank-2
// operands (transpose flags as indexing maps), and a batched lhs times a
// shared rank-2 rhs, which is a single large matmul once the batch
// dimensions are folded into the rows. The remaining batched forms become a
// linalg.generic contraction that broadcasts batch dimensions in its maps.
//
//===----------------------------------------------------------------------===//

#include "compiler/Conversion/DLToLinalg/DLToLinalg.h"
#include "compiler/Conversion/DLToLinalg/Utils.h"
#include "dialects/DL/IR/DLOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace mlir::dl;

namespace {

/// Returns a zero-filled tensor of `type`, the accumulator of a product.
Value createZeroAccumulator(OpBuilder &b, Location loc, RankedTensorType type) {
  Value empty =
      tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
  Value zero = createScalarConstant(b, loc, type.getElementType(), 0);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

/// Emits a rank-2 linalg.matmul; the transpose flags become indexing maps
/// over the (m, n, k) iteration space.
Value buildMatmul(OpBuilder &b, Location loc, Value lhs, Value rhs,
                  bool transposeLhs, bool transposeRhs,
                  RankedTensorType resultType) {
  Value acc = createZeroAccumulator(b, loc, resultType);
  SmallVector<NamedAttribute> attrs;
  if (transposeLhs || transposeRhs) {
    MLIRContext *ctx = b.getContext();
    AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
               k = getAffineDimExpr(2, ctx);
    auto map = [&](ArrayRef<AffineExpr> exprs) {
      return AffineMapAttr::get(AffineMap::get(3, 0, exprs, ctx));
    };
    SmallVector<Attribute> maps = {
        transposeLhs ? map({k, m}) : map({m, k}),
        transposeRhs ? map({n, k}) : map({k, n}), map({m, n})};
    attrs.push_back(b.getNamedAttr("indexing_maps", b.getArrayAttr(maps)));
  }
  return linalg::MatmulOp::create(b, loc, resultType, ValueRange{lhs, rhs}, acc,
                                  attrs)
      .getResult(0);
}

/// Emits the general batched contraction over (batch..., m, n, k).
Value buildBatchedContraction(OpBuilder &b, Location loc, MatMulOp op,
                              Value lhs, Value rhs) {
  MLIRContext *ctx = b.getContext();
  RankedTensorType resultType = op.getType();
  int64_t batchRank = resultType.getRank() - 2;
  int64_t numDims = batchRank + 3;
  AffineExpr m = getAffineDimExpr(batchRank, ctx);
  AffineExpr n = getAffineDimExpr(batchRank + 1, ctx);
  AffineExpr k = getAffineDimExpr(batchRank + 2, ctx);
  ArrayRef<int64_t> batchShape = resultType.getShape().drop_back(2);

  // An operand's batch dims broadcast against the result's batch dims
  // exactly as elementwise operands do.
  auto operandMap = [&](Value operand, AffineExpr row, AffineExpr col) {
    ArrayRef<int64_t> shape =
        cast<RankedTensorType>(operand.getType()).getShape().drop_back(2);
    AffineMap batch = getBroadcastIndexingMap(shape, batchShape, ctx);
    SmallVector<AffineExpr> exprs(batch.getResults());
    exprs.append({row, col});
    return AffineMap::get(numDims, 0, exprs, ctx);
  };
  SmallVector<AffineExpr> resultExprs;
  for (int64_t d = 0; d < batchRank; ++d)
    resultExprs.push_back(getAffineDimExpr(d, ctx));
  resultExprs.append({m, n});
  SmallVector<AffineMap> maps = {
      op.getTransposeLhs() ? operandMap(lhs, k, m) : operandMap(lhs, m, k),
      op.getTransposeRhs() ? operandMap(rhs, n, k) : operandMap(rhs, k, n),
      AffineMap::get(numDims, 0, resultExprs, ctx)};
  SmallVector<utils::IteratorType> iterators(numDims - 1,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);

  Value acc = createZeroAccumulator(b, loc, resultType);
  bool isFloat = isa<FloatType>(resultType.getElementType());
  auto generic = linalg::GenericOp::create(
      b, loc, resultType, ValueRange{lhs, rhs}, acc, maps, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value sum;
        if (isFloat)
          sum = arith::AddFOp::create(
              nb, nl, args[2], arith::MulFOp::create(nb, nl, args[0], args[1]));
        else
          sum = arith::AddIOp::create(
              nb, nl, args[2], arith::MulIOp::create(nb, nl, args[0], args[1]));
        linalg::YieldOp::create(nb, nl, sum);
      });
  return generic.getResult(0);
}

struct MatMulOpLowering : OpConversionPattern<MatMulOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    auto lhsType = cast<RankedTensorType>(lhs.getType());
    auto rhsType = cast<RankedTensorType>(rhs.getType());
    RankedTensorType resultType = op.getType();

    if (lhsType.getRank() == 2 && rhsType.getRank() == 2) {
      rewriter.replaceOp(op, buildMatmul(rewriter, loc, lhs, rhs,
                                         op.getTransposeLhs(),
                                         op.getTransposeRhs(), resultType));
      return success();
    }

    // [batch..., M, K] x [K, N]: the rows of every batch element share the
    // weight, so fold the batch into M and do one matmul.
    if (rhsType.getRank() == 2 && !op.getTransposeLhs()) {
      int64_t rows = 1;
      for (int64_t size : lhsType.getShape().drop_back())
        rows *= size;
      auto flatLhsType = RankedTensorType::get(
          {rows, lhsType.getShape().back()}, lhsType.getElementType());
      auto flatResultType = RankedTensorType::get(
          {rows, resultType.getShape().back()}, resultType.getElementType());
      Value flatLhs = reshapeTensor(rewriter, loc, lhs, flatLhsType);
      Value product = buildMatmul(rewriter, loc, flatLhs, rhs, false,
                                  op.getTransposeRhs(), flatResultType);
      rewriter.replaceOp(op, reshapeTensor(rewriter, loc, product, resultType));
      return success();
    }

    rewriter.replaceOp(op, buildBatchedContraction(rewriter, loc, op, lhs, rhs));
    return success();
  }
};

} // namespace

void mlir::dl::populateDLContractionToLinalgPatterns(
    RewritePatternSet &patterns) {
  patterns.add<MatMulOpLowering>(patterns.getContext());
}
