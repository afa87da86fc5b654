//===- JitFunction.cpp - Calling a JIT-compiled dl function ---------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The C interface of a function taking memrefs is
//   void _mlir_ciface_f(Desc0 *, Desc1 *, ...)
// where a rank-r descriptor is {T *allocated, T *aligned, int64_t offset,
// int64_t sizes[r], int64_t strides[r]}: 3 + 2r eight-byte words. Ranks are
// only known at run time here, so descriptors are built as word arrays.
//
//===----------------------------------------------------------------------===//

#include "compiler/JIT/JitFunction.h"

#include "compiler/Target/CodeGen.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "llvm/Support/DynamicLibrary.h"

#include <cstring>

using namespace mlir;
using namespace mlir::dl;

llvm::Expected<std::unique_ptr<JitFunction>>
JitFunction::create(ModuleOp module, llvm::StringRef entry,
                    const TargetDescription &target) {
  std::string name = entry.str();
  auto functions = createAll(module, name, target);
  if (!functions)
    return functions.takeError();
  return std::move(functions->front());
}

llvm::Expected<std::vector<std::unique_ptr<JitFunction>>>
JitFunction::createAll(ModuleOp module, llvm::ArrayRef<std::string> entries,
                    const TargetDescription &target) {
  auto machine = createTargetMachine(target);
  if (!machine)
    return machine.takeError();
  // The options hold the transformer by function_ref: keep it alive here.
  auto transformer =
      makeOptimizingTransformer(/*optLevel=*/3, /*sizeLevel=*/0, machine->get());
  ExecutionEngineOptions options;
  options.transformer = transformer;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  options.enableGDBNotificationListener = false;
  options.enablePerfNotificationListener = false;
  // Vector math on f64 calls glibc's libmvec (dl-math-to-libmvec), which
  // dlc itself does not link: load it into the process, whose symbols the
  // JIT resolves against. (sharedLibPaths would need its absolute path.)
  std::string error;
  if (llvm::sys::DynamicLibrary::LoadLibraryPermanently("libmvec.so.1",
                                                        &error))
    return llvm::createStringError("cannot load glibc's libmvec.so.1: " +
                                   error);
  auto engine = ExecutionEngine::create(module, options, std::move(*machine));
  if (!engine)
    return engine.takeError();
  std::shared_ptr<ExecutionEngine> shared = std::move(*engine);
  std::vector<std::unique_ptr<JitFunction>> functions;
  for (const std::string &entry : entries)
    functions.push_back(
        std::unique_ptr<JitFunction>(new JitFunction(shared, entry)));
  return functions;
}

llvm::Error JitFunction::call(llvm::ArrayRef<BufferArg> args) {
  std::vector<std::vector<int64_t>> descriptors;
  descriptors.reserve(args.size());
  for (const BufferArg &arg : args) {
    size_t rank = arg.shape.size();
    std::vector<int64_t> words(3 + 2 * rank);
    std::memcpy(&words[0], &arg.data, sizeof(void *));
    std::memcpy(&words[1], &arg.data, sizeof(void *));
    words[2] = 0;
    int64_t stride = 1;
    for (size_t d = rank; d-- > 0;) {
      words[3 + d] = arg.shape[d];
      words[3 + rank + d] = stride;
      stride *= arg.shape[d];
    }
    descriptors.push_back(std::move(words));
  }
  // invokePacked passes each argument by address: the ciface arguments are
  // descriptor pointers, so each packed slot points at such a pointer.
  std::vector<void *> descriptorPointers, packed;
  for (auto &words : descriptors)
    descriptorPointers.push_back(words.data());
  for (void *&pointer : descriptorPointers)
    packed.push_back(&pointer);
  return engine->invokePacked("_mlir_ciface_" + entry, packed);
}
