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
    f64 operations are left for `dl-math-to-libmvec`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def DLMathToLibmvecPass : Pass<"dl-math-to-libmvec", "ModuleOp"> {
  let summary = "Call glibc's vector math library for math ops on vectors";
  let description = [{
    Math functions without a polynomial approximation (every f64 one,
    `pow`, `atan2`, `erfc`, ...) would otherwise reach LLVM as vector
    intrinsics that it splits into one libm call per element. This pass
    unrolls them to the width of one vector register and calls glibc's
    libmvec function of that shape instead, e.g. `_ZGVeN8v_exp` for
    `math.exp` on `vector<8xf64>` with AVX-512, `_ZGVdN4v_exp` with AVX2
    (x86-64 vector function ABI). libmvec's functions are accurate to 4 ulp.
    Run after `dl-approximate-math`. With `isa=none` (targets without AVX2)
    nothing changes.

    Applications linking such code need `-lmvec` (`dl_add_model` adds it);
    the JIT loads `libmvec.so.1`.
  }];
  let options = [
    Option<"isa", "isa", "std::string", /*default=*/"\"avx512\"",
           "Vector ISA of the calls: avx512, avx2 or none">,
  ];
  let dependentDialects = [
    "::mlir::func::FuncDialect",
    "::mlir::vector::VectorDialect",
  ];
}

def DLCopyRepeatedResultsPass : Pass<"dl-copy-repeated-results", "func::FuncOp"> {
  let summary = "Give a value returned more than once a copy per extra result";
  let description = [{
    Results become out-parameters, one buffer each; a tensor returned twice
    would need to live in two buffers, which buffer-results-to-out-params
    cannot express (it crashes). Before bufferization, every repeated
    return operand after the first becomes a `bufferization.alloc_tensor`
    copying it, which bufferizes into its own out-parameter.
  }];
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
}

def DLDropArgumentResultsPass : Pass<"dl-drop-argument-results", "ModuleOp"> {
  let summary = "Drop the in-place updates of arguments from function results";
  let description = [{
    After bufferization, a result marked `dl.updates` (a training step's new
    parameter value, materialized in the parameter's buffer) is that
    argument's buffer and tells the caller nothing it does not have: the
    pass removes it. Unlike upstream's drop-equivalent-buffer-results this
    applies to public functions, which are our entry points; functions that
    are called in the module are left alone, and other results that happen
    to return an argument stay (they become copies into out-parameters).
  }];
}

def DLElideResultCopiesPass : Pass<"dl-elide-result-copies", "func::FuncOp"> {
  let summary = "Compute results in the caller's buffers instead of copying them there";
  let description = [{
    After `buffer-results-to-out-params`, a result computed by a tiled loop
    is still built in a fresh allocation and then copied into its
    out-parameter. When the out-parameter has no other use and every use of
    the allocation comes before the copy, the allocation is replaced by the
    out-parameter and the copy disappears: no allocation, no page faults,
    one pass over memory less. Runs before buffer deallocation.

    This relies on the ABI rule that output buffers do not alias inputs.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def DLExportCEntryPointsPass : Pass<"dl-export-c-entry-points", "ModuleOp"> {
  let summary = "Give every public function a status result and argument checks for the C ABI";
  let description = [{
    Runs after bufferization, before the lowering to the LLVM dialect with
    the bare-pointer calling convention, on functions whose arguments are
    statically shaped, identity-layout memrefs and which return nothing
    (results have become out-parameters). Each public function then returns
    an `i32` status: `DLRT_OK`, or `DLRT_ERROR_INVALID_ARGUMENT` without
    touching any buffer when a buffer that holds elements is passed as a
    null pointer. A function that cannot be given this C signature is an
    error naming the offending argument or result.

    Example:

    ```mlir
    func.func @f(%x: memref<4xf32>, %y: memref<4xf32>) -> i32 {
      // null checks of %x and %y, then the original body; every
      // return yields DLRT_OK
    }
    ```
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::memref::MemRefDialect",
  ];
}

def DLFuseElementwisePass : Pass<"dl-fuse-elementwise", "func::FuncOp"> {
  let summary = "Fuse chains of elementwise linalg ops on tensors";
  let description = [{
    Fuses elementwise `linalg.generic` producers into their consumers, so a
    chain such as `relu(x * a + b) * sigmoid(x)` becomes one loop nest with
    no intermediate tensors. Unlike upstream `linalg-fuse-elementwise-ops`
    it does not propagate reshapes through named ops, which would turn a
    `linalg.matmul` fed by a collapse_shape into a generic contraction that
    the matmul schedule no longer recognizes.

    A producer is fused only into its one use, except that uses by
    `bufferization.materialize_in_destination` do not count: such a value
    (a training step's new optimizer slot) becomes an extra result of the
    fused op, so the update of a parameter and of its slots is one op that
    computes each value once.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def DLLowerVectorsPass : Pass<"dl-lower-vectors", "func::FuncOp"> {
  let summary = "Lower vector contractions, transfers and reductions for the CPU";
  let description = [{
    Runs after bufferization. Contractions become outer products and then
    FMAs (the right strategy for register-blocked matmul tiles; LLVM's
    default `dot` lowering is not), transfers are unrolled to 1-D so that
    no stack temporaries reach LLVM, and multi-reductions, broadcasts,
    transposes and shape casts are lowered to what convert-vector-to-llvm
    handles.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
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
    flags of whoever compiles it. With neither option, the host's CPU and
    features; with only `cpu`, that CPU's own default features.
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"",
           "Target CPU name, e.g. sapphirerapids (default: the host's)">,
    Option<"features", "features", "std::string", /*default=*/"",
           "Comma-separated target features, e.g. +avx2,+fma (default: the "
           "host's, or the CPU's own when cpu is given)">,
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def DLTileAndVectorizePass : Pass<"dl-tile-and-vectorize", "func::FuncOp"> {
  let summary = "Tile linalg ops on tensors to register-sized tiles and vectorize them";
  let description = [{
    Shapes are static, so every tile size is chosen to divide its loop
    exactly and no partial tiles or masks are needed.

    - A rank-2 `linalg.matmul` is tiled for the caches (up to 64x256x256)
      and then for registers (up to 16 rows by 16 columns by 4 along K, the
      blocking measured best with AVX-512), vectorized into a
      `vector.contract`, and its accumulator is hoisted out of the K loop so
      it stays in registers.
    - A batched matmul (a `linalg.generic` contraction with batch
      dimensions, as `convert-dl-to-linalg` emits for `dl.matmul` of rank
      3 and more) is tiled one batch element at a time, then like a matmul.
    - An elementwise epilogue of a matmul (bias add, activation, an
      optimizer's update) is tiled into register tiles, columns outer, with
      the matmul and its zero fill fused into each tile; the epilogue and
      the fill are vectorized whole, so after canonicalization the
      accumulator starts as a zero vector and the epilogue is applied to it
      in registers before the one store.
    - Every other linalg op is tiled to one element in all loops but the
      innermost, which gets up to 64 elements, and vectorized along it.

    An elementwise op that writes into an argument marked
    `bufferization.writable` (a training step's update, once
    `eliminate-empty-tensors` has made the argument its init) reads the
    old values through its inits and is tiled with `scf.forall`, whose
    results one-shot bufferization can prove to be the argument's buffer;
    `scf-forall-to-for` makes the loops sequential after bufferization.

    An op whose vectorization fails stays a (tiled) linalg op and is lowered
    to loops later: never wrong, only slower.

    Register tiles follow `vector-bits`, the width of the target's vector
    registers (dl-cpu-pipeline derives it from the target CPU and
    features): with 512 (AVX-512, 32 registers) a tile is 16 rows by one
    register of columns, each element of the left operand feeding one FMA
    so that LLVM folds its broadcast into the FMA; with fewer bits (16
    registers) it is 4 rows by two registers, 8 accumulators.
  }];
  let options = [
    Option<"vectorBits", "vector-bits", "unsigned", /*default=*/"512",
           "Width in bits of the target's vector registers (512, 256 or 128)">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect",
  ];
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
