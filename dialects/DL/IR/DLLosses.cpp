//===- DLLosses.cpp - Loss ops: expansion into dl ops and gradients -------===//
// SPDX-License-Identifier: Apache-2.0
//
// A loss is computed as per-sample losses (over the last dimension) combined
// by the reduction. expandLoss writes that out in primitive dl ops, which
// is how losses are lowered; the gradient rules below are the closed forms
// (softmax minus target and the like) rather than the derivative of the
// expansion, which would recompute the softmax and keep the clipping masks.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLBuilder.h"
#include "dialects/DL/IR/DLOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;
using namespace mlir::dl;

namespace {

/// Keras's clipping of probabilities before a logarithm.
constexpr double kProbabilityEpsilon = 1e-7;

RankedTensorType tensorType(Value v) {
  return cast<RankedTensorType>(v.getType());
}

/// DLBuilder for one loss op's prediction: its classes (the last
/// dimension) and samples (everything else).
struct LossBuilder : DLBuilder {
  LossBuilder(OpBuilder &builder, Location loc, Value prediction)
      : DLBuilder(builder, loc), prediction(prediction) {}

  Value prediction;

  int64_t classes() { return tensorType(prediction).getShape().back(); }
  int64_t lastAxis() { return tensorType(prediction).getRank() - 1; }
  int64_t samples() {
    return tensorType(prediction).getNumElements() /
           std::max<int64_t>(classes(), 1);
  }

  /// A rank-0 constant of the prediction's element type.
  Value scalar(double value) { return scalarLike(prediction, value); }
  Value sumLast(Value x) { return sum(x, {lastAxis()}, false); }
  Value meanLast(Value x) {
    return MeanOp::create(b, loc, x, {lastAxis()}, false);
  }

  /// Probabilities clipped to [eps, 1 - eps].
  Value clipped(Value p) {
    return MinOp::create(b, loc,
                         MaxOp::create(b, loc, p, scalar(kProbabilityEpsilon)),
                         scalar(1 - kProbabilityEpsilon));
  }

  /// A mask of the elements that clipping leaves alone, where the clipped
  /// probability has a derivative.
  Value unclipped(Value p, Value pc) {
    return compare(ComparePredicate::eq, p, pc);
  }

  Value labelMask(Value labels) {
    return buildLabelMask(b, loc, labels, classes());
  }

  /// Combines per-sample losses into the scalar loss.
  Value reduce(Value perSample, LossReduction reduction) {
    return reduction == LossReduction::mean ? meanAll(perSample)
                                            : sumAll(perSample);
  }

  /// The factor d(loss)/d(per-sample loss) times the cotangent `g`.
  Value perSampleCotangent(Value g, LossReduction reduction) {
    if (reduction == LossReduction::sum)
      return g;
    return div(g, scalar(double(samples())));
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Expansion
//===----------------------------------------------------------------------===//

Value mlir::dl::buildLabelMask(OpBuilder &b, Location loc, Value labels,
                               int64_t classes) {
  RankedTensorType labelType = tensorType(labels);
  SmallVector<int64_t> column(labelType.getShape());
  column.push_back(1);
  Value labelColumn = ReshapeOp::create(b, loc, labels, column);
  auto iotaType = RankedTensorType::get({classes}, labelType.getElementType());
  unsigned width = labelType.getElementType().getIntOrFloatBitWidth();
  SmallVector<APInt> values;
  for (int64_t c = 0; c < classes; ++c)
    values.push_back(APInt(width, c));
  Value iota =
      ConstantOp::create(b, loc, DenseElementsAttr::get(iotaType, values));
  return CompareOp::create(b, loc, ComparePredicate::eq, labelColumn, iota);
}

Value mlir::dl::expandLoss(OpBuilder &builder, Operation *op) {
  Location loc = op->getLoc();
  Value prediction = op->getOperand(0), target = op->getOperand(1);
  LossBuilder l(builder, loc, prediction);
  Value perSample;
  LossReduction reduction;
  if (auto mse = dyn_cast<MeanSquaredErrorOp>(op)) {
    Value d = l.sub(prediction, target);
    perSample = l.meanLast(l.mul(d, d));
    reduction = mse.getReduction();
  } else if (auto cce = dyn_cast<CategoricalCrossEntropyOp>(op)) {
    Value logP = cce.getFromLogits()
                     ? Value(LogSoftmaxOp::create(builder, loc, prediction,
                                                  l.lastAxis()))
                     : l.log(l.clipped(prediction));
    perSample = l.neg(l.sumLast(l.mul(target, logP)));
    reduction = cce.getReduction();
  } else if (auto sparse = dyn_cast<SparseCategoricalCrossEntropyOp>(op)) {
    Value logP = sparse.getFromLogits()
                     ? Value(LogSoftmaxOp::create(builder, loc, prediction,
                                                  l.lastAxis()))
                     : l.log(l.clipped(prediction));
    Value picked = l.select(l.labelMask(target), logP, l.scalar(0));
    perSample = l.neg(l.sumLast(picked));
    reduction = sparse.getReduction();
  } else if (auto bce = dyn_cast<BinaryCrossEntropyOp>(op)) {
    Value elementwise;
    if (bce.getFromLogits()) {
      // max(z, 0) - z t + log(1 + exp(-|z|)): no overflow for any z.
      Value z = prediction;
      Value softplus = l.log(l.add(
          l.scalar(1), ExpOp::create(builder, loc,
                                     l.neg(AbsOp::create(builder, loc, z)))));
      elementwise = l.add(l.sub(ReluOp::create(builder, loc, z), l.mul(z, target)),
                          softplus);
    } else {
      Value p = l.clipped(prediction);
      Value one = l.scalar(1);
      elementwise = l.neg(l.add(l.mul(target, l.log(p)),
                                l.mul(l.sub(one, target), l.log(l.sub(one, p)))));
    }
    perSample = l.meanLast(elementwise);
    reduction = bce.getReduction();
  } else if (auto hinge = dyn_cast<HingeLossOp>(op)) {
    Value margin = l.sub(l.scalar(1), l.mul(target, prediction));
    perSample = l.meanLast(ReluOp::create(builder, loc, margin));
    reduction = hinge.getReduction();
  } else {
    return {};
  }
  return l.reduce(perSample, reduction);
}

//===----------------------------------------------------------------------===//
// Gradient rules (with respect to the prediction)
//===----------------------------------------------------------------------===//

#define DL_LOSS_TARGET_IS_DATA(OP)                                             \
  bool OP::isDifferentiableOperand(unsigned index) {                          \
    return index == 0;                                                         \
  }
DL_LOSS_TARGET_IS_DATA(MeanSquaredErrorOp)
DL_LOSS_TARGET_IS_DATA(CategoricalCrossEntropyOp)
DL_LOSS_TARGET_IS_DATA(SparseCategoricalCrossEntropyOp)
DL_LOSS_TARGET_IS_DATA(BinaryCrossEntropyOp)
DL_LOSS_TARGET_IS_DATA(HingeLossOp)
#undef DL_LOSS_TARGET_IS_DATA

void MeanSquaredErrorOp::buildOperandCotangents(
    OpBuilder &builder, ValueRange results, SmallVectorImpl<Value> &operands) {
  LossBuilder l(builder, getLoc(), getPrediction());
  // d/dp mean_c (p - t)^2 = 2 (p - t) / C.
  Value s = l.perSampleCotangent(results[0], getReduction());
  Value factor = l.div(l.mul(s, l.scalar(2)), l.scalar(double(l.classes())));
  operands.assign({l.mul(l.sub(getPrediction(), getTarget()), factor), Value()});
}

void CategoricalCrossEntropyOp::buildOperandCotangents(
    OpBuilder &builder, ValueRange results, SmallVectorImpl<Value> &operands) {
  LossBuilder l(builder, getLoc(), getPrediction());
  Value s = l.perSampleCotangent(results[0], getReduction());
  Value t = getTarget();
  Value d;
  if (getFromLogits()) {
    // softmax(z) * sum_c t - t; softmax(z) - t for distributions.
    Value softmax = SoftmaxOp::create(builder, getLoc(), getPrediction(),
                                      l.lastAxis());
    Value mass = SumOp::create(builder, getLoc(), t, {l.lastAxis()}, true);
    d = l.sub(l.mul(softmax, mass), t);
  } else {
    Value p = getPrediction(), pc = l.clipped(p);
    d = l.select(l.unclipped(p, pc), l.neg(l.div(t, pc)), l.scalar(0));
  }
  operands.assign({l.mul(d, s), Value()});
}

void SparseCategoricalCrossEntropyOp::buildOperandCotangents(
    OpBuilder &builder, ValueRange results, SmallVectorImpl<Value> &operands) {
  LossBuilder l(builder, getLoc(), getPrediction());
  Value s = l.perSampleCotangent(results[0], getReduction());
  Value mask = l.labelMask(getTarget());
  Value d;
  if (getFromLogits()) {
    Value softmax = SoftmaxOp::create(builder, getLoc(), getPrediction(),
                                      l.lastAxis());
    d = l.sub(softmax, l.select(mask, l.scalar(1), l.scalar(0)));
  } else {
    Value p = getPrediction(), pc = l.clipped(p);
    Value atLabel = l.select(mask, l.neg(l.div(l.scalar(1), pc)), l.scalar(0));
    d = l.select(l.unclipped(p, pc), atLabel, l.scalar(0));
  }
  operands.assign({l.mul(d, s), Value()});
}

void BinaryCrossEntropyOp::buildOperandCotangents(
    OpBuilder &builder, ValueRange results, SmallVectorImpl<Value> &operands) {
  LossBuilder l(builder, getLoc(), getPrediction());
  Value s = l.div(l.perSampleCotangent(results[0], getReduction()),
                  l.scalar(double(l.classes())));
  Value t = getTarget();
  Value d;
  if (getFromLogits()) {
    d = l.sub(SigmoidOp::create(builder, getLoc(), getPrediction()), t);
  } else {
    // -(t / p - (1 - t) / (1 - p)) where clipping leaves p alone.
    Value p = getPrediction(), pc = l.clipped(p), one = l.scalar(1);
    Value inner = l.sub(l.div(t, pc), l.div(l.sub(one, t), l.sub(one, pc)));
    d = l.select(l.unclipped(p, pc), l.neg(inner), l.scalar(0));
  }
  operands.assign({l.mul(d, s), Value()});
}

void HingeLossOp::buildOperandCotangents(OpBuilder &builder,
                                         ValueRange results,
                                         SmallVectorImpl<Value> &operands) {
  LossBuilder l(builder, getLoc(), getPrediction());
  Value s = l.div(l.perSampleCotangent(results[0], getReduction()),
                  l.scalar(double(l.classes())));
  Value t = getTarget();
  // -t where the margin 1 - t p is positive (0 at the kink, as relu).
  Value margin = l.sub(l.scalar(1), l.mul(t, getPrediction()));
  Value active = l.compare(ComparePredicate::gt, margin, l.scalar(0));
  operands.assign({l.mul(l.select(active, l.neg(t), l.scalar(0)), s), Value()});
}
