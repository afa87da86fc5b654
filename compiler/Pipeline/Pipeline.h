//===- Pipeline.h - The CPU code-generation pipeline ------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// dlc and dl-opt build exactly the same pass pipeline from these functions,
// so `dl-opt --dl-cpu-pipeline` reproduces any stage `dlc --emit=` prints.
//
//===----------------------------------------------------------------------===//

#ifndef DL_PIPELINE_PIPELINE_H
#define DL_PIPELINE_PIPELINE_H

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace mlir::dl {

/// The stages of the pipeline, in order. Each names the IR after it ran.
enum class Phase {
  DL,         ///< verified, canonicalized dl
  Linalg,     ///< linalg on tensors, elementwise ops fused
  Vector,     ///< tiled and vectorized, still on tensors
  Bufferized, ///< memrefs, results written into caller-provided buffers
  LLVM,       ///< the LLVM dialect
};

/// Parses "dl", "linalg", "vector", "bufferized" or "llvm".
std::optional<Phase> parsePhase(llvm::StringRef name);
/// Returns the name parsePhase accepts.
llvm::StringRef stringifyPhase(Phase phase);

/// What the pipeline builds and for which CPU.
struct PipelineOptions {
  /// Stop after this stage.
  Phase stopAfter = Phase::LLVM;
  /// Target CPU and features; empty means the host's.
  std::string cpu;
  std::string features;
  /// Public functions become C entry points for applications (`dlc --aot`):
  /// one pointer per buffer (the bare-pointer convention) and a DlrtStatus
  /// result, see dl-export-c-entry-points. Otherwise they keep MLIR's memref
  /// descriptor convention, which the JIT calls.
  bool cEntryPoints = false;
};

/// Adds the passes from verified dl to the LLVM dialect, up to and including
/// `options.stopAfter`, to the module-level `pm`.
void buildDLToLLVMPipeline(OpPassManager &pm, const PipelineOptions &options);

/// Registers every dialect and interface model the pipeline's passes create
/// or need (bufferization models, LLVM IR translation, ...).
void registerDLPipelineDialects(DialectRegistry &registry);

/// Registers the upstream passes the pipeline uses, and the pipeline itself
/// as `dl-cpu-pipeline` for dl-opt.
void registerDLPipelinePasses();

} // namespace mlir::dl

#endif // DL_PIPELINE_PIPELINE_H
