//===- Pipeline.cpp - The CPU code-generation pipeline --------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The order of the lowering tail comes from what was measured to work with
// MLIR 22 on this machine (shared/research/codegen-recipes.md, section 1):
// expand-strided-metadata before lower-affine, convert-ub-to-llvm for the
// vectorizer's poison padding, reconcile-unrealized-casts last. Stages are
// written as textual pipelines so they read like the recipes and like what a
// developer types into dl-opt.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Pipeline.h"

#include "compiler/Conversion/Passes.h"
#include "compiler/Pipeline/Passes.h"
#include "compiler/Pipeline/Target.h"
#include "dialects/DL/Transforms/Passes.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Linalg/Transforms/TilingInterfaceImpl.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/AllocationOpInterfaceImpl.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Tensor/Transforms/SubsetInsertionOpInterfaceImpl.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Vector/Transforms/SubsetOpInterfaceImpl.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/ErrorHandling.h"

#include <mutex>

using namespace mlir;
using namespace mlir::dl;

std::optional<Phase> mlir::dl::parsePhase(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<Phase>>(name)
      .Case("dl", Phase::DL)
      .Case("linalg", Phase::Linalg)
      .Case("vector", Phase::Vector)
      .Case("bufferized", Phase::Bufferized)
      .Case("llvm", Phase::LLVM)
      .Default(std::nullopt);
}

llvm::StringRef mlir::dl::stringifyPhase(Phase phase) {
  switch (phase) {
  case Phase::DL:
    return "dl";
  case Phase::Linalg:
    return "linalg";
  case Phase::Vector:
    return "vector";
  case Phase::Bufferized:
    return "bufferized";
  case Phase::LLVM:
    return "llvm";
  }
  llvm_unreachable("covered switch");
}

/// The text of each stage; see the file comment for the tail's order.
static std::string stagePipeline(Phase phase, const PipelineOptions &options) {
  auto target = [&] { return resolveTarget(options.cpu, options.features); };
  switch (phase) {
  case Phase::DL:
    return "func.func(dl-expand-losses),canonicalize,cse";
  case Phase::Linalg:
    return "func.func(convert-dl-to-linalg),canonicalize,"
           "func.func(dl-fuse-elementwise),canonicalize,cse";
  case Phase::Vector:
    // Empty-tensor elimination first: a training step's updates then write
    // into the (writable) arguments they are materialized in, and
    // dl-tile-and-vectorize tiles them so that they stay in place.
    // Register tiles are sized for the target's vector registers.
    return "eliminate-empty-tensors,func.func(dl-tile-and-vectorize{"
           "vector-bits=" +
           std::to_string(vectorRegisterBits(target())) +
           "}),canonicalize,cse";
  case Phase::Bufferized:
    // Identity layouts keep the C ABI a plain row-major pointer per tensor;
    // results become out-parameters written in place (hoist-static-allocs),
    // so callers own every buffer and no result is copied.
    // A training step's new parameters and optimizer state are computed
    // in their (writable) arguments' buffers, by the scf.forall loops that
    // dl-tile-and-vectorize gives them; those become scf.for loops here,
    // and cse lets canonicalize fold each tile's copy onto itself. The
    // results, equivalent to the arguments, are dropped.
    return "func.func(dl-copy-repeated-results),"
           "one-shot-bufferize{bufferize-function-boundaries "
           "function-boundary-type-conversion=identity-layout-map},"
           "scf-forall-to-for,cse,dl-drop-argument-results,canonicalize,"
           "buffer-results-to-out-params{modify-public-functions "
           "hoist-static-allocs},"
           "canonicalize,func.func(dl-elide-result-copies),cse,"
           "buffer-deallocation-pipeline,canonicalize";
  case Phase::LLVM:
    // Names go first: an entry point's status result has none.
    return std::string("dl-strip-model-names,") +
           (options.cEntryPoints ? "dl-export-c-entry-points," : "") +
           "dl-set-target{cpu=" + options.cpu +
           " features=" + options.features +
           "},func.func(dl-lower-vectors),func.func(convert-linalg-to-loops),"
           "func.func(dl-approximate-math),dl-math-to-libmvec{isa=" +
           libmvecIsa(target()) + "},"
           "convert-vector-to-scf,expand-strided-metadata,"
           "lower-affine,convert-scf-to-cf,convert-vector-to-llvm,"
           "finalize-memref-to-llvm,convert-math-to-llvm,convert-arith-to-llvm,"
           "convert-func-to-llvm{use-bare-ptr-memref-call-conv=" +
           (options.cEntryPoints ? "1" : "0") +
           "},convert-cf-to-llvm,convert-index-to-llvm,"
           "convert-ub-to-llvm,reconcile-unrealized-casts,canonicalize,cse";
  }
  llvm_unreachable("covered switch");
}

static void registerPassesOnce();

void mlir::dl::buildDLToLLVMPipeline(OpPassManager &pm,
                                     const PipelineOptions &options) {
  // The stages are parsed from text, which resolves passes by name.
  registerPassesOnce();
  for (Phase phase : {Phase::DL, Phase::Linalg, Phase::Vector,
                      Phase::Bufferized, Phase::LLVM}) {
    if (failed(parsePassPipeline(stagePipeline(phase, options), pm)))
      llvm::report_fatal_error("dlc: internal error: the " +
                               stringifyPhase(phase) +
                               " stage's pass pipeline does not parse");
    if (phase == options.stopAfter)
      return;
  }
}

void mlir::dl::registerDLPipelineDialects(DialectRegistry &registry) {
  registry.insert<affine::AffineDialect, arith::ArithDialect,
                  bufferization::BufferizationDialect, cf::ControlFlowDialect,
                  func::FuncDialect, index::IndexDialect, LLVM::LLVMDialect,
                  linalg::LinalgDialect, math::MathDialect,
                  memref::MemRefDialect, scf::SCFDialect,
                  tensor::TensorDialect, ub::UBDialect,
                  vector::VectorDialect>();
  arith::registerBufferizableOpInterfaceExternalModels(registry);
  bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  linalg::registerBufferizableOpInterfaceExternalModels(registry);
  // buffer-results-to-out-params hoists only allocations it knows.
  memref::registerAllocationOpInterfaceExternalModels(registry);
  linalg::registerTilingInterfaceExternalModels(registry);
  scf::registerBufferizableOpInterfaceExternalModels(registry);
  tensor::registerBufferizableOpInterfaceExternalModels(registry);
  vector::registerBufferizableOpInterfaceExternalModels(registry);
  // Subset models let dl-tile-and-vectorize hoist accumulators out of loops.
  tensor::registerSubsetOpInterfaceExternalModels(registry);
  vector::registerSubsetOpInterfaceExternalModels(registry);
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
}

namespace {
/// dl-opt's spelling of PipelineOptions.
struct PipelineCLOptions : PassPipelineOptions<PipelineCLOptions> {
  Option<std::string> stopAfter{
      *this, "stop-after",
      llvm::cl::desc("Last stage: dl, linalg, vector, bufferized or llvm"),
      llvm::cl::init("llvm")};
  Option<std::string> cpu{*this, "cpu",
                          llvm::cl::desc("Target CPU (default: host)")};
  Option<std::string> features{
      *this, "features", llvm::cl::desc("Target features (default: host)")};
  Option<bool> cEntryPoints{
      *this, "c-entry-points",
      llvm::cl::desc("Export public functions with the C ABI of dlc --aot"),
      llvm::cl::init(false)};
};
} // namespace

static void registerPassesAndPipeline();

/// Pass registration is global and rejects duplicates, while both dl-opt's
/// main() and every buildDLToLLVMPipeline call need it.
static void registerPassesOnce() {
  static std::once_flag once;
  std::call_once(once, registerPassesAndPipeline);
}

void mlir::dl::registerDLPipelinePasses() { registerPassesOnce(); }

static void registerPassesAndPipeline() {
  registerDLTransformsPasses();
  registerConversionPasses();
  registerTransformsPasses();
  bufferization::registerBufferizationPasses();
  bufferization::registerBufferizationPipelines();
  memref::registerMemRefPasses();
  registerLinalgPasses();
  registerSCFPasses();
  registerDLConversionPasses();
  registerDLPipelinePassesPasses();

  PassPipelineRegistration<PipelineCLOptions>(
      "dl-cpu-pipeline",
      "Compile dl to the LLVM dialect for the CPU, as dlc does",
      [](OpPassManager &pm, const PipelineCLOptions &cl) {
        PipelineOptions options;
        options.cpu = cl.cpu;
        options.features = cl.features;
        options.cEntryPoints = cl.cEntryPoints;
        // An unknown stage name falls back to the whole pipeline; dlc
        // validates names before it gets here.
        options.stopAfter = parsePhase(cl.stopAfter).value_or(Phase::LLVM);
        buildDLToLLVMPipeline(pm, options);
      });
}
