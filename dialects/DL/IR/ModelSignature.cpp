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

static bool hasDLName(DictionaryAttr attrs) {
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
  llvm::StringMap<unsigned> argumentByName, resultByName;
  ArrayRef<Type> argTypes = function.getArgumentTypes();
  ArrayRef<Type> resultTypes = function.getResultTypes();

  for (unsigned i = 0, e = argTypes.size(); i < e; ++i) {
    auto param = function.getArgAttrOfType<StringAttr>(i, DLDialect::kParamAttrName);
    auto input = function.getArgAttrOfType<StringAttr>(i, DLDialect::kInputAttrName);
    if (param && input)
      return function.emitOpError()
             << "argument " << i << " is named both as parameter '"
             << param.getValue() << "' and as input '" << input.getValue()
             << "'";
    if (!param && !input)
      return function.emitOpError()
             << "argument " << i
             << " has no dl.param or dl.input name; a model names every "
                "argument";
    StringAttr name = param ? param : input;
    auto [it, inserted] = argumentByName.try_emplace(name.getValue(), i);
    if (!inserted)
      return function.emitOpError()
             << "arguments " << it->second << " and " << i
             << " have the same name '" << name.getValue() << "'";
    signature.arguments.push_back(
        {param ? TensorRole::Parameter : TensorRole::Input,
         name.getValue().str(), i, argTypes[i]});
  }

  for (unsigned i = 0, e = resultTypes.size(); i < e; ++i) {
    auto output =
        function.getResultAttrOfType<StringAttr>(i, DLDialect::kOutputAttrName);
    if (!output)
      return function.emitOpError()
             << "result " << i
             << " has no dl.output name; a model names every result";
    auto [it, inserted] = resultByName.try_emplace(output.getValue(), i);
    if (!inserted)
      return function.emitOpError()
             << "results " << it->second << " and " << i
             << " have the same name '" << output.getValue() << "'";
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
