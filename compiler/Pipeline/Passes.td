//===- Passes.td - Passes of the CPU code-generation pipeline -------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Passes that exist only to serve buildDLToLLVMPipeline: they wrap upstream
// pattern sets or set attributes no upstream pass sets.
//
//===----------------------------------------------------------------------===//

#ifndef DL_PIPELINE_PASSES_TD
#define DL_PIPELINE_PASSES_TD

include "mlir/Pass/PassBase.td"

def DLApproximateMathPass : Pass<"dl-approximate-math", "func::FuncOp"> {
  let summary = "Replace f32 transcendental math ops by polynomial approximations";
  let description = [{
    Rewrites `math.exp`, `math.log`, `math.tanh` and the other f32 functions
    MLIR has approximations for into FMA-based polynomials, on scalars and
    on vectors. Without this, LLVM scalarizes a vector `exp` into one libm
    call per lane. Run after vectorization and before `convert-math-to-llvm`.
    f64 operations are left for `convert-math-to-libm`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def DLSetTargetPass : Pass<"dl-set-target", "ModuleOp"> {
  let summary = "Attach the target CPU and features to every function";
  let description = [{
    Sets `target_cpu` and `target_features` on every `func.func` with a body,
    which `convert-func-to-llvm` carries to the LLVM functions. Code
    generated for the baseline x86-64 runs several times slower than for the
    host's vector extensions, and an object file must not depend on the
    flags of whoever compiles it. Empty options mean the host.
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"",
           "Target CPU name, e.g. sapphirerapids (default: the host's)">,
    Option<"features", "features", "std::string", /*default=*/"",
           "Comma-separated target features, e.g. +avx2,+fma (default: the host's)">,
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def DLStripModelNamesPass : Pass<"dl-strip-model-names", "ModuleOp"> {
  let summary = "Drop the dl.* names from function arguments and results";
  let description = [{
    The model convention's names (`dl.param`, `dl.input`, `dl.output`) are
    read by the tools before code generation; LLVM IR has no place for them
    and the translation would warn about each one. Run before the lowering
    to the LLVM dialect.
  }];
}

#endif // DL_PIPELINE_PASSES_TD
