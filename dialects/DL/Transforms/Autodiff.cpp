//===- Autodiff.cpp - The dl-autodiff pass --------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Reverse mode on a clone of the function: the forward ops stay as they
// are, and the reverse sweep appends, before the return, one rule per
// active op (an op on a path from a chosen argument to a differentiated
// result), in reverse order, accumulating the cotangents of values used
// more than once. Only active ops need a rule, so integer index arithmetic
// or masks beside the differentiated path never stop the pass.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLOps.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "dialects/DL/Transforms/Autodiff.h"
#include "dialects/DL/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLAUTODIFFPASS
#include "dialects/DL/Transforms/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;
using namespace mlir::dl;

namespace {

bool isFloatTensor(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && isa<FloatType>(tensor.getElementType());
}

Value zerosLike(OpBuilder &b, Location loc, Type type) {
  auto tensor = cast<RankedTensorType>(type);
  return ConstantOp::create(
      b, loc,
      DenseElementsAttr::get(tensor,
                             b.getFloatAttr(tensor.getElementType(), 0.0)));
}

/// The name of argument or result `index` of `f` under the model
/// convention, or "#index".
std::string argumentName(func::FuncOp f, unsigned index) {
  for (StringRef key : {"dl.param", "dl.input"})
    if (auto name = f.getArgAttrOfType<StringAttr>(index, key))
      return name.str();
  return "#" + std::to_string(index);
}

std::string resultName(func::FuncOp f, unsigned index) {
  if (auto name = f.getResultAttrOfType<StringAttr>(index, "dl.output"))
    return name.str();
  return "#" + std::to_string(index);
}

struct DLAutodiffPass : dl::impl::DLAutodiffPassBase<DLAutodiffPass> {
  using Base::Base;

  void runOnOperation() override;

  func::FuncOp findFunction();
  FailureOr<SmallVector<unsigned>> chooseArguments(func::FuncOp f);
};

func::FuncOp DLAutodiffPass::findFunction() {
  ModuleOp module = getOperation();
  if (!functionName.empty()) {
    auto f = module.lookupSymbol<func::FuncOp>(functionName);
    if (!f || f.isExternal())
      module.emitError() << "dl-autodiff: no function @" << functionName
                         << " with a body";
    return f && !f.isExternal() ? f : func::FuncOp();
  }
  SmallVector<func::FuncOp> candidates;
  for (auto f : module.getOps<func::FuncOp>())
    if (f.isPublic() && !f.isExternal())
      candidates.push_back(f);
  if (candidates.size() != 1) {
    module.emitError() << "dl-autodiff: the module has " << candidates.size()
                       << " public functions; choose one with function=NAME";
    return {};
  }
  return candidates.front();
}

FailureOr<SmallVector<unsigned>>
DLAutodiffPass::chooseArguments(func::FuncOp f) {
  SmallVector<unsigned> chosen;
  bool ok = true;
  if (wrt.empty()) {
    for (unsigned i = 0, e = f.getNumArguments(); i < e; ++i)
      if (f.getArgAttr(i, "dl.param"))
        chosen.push_back(i);
  } else {
    for (const std::string &name : wrt) {
      unsigned i = 0, e = f.getNumArguments();
      while (i < e && argumentName(f, i) != name)
        ++i;
      if (i == e) {
        f.emitError() << "dl-autodiff: @" << f.getName()
                      << " has no argument named '" << name << "'";
        ok = false;
        continue;
      }
      chosen.push_back(i);
    }
  }
  for (unsigned i : chosen) {
    if (isFloatTensor(f.getArgument(i).getType()))
      continue;
    f.emitError() << "dl-autodiff: cannot differentiate with respect to '"
                  << argumentName(f, i) << "' of type "
                  << f.getArgument(i).getType()
                  << ": it is not a floating-point tensor";
    ok = false;
  }
  if (!ok)
    return failure();
  return chosen;
}

void DLAutodiffPass::runOnOperation() {
  func::FuncOp f = findFunction();
  if (!f)
    return signalPassFailure();
  FailureOr<SmallVector<unsigned>> chosen = chooseArguments(f);
  std::string name = gradName.empty() ? (f.getName() + "_grad").str()
                                      : std::string(gradName);
  if (failed(chosen) ||
      failed(dl::buildGradientFunction(f, *chosen, seed, name)))
    return signalPassFailure();
}

} // namespace

FailureOr<func::FuncOp> mlir::dl::buildGradientFunction(
    func::FuncOp f, ArrayRef<unsigned> chosen, bool seed, StringRef name) {
  bool ok = true;
  if (!seed && (f.getNumResults() != 1 ||
                !isFloatTensor(f.getResultTypes()[0]) ||
                cast<RankedTensorType>(f.getResultTypes()[0]).getRank() != 0)) {
    f.emitError() << "dl-autodiff: @" << f.getName()
                  << " does not return exactly one floating-point scalar "
                     "(tensor<f32> or tensor<f64>); reduce it to one, or "
                     "pass seed=1 to give a cotangent per result";
    ok = false;
  }
  if (!f.getBody().hasOneBlock()) {
    f.emitError() << "dl-autodiff: @" << f.getName()
                  << " has more than one block";
    ok = false;
  }
  auto module = f->getParentOfType<ModuleOp>();
  if (module.lookupSymbol(name)) {
    f.emitError() << "dl-autodiff: the module already has a symbol @" << name;
    ok = false;
  }
  if (!ok)
    return failure();
  // Work on a clone so that @f stays as it was.
  OpBuilder moduleBuilder(f);
  moduleBuilder.setInsertionPointAfter(f);
  auto g = cast<func::FuncOp>(moduleBuilder.clone(*f));
  g.setName(name);
  Block &body = g.getBody().front();
  auto ret = cast<func::ReturnOp>(body.getTerminator());
  Location loc = g.getLoc();

  // Active values: reachable from a chosen argument and reaching a result.
  llvm::SetVector<Value> varied;
  for (unsigned i : chosen)
    varied.insert(g.getArgument(i));
  for (Operation &op : body.without_terminator())
    if (llvm::any_of(op.getOperands(),
                     [&](Value v) { return varied.contains(v); }))
      for (Value result : op.getResults())
        if (isFloatTensor(result.getType()))
          varied.insert(result);
  llvm::DenseSet<Value> useful;
  for (Value v : ret.getOperands())
    useful.insert(v);
  SmallVector<Operation *> active;
  for (Operation &op : llvm::reverse(body.without_terminator())) {
    bool needed = llvm::any_of(op.getResults(), [&](Value v) {
      return useful.contains(v) && varied.contains(v);
    });
    if (!needed)
      continue;
    active.push_back(&op);
    for (Value operand : op.getOperands())
      useful.insert(operand);
  }

  // Every active op needs a rule; report all that have none.
  for (Operation *op : active) {
    if (!isa<DifferentiableOpInterface>(op)) {
      op->emitError() << "dl-autodiff: '" << op->getName()
                      << "' has no gradient rule";
      ok = false;
    }
  }
  if (!ok) {
    g.erase();
    return failure();
  }

  // Seeds: 1 for the scalar result, or one new input per float result.
  llvm::DenseMap<Value, Value> cotangents;
  OpBuilder b(ret);
  auto accumulate = [&](Value v, Value cotangent) {
    auto [it, inserted] = cotangents.try_emplace(v, cotangent);
    if (!inserted)
      it->second = AddOp::create(b, loc, it->second, cotangent);
  };
  if (!seed) {
    auto type = cast<RankedTensorType>(f.getResultTypes()[0]);
    accumulate(ret.getOperand(0),
               ConstantOp::create(b, loc,
                                  DenseElementsAttr::get(
                                      type, b.getFloatAttr(
                                                type.getElementType(), 1.0))));
  } else {
    for (unsigned i = 0, e = f.getNumResults(); i < e; ++i) {
      Type type = f.getResultTypes()[i];
      if (!isFloatTensor(type))
        continue;
      unsigned index = g.getNumArguments();
      if (failed(g.insertArgument(
              index, type,
              b.getDictionaryAttr(b.getNamedAttr(
                  "dl.input",
                  b.getStringAttr("seed." + resultName(f, i)))),
              loc))) {
        g.erase();
        return failure();
      }
      accumulate(ret.getOperand(i), g.getArgument(index));
    }
  }

  // The reverse sweep.
  for (Operation *op : active) {
    SmallVector<Value> resultCotangents;
    bool any = false;
    for (Value result : op->getResults()) {
      Value cotangent = cotangents.lookup(result);
      any |= bool(cotangent);
      resultCotangents.push_back(
          cotangent ? cotangent : zerosLike(b, loc, result.getType()));
    }
    if (!any)
      continue;
    SmallVector<Value> operandCotangents;
    cast<DifferentiableOpInterface>(op).buildOperandCotangents(
        b, resultCotangents, operandCotangents);
    for (auto [operand, cotangent] :
         llvm::zip(op->getOperands(), operandCotangents))
      if (cotangent && varied.contains(operand))
        accumulate(operand, cotangent);
  }

  // Return the forward results and one gradient per chosen argument.
  SmallVector<Value> results(ret.getOperands());
  SmallVector<Attribute> resultAttrs;
  for (unsigned i = 0, e = f.getNumResults(); i < e; ++i)
    resultAttrs.push_back(f.getResultAttrDict(i)
                              ? Attribute(f.getResultAttrDict(i))
                              : Attribute(b.getDictionaryAttr({})));
  llvm::StringSet<> outputNames;
  for (unsigned i = 0, e = f.getNumResults(); i < e; ++i)
    outputNames.insert(resultName(f, i));
  for (unsigned i : chosen) {
    Value argument = g.getArgument(i);
    Value gradient = cotangents.lookup(argument);
    results.push_back(gradient ? gradient
                               : zerosLike(b, loc, argument.getType()));
    // Differentiating a gradient function again meets its own grad.<x>
    // outputs; the new gradient becomes grad.grad.<x>.
    std::string name = "grad." + argumentName(f, i);
    while (!outputNames.insert(name).second)
      name = "grad." + name;
    resultAttrs.push_back(b.getDictionaryAttr(
        b.getNamedAttr("dl.output", b.getStringAttr(name))));
  }
  func::ReturnOp::create(b, ret.getLoc(), results);
  ret.erase();
  g.setFunctionType(FunctionType::get(f.getContext(), g.getArgumentTypes(),
                                      TypeRange(ValueRange(results))));
  g.setAllResultAttrs(resultAttrs);
  return g;
}

