//===- DLToLinalg.h - Lowering dl to linalg on tensors ----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Pattern entry points of convert-dl-to-linalg, one per op family, so other
// passes (and tests of a single family) can reuse them.
//
//===----------------------------------------------------------------------===//

#ifndef DL_CONVERSION_DLTOLINALG_DLTOLINALG_H
#define DL_CONVERSION_DLTOLINALG_DLTOLINALG_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::dl {

/// Elementwise unary, binary, compare, select, cast and broadcast_to.
void populateDLElementwiseToLinalgPatterns(RewritePatternSet &patterns);
/// matmul.
void populateDLContractionToLinalgPatterns(RewritePatternSet &patterns);
/// sum, mean, reduce_max, softmax and log_softmax.
void populateDLReductionToLinalgPatterns(RewritePatternSet &patterns);
/// constant, reshape and transpose.
void populateDLShapeToLinalgPatterns(RewritePatternSet &patterns);

/// All of the above.
void populateDLToLinalgPatterns(RewritePatternSet &patterns);

} // namespace mlir::dl

#endif // DL_CONVERSION_DLTOLINALG_DLTOLINALG_H
