//===- TrainStep.cpp - The dl-train-step pass -----------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Builds <f>_eval_step (the model followed by the loss, plus accuracy), takes
// its gradient with buildGradientFunction, and turns that gradient function
// into <f>_train_step by appending the optimizer's elementwise update of
// every parameter and slot. The updates end in
// bufferization.materialize_in_destination into the (writable) arguments:
// empty-tensor elimination then computes each update directly in the
// argument's buffer, and the equivalent results disappear at bufferization,
// so a step copies no parameter.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLBuilder.h"
#include "dialects/DL/IR/DLOps.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "dialects/DL/Transforms/Autodiff.h"
#include "dialects/DL/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/IRMapping.h"

#include <cmath>
#include <limits>

namespace mlir::dl {
#define GEN_PASS_DEF_DLTRAINSTEPPASS
#include "dialects/DL/Transforms/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;
using namespace mlir::dl;

namespace {

RankedTensorType tensorType(Value v) {
  return cast<RankedTensorType>(v.getType());
}

/// DLBuilder with the optimizer formulas' shorthand.
struct Math : DLBuilder {
  using DLBuilder::DLBuilder;

  /// A rank-0 constant of `x`'s element type.
  Value like(Value x, double value) { return scalarLike(x, value); }
  /// 1 where `mask` holds, else 0.
  Value indicator(Value mask, Type elementType) {
    return select(mask, scalar(elementType, 1), scalar(elementType, 0));
  }
};

/// One optimizer slot of one parameter.
struct Slot {
  std::string name;
  unsigned argument;
};

struct DLTrainStepPass : dl::impl::DLTrainStepPassBase<DLTrainStepPass> {
  using Base::Base;
  void runOnOperation() override;

  /// The slots the optimizer keeps per parameter.
  SmallVector<std::string> slotPrefixes() const {
    if (optimizer == "sgd")
      return momentum > 0 ? SmallVector<std::string>{"momentum"}
                          : SmallVector<std::string>{};
    if (optimizer == "rmsprop")
      return {"rmsprop.velocity"};
    if (optimizer == "adagrad")
      return {"adagrad.accumulator"};
    return {"adam.m", "adam.v"};
  }

  double rate() const {
    if (learningRate > 0)
      return learningRate;
    return optimizer == "sgd" ? 0.01 : 0.001;
  }

  Value buildLoss(OpBuilder &b, Location loc, Value prediction, Value labels);
  Value buildAccuracy(OpBuilder &b, Location loc, Value prediction,
                      Value labels);
  /// The optimizer's new parameter value from `w`, its gradient `g`, its
  /// slots (updated in `slots`) and the step number `t` (1 for the first).
  Value update(Math &m, Value w, Value g, MutableArrayRef<Value> slots,
               Value t);
};

Value DLTrainStepPass::buildLoss(OpBuilder &b, Location loc, Value prediction,
                                 Value labels) {
  if (loss == "mse")
    return MeanSquaredErrorOp::create(b, loc, prediction, labels);
  if (loss == "hinge")
    return HingeLossOp::create(b, loc, prediction, labels);
  if (loss == "categorical_crossentropy")
    return CategoricalCrossEntropyOp::create(b, loc, prediction, labels,
                                             fromLogits);
  if (loss == "sparse_categorical_crossentropy")
    return SparseCategoricalCrossEntropyOp::create(b, loc, prediction, labels,
                                                   fromLogits);
  return BinaryCrossEntropyOp::create(b, loc, prediction, labels, fromLogits);
}

Value DLTrainStepPass::buildAccuracy(OpBuilder &b, Location loc,
                                     Value prediction, Value labels) {
  Math m(b, loc);
  Type elementType = tensorType(prediction).getElementType();
  int64_t last = tensorType(prediction).getRank() - 1;
  int64_t classes = tensorType(prediction).getShape().back();
  Value correct;
  if (loss == "binary_crossentropy") {
    Value threshold = m.scalar(elementType, fromLogits ? 0.0 : 0.5);
    Value predicted = m.indicator(
        CompareOp::create(b, loc, ComparePredicate::gt, prediction, threshold),
        elementType);
    Value actual = m.indicator(
        CompareOp::create(b, loc, ComparePredicate::gt, labels,
                          m.scalar(elementType, 0.5)),
        elementType);
    correct = CompareOp::create(b, loc, ComparePredicate::eq, predicted, actual);
  } else {
    // Correct when the largest prediction is at the label (ties count).
    Value best = ReduceMaxOp::create(b, loc, prediction, {last}, false);
    Value atLabel;
    Value lowest = m.scalar(elementType, -std::numeric_limits<double>::infinity());
    if (loss == "sparse_categorical_crossentropy") {
      Value mask = buildLabelMask(b, loc, labels, classes);
      atLabel = ReduceMaxOp::create(
          b, loc, SelectOp::create(b, loc, mask, prediction, lowest), {last},
          false);
    } else {
      Value top = ReduceMaxOp::create(b, loc, labels, {last}, true);
      Value mask = CompareOp::create(b, loc, ComparePredicate::eq, labels, top);
      atLabel = ReduceMaxOp::create(
          b, loc, SelectOp::create(b, loc, mask, prediction, lowest), {last},
          false);
    }
    correct = CompareOp::create(b, loc, ComparePredicate::eq, atLabel, best);
  }
  return m.meanAll(m.indicator(correct, elementType));
}

Value DLTrainStepPass::update(Math &m, Value w, Value g,
                              MutableArrayRef<Value> slots, Value t) {
  Value lr = m.like(w, rate());
  Value eps = m.like(w, epsilon);
  if (optimizer == "sgd") {
    if (momentum <= 0)
      return m.sub(w, m.mul(lr, g));
    // Keras: v = momentum v - lr g; w += v, or with Nesterov
    // w += momentum v - lr g.
    Value mu = m.like(w, momentum);
    Value v = m.sub(m.mul(mu, slots[0]), m.mul(lr, g));
    slots[0] = v;
    if (nesterov)
      return m.add(w, m.sub(m.mul(mu, v), m.mul(lr, g)));
    return m.add(w, v);
  }
  if (optimizer == "rmsprop") {
    // Keras: v = rho v + (1 - rho) g^2; w -= lr g / (sqrt(v) + eps).
    Value r = m.like(w, rho);
    Value v = m.add(m.mul(r, slots[0]),
                    m.mul(m.like(w, 1 - rho), m.mul(g, g)));
    slots[0] = v;
    return m.sub(w, m.div(m.mul(lr, g), m.add(m.sqrt(v), eps)));
  }
  if (optimizer == "adagrad") {
    // Keras: a += g^2; w -= lr g / sqrt(a + eps).
    Value a = m.add(slots[0], m.mul(g, g));
    slots[0] = a;
    return m.sub(w, m.div(m.mul(lr, g), m.sqrt(m.add(a, eps))));
  }
  // Adam, as Keras: m += (g - m)(1 - b1); v += (g^2 - v)(1 - b2);
  // alpha = lr sqrt(1 - b2^t) / (1 - b1^t); w -= alpha m / (sqrt(v) + eps).
  Value b1 = m.like(w, beta1), b2 = m.like(w, beta2), one = m.like(w, 1);
  Value first = m.add(slots[0], m.mul(m.sub(g, slots[0]), m.like(w, 1 - beta1)));
  Value second =
      m.add(slots[1], m.mul(m.sub(m.mul(g, g), slots[1]), m.like(w, 1 - beta2)));
  slots[0] = first;
  slots[1] = second;
  Value tw = CastOp::create(m.builder(), m.location(), t, tensorType(w).getElementType());
  Value correction1 = m.sub(one, PowOp::create(m.builder(), m.location(), b1, tw));
  Value correction2 = m.sub(one, PowOp::create(m.builder(), m.location(), b2, tw));
  Value alpha = m.div(m.mul(lr, m.sqrt(correction2)), correction1);
  return m.sub(w, m.div(m.mul(alpha, first), m.add(m.sqrt(second), eps)));
}

void DLTrainStepPass::runOnOperation() {
  ModuleOp module = getOperation();
  // Options first: one message per wrong option.
  bool ok = true;
  static const char *const losses[] = {
      "mse", "categorical_crossentropy", "sparse_categorical_crossentropy",
      "binary_crossentropy", "hinge"};
  if (!llvm::is_contained(losses, StringRef(loss))) {
    mlir::emitError(module.getLoc()) << "dl-train-step: unknown loss '" << loss
                       << "'; expected mse, categorical_crossentropy, "
                          "sparse_categorical_crossentropy, "
                          "binary_crossentropy or hinge";
    ok = false;
  }
  static const char *const optimizers[] = {"sgd", "rmsprop", "adagrad", "adam"};
  if (!llvm::is_contained(optimizers, StringRef(optimizer))) {
    mlir::emitError(module.getLoc()) << "dl-train-step: unknown optimizer '" << optimizer
                       << "'; expected sgd, rmsprop, adagrad or adam";
    ok = false;
  }
  func::FuncOp f;
  if (!functionName.empty()) {
    f = module.lookupSymbol<func::FuncOp>(functionName);
    if (!f || f.isExternal()) {
      module.emitError() << "dl-train-step: no function @" << functionName;
      return signalPassFailure();
    }
  } else {
    SmallVector<func::FuncOp> candidates;
    for (auto candidate : module.getOps<func::FuncOp>())
      if (candidate.isPublic() && !candidate.isExternal())
        candidates.push_back(candidate);
    if (candidates.size() != 1) {
      module.emitError() << "dl-train-step: the module has "
                         << candidates.size()
                         << " public functions; choose one with function=NAME";
      return signalPassFailure();
    }
    f = candidates.front();
  }
  FailureOr<ModelSignature> signature = ModelSignature::get(f);
  if (failed(signature))
    return signalPassFailure();
  auto predictionType =
      f.getNumResults() == 1
          ? dyn_cast<RankedTensorType>(f.getResultTypes()[0])
          : RankedTensorType();
  if (!predictionType || !isa<FloatType>(predictionType.getElementType()) ||
      predictionType.getRank() < 1) {
    f.emitError() << "dl-train-step: @" << f.getName()
                  << " must return one floating-point prediction of rank 1 "
                     "or more";
    ok = false;
  }
  if (signature->lookupArgument(labelsName)) {
    f.emitError() << "dl-train-step: @" << f.getName()
                  << " already has an argument named '" << labelsName
                  << "'; choose the labels' name with labels=NAME";
    ok = false;
  }
  SmallVector<unsigned> parameters;
  for (const ModelTensor &t : signature->arguments)
    if (t.role == TensorRole::Parameter)
      parameters.push_back(t.index);
  if (parameters.empty()) {
    f.emitError() << "dl-train-step: @" << f.getName()
                  << " has no dl.param argument to train";
    ok = false;
  }
  llvm::SmallDenseSet<unsigned> penalized;
  if (regularized.empty())
    penalized.insert(parameters.begin(), parameters.end());
  for (const std::string &name : regularized) {
    const ModelTensor *tensor = signature->lookupArgument(name);
    if (!tensor || tensor->role != TensorRole::Parameter) {
      f.emitError() << "dl-train-step: regularize=" << name << ": @"
                    << f.getName() << " has no parameter '" << name << "'";
      ok = false;
      continue;
    }
    penalized.insert(tensor->index);
  }
  std::string trainName = (f.getName() + "_train_step").str();
  std::string evalName = (f.getName() + "_eval_step").str();
  for (const std::string &name : {trainName, evalName})
    if (module.lookupSymbol(name)) {
      f.emitError() << "dl-train-step: the module already has @" << name;
      ok = false;
    }
  if (!ok)
    return signalPassFailure();

  MLIRContext *context = &getContext();
  Location loc = f.getLoc();
  Type elementType = predictionType.getElementType();
  Type labelsType =
      loss == "sparse_categorical_crossentropy"
          ? Type(RankedTensorType::get(predictionType.getShape().drop_back(),
                                       IntegerType::get(context, 32)))
          : Type(predictionType);

  // @f_eval_step(f's arguments, labels) -> (loss[, accuracy]).
  OpBuilder moduleBuilder(context);
  moduleBuilder.setInsertionPointAfter(f);
  SmallVector<Type> evalInputs(f.getArgumentTypes());
  evalInputs.push_back(labelsType);
  auto evalStep = func::FuncOp::create(moduleBuilder, loc, evalName,
                                       FunctionType::get(context, evalInputs, {}));
  for (unsigned i = 0, e = f.getNumArguments(); i < e; ++i)
    evalStep.setArgAttrs(i, f.getArgAttrDict(i));
  evalStep.setArgAttrs(f.getNumArguments(),
                       moduleBuilder.getDictionaryAttr(moduleBuilder.getNamedAttr(
                           "dl.input", moduleBuilder.getStringAttr(labelsName))));
  Block *evalBody = evalStep.addEntryBlock();
  OpBuilder b = OpBuilder::atBlockBegin(evalBody);
  IRMapping mapping;
  for (auto [from, to] : llvm::zip(f.getArguments(), evalBody->getArguments()))
    mapping.map(from, to);
  for (Operation &op : f.getBody().front().without_terminator())
    b.clone(op, mapping);
  Value prediction = mapping.lookup(
      f.getBody().front().getTerminator()->getOperand(0));
  Value labels = evalBody->getArguments().back();
  Value lossValue = buildLoss(b, loc, prediction, labels);
  Math m(b, loc);
  if (l1 > 0 || l2 > 0) {
    for (unsigned i : parameters) {
      if (!penalized.contains(i))
        continue;
      Value w = evalBody->getArgument(i);
      if (l1 > 0)
        lossValue = m.add(lossValue,
                          m.mul(m.scalar(elementType, l1),
                                m.sumAll(AbsOp::create(b, loc, w))));
      if (l2 > 0)
        lossValue = m.add(lossValue, m.mul(m.scalar(elementType, l2),
                                           m.sumAll(m.mul(w, w))));
    }
  }
  func::ReturnOp::create(b, loc, lossValue);
  evalStep.setFunctionType(
      FunctionType::get(context, evalInputs, {lossValue.getType()}));
  evalStep.setResultAttrs(0, b.getDictionaryAttr(b.getNamedAttr(
                                 "dl.output", b.getStringAttr("loss"))));

  // The gradient of the loss with respect to every parameter.
  FailureOr<func::FuncOp> gradient = buildGradientFunction(
      evalStep, parameters, /*seed=*/false, (f.getName() + "_loss_grad").str());
  if (failed(gradient)) {
    evalStep.erase();
    return signalPassFailure();
  }

  // The eval step gains the accuracy for classification losses.
  if (loss != "mse" && loss != "hinge") {
    auto ret = cast<func::ReturnOp>(evalBody->getTerminator());
    b.setInsertionPoint(ret);
    Value accuracy = buildAccuracy(b, loc, prediction, labels);
    SmallVector<Value> results(ret.getOperands());
    results.push_back(accuracy);
    func::ReturnOp::create(b, loc, results);
    ret.erase();
    evalStep.setFunctionType(FunctionType::get(
        context, evalInputs, TypeRange(ValueRange(results))));
    evalStep.setAllResultAttrs(ArrayRef<Attribute>{
        b.getDictionaryAttr(
            b.getNamedAttr("dl.output", b.getStringAttr("loss"))),
        b.getDictionaryAttr(
            b.getNamedAttr("dl.output", b.getStringAttr("accuracy")))});
  }

  // @f_train_step: the gradient function, renamed, plus state arguments
  // and the updates.
  func::FuncOp train = *gradient;
  train.setName(trainName);
  Block &body = train.getBody().front();
  auto writable = [&](StringRef name) {
    return b.getDictionaryAttr(
        {b.getNamedAttr("dl.param", b.getStringAttr(name)),
         b.getNamedAttr("bufferization.writable", b.getBoolAttr(true))});
  };
  for (unsigned i : parameters)
    train.setArgAttrs(i, writable(signature->arguments[i].name));
  SmallVector<std::string> prefixes = slotPrefixes();
  SmallVector<SmallVector<Slot>> slots(parameters.size());
  for (auto [p, i] : llvm::enumerate(parameters)) {
    for (const std::string &prefix : prefixes) {
      unsigned index = train.getNumArguments();
      std::string name = prefix + "." + signature->arguments[i].name;
      if (failed(train.insertArgument(index, f.getArgumentTypes()[i],
                                      writable(name), loc)))
        return signalPassFailure();
      slots[p].push_back({name, index});
    }
  }
  unsigned iterationsIndex = train.getNumArguments();
  auto iterationsType = RankedTensorType::get({}, b.getI64Type());
  if (failed(train.insertArgument(iterationsIndex, iterationsType,
                                  writable("optimizer.iterations"), loc)))
    return signalPassFailure();

  auto ret = cast<func::ReturnOp>(body.getTerminator());
  b.setInsertionPoint(ret);
  Math tm(b, loc);
  Value iterations = body.getArgument(iterationsIndex);
  Value next = AddOp::create(
      b, loc, iterations,
      ConstantOp::create(b, loc,
                         DenseIntElementsAttr::get(iterationsType,
                                                   ArrayRef<int64_t>{1})));
  SmallVector<Value> results{ret.getOperand(0)};
  SmallVector<Attribute> resultAttrs{
      b.getDictionaryAttr(b.getNamedAttr("dl.output", b.getStringAttr("loss")))};
  auto materialize = [&](Value value, unsigned argument, StringRef name) {
    Value dest = body.getArgument(argument);
    auto op = bufferization::MaterializeInDestinationOp::create(b, loc, value,
                                                                dest);
    results.push_back(op.getResult());
    resultAttrs.push_back(b.getDictionaryAttr(
        b.getNamedAttr("dl.updates", b.getStringAttr(name))));
  };
  for (auto [p, i] : llvm::enumerate(parameters)) {
    Value w = body.getArgument(i);
    Value g = ret.getOperand(1 + p);
    SmallVector<Value> state;
    for (const Slot &slot : slots[p])
      state.push_back(body.getArgument(slot.argument));
    Value updated = update(tm, w, g, state, next);
    materialize(updated, i, signature->arguments[i].name);
    for (auto [slot, value] : llvm::zip(slots[p], state))
      materialize(value, slot.argument, slot.name);
  }
  materialize(next, iterationsIndex, "optimizer.iterations");
  func::ReturnOp::create(b, loc, results);
  ret.erase();
  train.setFunctionType(FunctionType::get(context, train.getArgumentTypes(),
                                          TypeRange(ValueRange(results))));
  train.setAllResultAttrs(resultAttrs);
}

} // namespace
