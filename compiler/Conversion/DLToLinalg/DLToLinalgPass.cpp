//===- DLToLinalgPass.cpp - The convert-dl-to-linalg pass -----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Drives the per-family patterns as a partial conversion in which every dl
// op is illegal, so an op without a lowering is reported at its location
// instead of surviving into later stages.
//
//===----------------------------------------------------------------------===//

#include "compiler/Conversion/Passes.h"
#include "dialects/DL/IR/DLOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::dl {
#define GEN_PASS_DEF_CONVERTDLTOLINALGPASS
#include "compiler/Conversion/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;
using namespace mlir::dl;

void mlir::dl::populateDLToLinalgPatterns(RewritePatternSet &patterns) {
  populateDLContractionToLinalgPatterns(patterns);
  populateDLElementwiseToLinalgPatterns(patterns);
  populateDLReductionToLinalgPatterns(patterns);
  populateDLShapeToLinalgPatterns(patterns);
}

namespace {
struct ConvertDLToLinalgPass
    : mlir::dl::impl::ConvertDLToLinalgPassBase<ConvertDLToLinalgPass> {
  void runOnOperation() override {
    ConversionTarget target(getContext());
    target.addIllegalDialect<DLDialect>();
    target.addLegalDialect<arith::ArithDialect, linalg::LinalgDialect,
                           math::MathDialect, tensor::TensorDialect>();
    RewritePatternSet patterns(&getContext());
    populateDLToLinalgPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
