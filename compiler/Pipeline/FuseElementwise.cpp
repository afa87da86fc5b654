//===- FuseElementwise.cpp - The dl-fuse-elementwise pass -----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Wraps linalg's elementwise fusion patterns without the reshape
// propagation that the upstream pass adds (see Passes.td).
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLFUSEELEMENTWISEPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
struct DLFuseElementwisePass
    : dl::impl::DLFuseElementwisePassBase<DLFuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    // Fuse only a producer whose every use is the consumer being fused:
    // otherwise the producer's work would be duplicated in each consumer.
    linalg::populateElementwiseOpsFusionPatterns(
        patterns, [](OpOperand *operand) {
          Operation *producer = operand->get().getDefiningOp();
          return producer && producer->hasOneUse();
        });
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::EmptyOp::getCanonicalizationPatterns(patterns, context);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
