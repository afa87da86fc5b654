//===- JitFunction.h - Calling a JIT-compiled dl function -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Wraps MLIR's ExecutionEngine for one entry point of a module that the
// pipeline has lowered to the LLVM dialect. Callers pass plain row-major
// buffers; this class builds the memref descriptors the C interface expects.
//
//===----------------------------------------------------------------------===//

#ifndef DL_JIT_JITFUNCTION_H
#define DL_JIT_JITFUNCTION_H

#include "compiler/Pipeline/Target.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::dl {

/// One argument of a call: a dense row-major tensor of `shape`.
struct BufferArg {
  void *data;
  std::vector<int64_t> shape;
};

/// An entry point compiled by the JIT, callable with plain buffers.
class JitFunction {
public:
  /// Compiles `module`, already in the LLVM dialect with a C interface for
  /// `entry` (the `llvm.emit_c_interface` attribute set before lowering),
  /// for `target` at -O3.
  static llvm::Expected<std::unique_ptr<JitFunction>>
  create(ModuleOp module, llvm::StringRef entry,
         const TargetDescription &target);

  /// The same for several entries of one module, compiled once.
  static llvm::Expected<std::vector<std::unique_ptr<JitFunction>>>
  createAll(ModuleOp module, llvm::ArrayRef<std::string> entries,
         const TargetDescription &target);

  /// Calls the entry with one buffer per argument of its bufferized
  /// signature: inputs and parameters, then one out-parameter per result.
  llvm::Error call(llvm::ArrayRef<BufferArg> args);

private:
  JitFunction(std::shared_ptr<ExecutionEngine> engine, std::string entry)
      : engine(std::move(engine)), entry(std::move(entry)) {}

  /// Shared by the functions of one module.
  std::shared_ptr<ExecutionEngine> engine;
  std::string entry;
};

} // namespace mlir::dl

#endif // DL_JIT_JITFUNCTION_H
