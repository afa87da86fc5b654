//===- DLGradients.cpp - Gradient rules of the dl ops ---------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// DifferentiableOpInterface for every op: given the cotangent `g` of the
// result, build the cotangents of the operands as dl ops. Rules reuse the
// forward result where that is cheaper (exp, tanh, sigmoid, softmax) and
// build only what canonicalization cannot remove, so gradient IR stays
// close to what one would write by hand.
//
// Conventions at points without a derivative (docs/autodiff.md):
//   relu, abs: derivative 0 at 0;
//   max, min: at ties the whole cotangent goes to the lhs;
//   reduce_max: the cotangent is shared evenly among the tied maxima;
//   pow: the exponent's cotangent is 0 where the base is <= 0.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLBuilder.h"
#include "dialects/DL/IR/DLOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;
using namespace mlir::dl;

namespace {

RankedTensorType tensorType(Value v) {
  return cast<RankedTensorType>(v.getType());
}

/// DLBuilder plus the reshaping of cotangents that rules share.
struct RuleBuilder : DLBuilder {
  using DLBuilder::DLBuilder;

  /// Sums `g` (of a broadcast result's shape) back to `target`'s shape:
  /// over the leading dimensions broadcasting added, and with keep_dims
  /// over the dimensions that were stretched from 1.
  Value unbroadcast(Value g, Type target) {
    ArrayRef<int64_t> from = tensorType(g).getShape();
    ArrayRef<int64_t> to = cast<RankedTensorType>(target).getShape();
    if (from == to)
      return g;
    size_t lead = from.size() - to.size();
    SmallVector<int64_t> leading = llvm::to_vector(
        llvm::seq<int64_t>(0, static_cast<int64_t>(lead)));
    Value reduced = sum(g, leading, /*keepDims=*/false);
    SmallVector<int64_t> stretched;
    for (auto [i, d] : llvm::enumerate(to))
      if (d == 1 && from[lead + i] != 1)
        stretched.push_back(i);
    return sum(reduced, stretched, /*keepDims=*/true);
  }

  /// Broadcasts `g`, the cotangent of a reduction of `input` over `axes`,
  /// back to `input`'s shape.
  Value unreduce(Value g, Value input, ArrayRef<int64_t> axes, bool keepDims) {
    RankedTensorType inputType = tensorType(input);
    if (!keepDims) {
      SmallVector<int64_t> kept =
          reducedShape(inputType.getShape(), axes, /*keepDims=*/true);
      g = ReshapeOp::create(b, loc, g, kept);
    }
    if (tensorType(g).getShape() == inputType.getShape())
      return g;
    return BroadcastToOp::create(b, loc, g, inputType.getShape());
  }
};

/// Fills the cotangents of a binary broadcasting op from the cotangents
/// `dl` and `dr` of its broadcast result, for the operands that have one.
void setBinary(Operation *op, RuleBuilder &r, Value dl, Value dr,
               SmallVectorImpl<Value> &out) {
  auto iface = cast<DifferentiableOpInterface>(op);
  out.assign(2, Value());
  if (dl && iface.isDifferentiableOperand(0))
    out[0] = r.unbroadcast(dl, op->getOperand(0).getType());
  if (dr && iface.isDifferentiableOperand(1))
    out[1] = r.unbroadcast(dr, op->getOperand(1).getType());
}

} // namespace

//===----------------------------------------------------------------------===//
// Elementwise binary ops
//===----------------------------------------------------------------------===//

void AddOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  setBinary(*this, r, results[0], results[0], operands);
}

void SubOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0];
  setBinary(*this, r, g, isDifferentiableOperand(1) ? r.neg(g) : Value(),
            operands);
}

void MulOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0];
  setBinary(*this, r, isDifferentiableOperand(0) ? r.mul(g, getRhs()) : Value(),
            isDifferentiableOperand(1) ? r.mul(g, getLhs()) : Value(),
            operands);
}

void DivOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0];
  // d(a/b)/da = 1/b; d(a/b)/db = -(a/b)/b, reusing the quotient.
  Value da = isDifferentiableOperand(0) ? r.div(g, getRhs()) : Value();
  Value db = isDifferentiableOperand(1)
                 ? r.neg(r.div(r.mul(g, getResult()), getRhs()))
                 : Value();
  setBinary(*this, r, da, db, operands);
}

/// max and min: the cotangent goes to the operand that was chosen, to the
/// lhs at ties.
static void buildChoiceCotangents(Operation *op, ComparePredicate lhsWins,
                                  OpBuilder &builder, Value g,
                                  SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, op->getLoc());
  Value lhs = op->getOperand(0), rhs = op->getOperand(1);
  Value mask = r.compare(lhsWins, lhs, rhs);
  Value zeros = r.zerosLike(g);
  setBinary(op, r, r.select(mask, g, zeros), r.select(mask, zeros, g),
            operands);
}

void MaxOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  buildChoiceCotangents(*this, ComparePredicate::ge, builder, results[0],
                        operands);
}

void MinOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  buildChoiceCotangents(*this, ComparePredicate::le, builder, results[0],
                        operands);
}

void PowOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0];
  Value base = getLhs(), exponent = getRhs();
  // d(a^b)/da = b * a^(b-1); d(a^b)/db = a^b * ln(a), defined for a > 0.
  Value da = r.mul(g, r.mul(exponent,
                            PowOp::create(builder, getLoc(), base,
                                          r.sub(exponent, r.scalarLike(exponent, 1)))));
  Value positive = r.compare(ComparePredicate::gt, base, r.scalarLike(base, 0));
  Value logBase = LogOp::create(
      builder, getLoc(), r.select(positive, base, r.scalarLike(base, 1)));
  Value full = r.mul(g, r.mul(getResult(), logBase));
  Value db = r.select(positive, full, r.zerosLike(full));
  setBinary(*this, r, da, db, operands);
}

//===----------------------------------------------------------------------===//
// compare and select
//===----------------------------------------------------------------------===//

bool CompareOp::isDifferentiableOperand(unsigned) { return false; }

void CompareOp::buildOperandCotangents(OpBuilder &, ValueRange,
                                       SmallVectorImpl<Value> &operands) {
  operands.assign(2, Value());
}

void SelectOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                      SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0];
  operands.assign(3, Value());
  Value zeros = r.zerosLike(g);
  if (isDifferentiableOperand(1))
    operands[1] = r.unbroadcast(r.select(getCondition(), g, zeros),
                                getOnTrue().getType());
  if (isDifferentiableOperand(2))
    operands[2] = r.unbroadcast(r.select(getCondition(), zeros, g),
                                getOnFalse().getType());
}

//===----------------------------------------------------------------------===//
// Elementwise unary ops
//===----------------------------------------------------------------------===//

void NegOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  operands.assign({NegOp::create(builder, getLoc(), results[0])});
}

void AbsOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0], x = getInput(), zero = r.scalarLike(x, 0);
  Value negative = r.select(r.compare(ComparePredicate::lt, x, zero), r.neg(g),
                            r.zerosLike(g));
  operands.assign(
      {r.select(r.compare(ComparePredicate::gt, x, zero), g, negative)});
}

void ReluOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                    SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0];
  Value active = r.compare(ComparePredicate::gt, getInput(),
                           r.scalarLike(getInput(), 0));
  operands.assign({r.select(active, g, r.zerosLike(g))});
}

void ExpOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  operands.assign({r.mul(results[0], getResult())});
}

void LogOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  operands.assign({r.div(results[0], getInput())});
}

void SqrtOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                    SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  // d sqrt(x) = 1 / (2 sqrt(x)).
  operands.assign(
      {r.div(r.mul(results[0], r.scalarLike(getInput(), 0.5)), getResult())});
}

void RsqrtOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                     SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  // d x^(-1/2) = -1/2 x^(-3/2) = -1/2 * rsqrt(x) / x.
  Value y = getResult();
  operands.assign({r.div(r.mul(results[0], r.mul(y, r.scalarLike(y, -0.5))),
                         getInput())});
}

void TanhOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                    SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value y = getResult();
  operands.assign({r.mul(results[0], r.sub(r.scalarLike(y, 1), r.mul(y, y)))});
}

void SigmoidOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                       SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value y = getResult();
  operands.assign({r.mul(results[0], r.mul(y, r.sub(r.scalarLike(y, 1), y)))});
}

//===----------------------------------------------------------------------===//
// softmax and log_softmax
//===----------------------------------------------------------------------===//

void SoftmaxOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                       SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  // dx = y * (g - sum(g * y)) along the axis.
  Value g = results[0], y = getResult();
  int64_t axis = getAxis();
  Value dot = r.sum(r.mul(g, y), {axis}, /*keepDims=*/true);
  operands.assign({r.mul(y, r.sub(g, dot))});
}

void LogSoftmaxOp::buildOperandCotangents(OpBuilder &builder,
                                          ValueRange results,
                                          SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  // dx = g - softmax(x) * sum(g), softmax(x) = exp(log_softmax(x)).
  Value g = results[0];
  int64_t axis = getAxis();
  Value softmax = ExpOp::create(builder, getLoc(), getResult());
  operands.assign(
      {r.sub(g, r.mul(softmax, r.sum(g, {axis}, /*keepDims=*/true)))});
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

void SumOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                   SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  operands.assign({r.unreduce(results[0], getInput(), getAxes(), getKeepDims())});
}

void MeanOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                    SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  int64_t count = 1;
  for (int64_t axis : getAxes())
    count *= tensorType(getInput()).getDimSize(axis);
  Value scaled = r.div(results[0], r.scalarLike(results[0], double(count)));
  operands.assign({r.unreduce(scaled, getInput(), getAxes(), getKeepDims())});
}

void ReduceMaxOp::buildOperandCotangents(OpBuilder &builder,
                                         ValueRange results,
                                         SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value x = getInput();
  Value maxima = r.unreduce(getResult(), x, getAxes(), getKeepDims());
  Value isMax = r.compare(ComparePredicate::eq, x, maxima);
  Value ones = r.select(isMax, r.scalarLike(x, 1), r.scalarLike(x, 0));
  Value count = r.sum(ones, getAxes(), getKeepDims());
  Value share = r.unreduce(r.div(results[0], count), x, getAxes(), getKeepDims());
  operands.assign({r.select(isMax, share, r.zerosLike(x))});
}

//===----------------------------------------------------------------------===//
// matmul
//===----------------------------------------------------------------------===//

void MatMulOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                      SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  Value g = results[0], a = getLhs(), b = getRhs();
  bool ta = getTransposeLhs(), tb = getTransposeRhs();
  // With A' = op(A), B' = op(B) and C = A' B': dA' = g B'^T, dB' = A'^T g;
  // a transposed operand gets the transpose, written as flags.
  operands.assign(2, Value());
  if (isDifferentiableOperand(0)) {
    Value da = ta ? MatMulOp::create(builder, getLoc(), b, g, tb, true)
                  : MatMulOp::create(builder, getLoc(), g, b, false, !tb);
    operands[0] = r.unbroadcast(da, a.getType());
  }
  if (isDifferentiableOperand(1)) {
    Value db = tb ? MatMulOp::create(builder, getLoc(), g, a, true, ta)
                  : MatMulOp::create(builder, getLoc(), a, g, !ta, false);
    operands[1] = r.unbroadcast(db, b.getType());
  }
}

//===----------------------------------------------------------------------===//
// Shape ops and cast
//===----------------------------------------------------------------------===//

void ReshapeOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                       SmallVectorImpl<Value> &operands) {
  operands.assign({ReshapeOp::create(builder, getLoc(), results[0],
                                     tensorType(getInput()).getShape())});
}

void TransposeOp::buildOperandCotangents(OpBuilder &builder,
                                         ValueRange results,
                                         SmallVectorImpl<Value> &operands) {
  ArrayRef<int64_t> permutation = getPermutation();
  SmallVector<int64_t> inverse(permutation.size());
  for (auto [i, p] : llvm::enumerate(permutation))
    inverse[p] = i;
  operands.assign(
      {TransposeOp::create(builder, getLoc(), results[0], inverse)});
}

void BroadcastToOp::buildOperandCotangents(OpBuilder &builder,
                                           ValueRange results,
                                           SmallVectorImpl<Value> &operands) {
  RuleBuilder r(builder, getLoc());
  operands.assign({r.unbroadcast(results[0], getInput().getType())});
}

void CastOp::buildOperandCotangents(OpBuilder &builder, ValueRange results,
                                    SmallVectorImpl<Value> &operands) {
  operands.assign({Value()});
  if (isDifferentiableOperand(0))
    operands[0] = CastOp::create(builder, getLoc(), results[0],
                                 tensorType(getInput()).getElementType());
}
