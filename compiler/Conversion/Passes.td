//===- Passes.td - Conversions out of the dl dialect ----------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Every pass that lowers dl ops to other dialects. Passes that rewrite dl to
// dl live in dialects/DL/Transforms/Passes.td.
//
//===----------------------------------------------------------------------===//

#ifndef DL_CONVERSION_PASSES_TD
#define DL_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// DLToLinalg
//===----------------------------------------------------------------------===//

def ConvertDLToLinalgPass : Pass<"convert-dl-to-linalg", "func::FuncOp"> {
  let summary = "Lower dl ops to linalg, tensor, arith and math on tensors";
  let description = [{
    Rewrites every dl op in a function into ops on tensors:

    - `dl.matmul` with rank-2 operands becomes `linalg.matmul` (with
      indexing maps for the transpose flags); a batched lhs times a rank-2
      rhs is collapsed into one `linalg.matmul`; other batched products
      become a `linalg.generic` contraction whose indexing maps broadcast
      the batch dimensions.
    - Elementwise ops become one `linalg.generic` each, with indexing maps
      that implement numpy broadcasting, so no broadcast is materialized and
      `linalg-fuse-elementwise-ops` can fuse chains of them.
    - `dl.sum`, `dl.mean` and `dl.reduce_max` become `linalg.reduce` (plus an
      expand_shape for `keep_dims`); `dl.softmax` and `dl.log_softmax` become
      the numerically stable sequence: maximum, `exp(x - max)`, sum, then a
      division or `(x - max) - log(sum)`.
    - `dl.transpose` becomes `linalg.transpose`, `dl.broadcast_to`
      `linalg.broadcast` (or a `linalg.generic` when size-1 dimensions
      expand), `dl.reshape` `tensor.collapse_shape`/`expand_shape`, and
      `dl.constant` `arith.constant`.

    A dl op that cannot be lowered is reported with its location and the
    pass fails.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

#endif // DL_CONVERSION_PASSES_TD
