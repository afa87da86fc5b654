//===- ModelSignature.cpp - Named tensors of a dl model -------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Reads and checks the `dl.param`/`dl.input`/`dl.output` names of a model
// function. The dialect's attribute verifiers call this once per function,
// so a malformed signature is a verifier error with the function's location.
//
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/ModelSignature.h"

#include "dialects/DL/IR/DLDialect.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace mlir::dl;

StringRef mlir::dl::stringifyTensorRole(TensorRole role) {
  switch (role) {
  case TensorRole::Parameter:
    return "parameter";
  case TensorRole::Input:
    return "input";
  case TensorRole::Output:
    return "output";
  }
  llvm_unreachable("covered switch");
}

bool mlir::dl::hasDLName(DictionaryAttr attrs) {
  return attrs && llvm::any_of(attrs, [](NamedAttribute attr) {
           return attr.getName().getValue().starts_with("dl.");
         });
}

bool mlir::dl::isModelFunction(FunctionOpInterface function) {
  for (unsigned i = 0, e = function.getNumArguments(); i < e; ++i)
    if (hasDLName(function.getArgAttrDict(i)))
      return true;
  for (unsigned i = 0, e = function.getNumResults(); i < e; ++i)
    if (hasDLName(function.getResultAttrDict(i)))
      return true;
  return false;
}

FailureOr<ModelSignature> ModelSignature::get(FunctionOpInterface function) {
  ModelSignature signature;
  // Parameters and inputs share one namespace (one weights file may hold
  // both); outputs have their own, wherever they sit.
  llvm::StringMap<std::string> inputNames, outputNames;
  auto claim = [&](llvm::StringMap<std::string> &names, StringAttr name,
                   std::string position) -> LogicalResult {
    auto [it, inserted] = names.try_emplace(name.getValue(), position);
    if (inserted)
      return success();
    return function.emitOpError()
           << it->second << " and " << position << " have the same name '"
           << name.getValue() << "'";
  };
  ArrayRef<Type> argTypes = function.getArgumentTypes();
  ArrayRef<Type> resultTypes = function.getResultTypes();

  for (unsigned i = 0, e = argTypes.size(); i < e; ++i) {
    auto param = function.getArgAttrOfType<StringAttr>(i, DLDialect::kParamAttrName);
    auto input = function.getArgAttrOfType<StringAttr>(i, DLDialect::kInputAttrName);
    auto output =
        function.getArgAttrOfType<StringAttr>(i, DLDialect::kOutputAttrName);
    if ((param ? 1 : 0) + (input ? 1 : 0) + (output ? 1 : 0) > 1)
      return function.emitOpError()
             << "argument " << i
             << " has more than one of dl.param, dl.input and dl.output";
    if (!param && !input && !output)
      return function.emitOpError()
             << "argument " << i
             << " has no dl.param, dl.input or dl.output name; a model names "
                "every argument";
    std::string position = "argument " + std::to_string(i);
    TensorRole role = param   ? TensorRole::Parameter
                      : input ? TensorRole::Input
                              : TensorRole::Output;
    StringAttr name = param ? param : input ? input : output;
    if (failed(claim(output ? outputNames : inputNames, name, position)))
      return failure();
    signature.arguments.push_back({role, name.getValue().str(), i, argTypes[i]});
  }

  llvm::StringMap<unsigned> updated;
  for (unsigned i = 0, e = resultTypes.size(); i < e; ++i) {
    auto output =
        function.getResultAttrOfType<StringAttr>(i, DLDialect::kOutputAttrName);
    auto updates = function.getResultAttrOfType<StringAttr>(
        i, DLDialect::kUpdatesAttrName);
    if (output && updates)
      return function.emitOpError()
             << "result " << i << " has both dl.output and dl.updates";
    if (updates) {
      const ModelTensor *target = signature.lookupArgument(updates.getValue());
      if (!target || target->role != TensorRole::Parameter)
        return function.emitOpError()
               << "result " << i << " updates '" << updates.getValue()
               << "', which is no dl.param argument";
      if (target->type != resultTypes[i])
        return function.emitOpError()
               << "result " << i << " of type " << resultTypes[i]
               << " updates '" << updates.getValue() << "' of type "
               << target->type;
      auto [it, inserted] = updated.try_emplace(updates.getValue(), i);
      if (!inserted)
        return function.emitOpError()
               << "results " << it->second << " and " << i << " both update '"
               << updates.getValue() << "'";
      signature.updates.push_back(
          {TensorRole::Parameter, updates.getValue().str(), i, resultTypes[i]});
      continue;
    }
    if (!output)
      return function.emitOpError()
             << "result " << i
             << " has no dl.output name; a model names every result";
    if (failed(claim(outputNames, output, "result " + std::to_string(i))))
      return failure();
    signature.results.push_back(
        {TensorRole::Output, output.getValue().str(), i, resultTypes[i]});
  }
  return signature;
}

const ModelTensor *ModelSignature::lookupArgument(StringRef name) const {
  auto it = llvm::find_if(arguments, [&](const ModelTensor &tensor) {
    return tensor.name == name;
  });
  return it == arguments.end() ? nullptr : &*it;
}
