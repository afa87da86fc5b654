//===- CodeGen.h - From the LLVM dialect to machine code --------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Turns a module in the LLVM dialect into LLVM IR, assembly or an object
// file for one target, with the same TargetMachine the JIT uses, so AOT and
// JIT code come out of one code generator configured one way.
//
//===----------------------------------------------------------------------===//

#ifndef DL_TARGET_CODEGEN_H
#define DL_TARGET_CODEGEN_H

#include "compiler/Pipeline/Target.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>

namespace mlir::dl {

/// Initializes LLVM's native target once per process.
void initializeNativeTarget();

/// Returns a TargetMachine for the host triple with `target`'s CPU and
/// features, optimizing at -O3.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createTargetMachine(const TargetDescription &target);

/// Translates `module` (LLVM dialect) to LLVM IR for `machine`'s triple and
/// data layout and optimizes it at -O3.
llvm::Expected<std::unique_ptr<llvm::Module>>
translateAndOptimize(ModuleOp module, llvm::LLVMContext &context,
                     llvm::TargetMachine &machine);

/// What emitMachineCode writes.
enum class MachineCodeKind { Assembly, Object };

/// Writes `module` as assembly or an object file to `os`.
llvm::Error emitMachineCode(llvm::Module &module, llvm::TargetMachine &machine,
                            MachineCodeKind kind, llvm::raw_pwrite_stream &os);

} // namespace mlir::dl

#endif // DL_TARGET_CODEGEN_H
