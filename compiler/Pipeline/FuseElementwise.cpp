//===- FuseElementwise.cpp - The dl-fuse-elementwise pass -----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Wraps linalg's elementwise fusion patterns without the reshape
// propagation that the upstream pass adds (see Passes.td).
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLFUSEELEMENTWISEPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {

/// Fuses the producer of one of a generic's inputs when its other uses
/// are bufferization.materialize_in_destination ops: a training step's new
/// optimizer slot, which the new parameter reads. Upstream's pattern would
/// duplicate such a producer in the consumer (it keeps the producer for
/// its other uses); here the value becomes an extra result of the fused op
/// and the materializations use that, so the update of a parameter and of
/// its slots is one loop computing each value once. Both ops must iterate
/// over the same space: the consumer reads the value through a
/// permutation.
struct FuseMaterializedProducer : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp consumer,
                                PatternRewriter &rewriter) const override {
    for (OpOperand *operand : consumer.getDpsInputOperands()) {
      auto producer = operand->get().getDefiningOp<linalg::GenericOp>();
      if (!producer || producer->hasOneUse() ||
          !consumer.getMatchingIndexingMap(operand).isPermutation() ||
          !linalg::areElementwiseOpsFusable(operand))
        continue;
      if (!llvm::all_of(producer->getUses(), [&](OpOperand &use) {
            return &use == operand ||
                   isa<bufferization::MaterializeInDestinationOp>(
                       use.getOwner());
          }))
        continue;
      FailureOr<linalg::ElementwiseOpFusionResult> fused =
          linalg::fuseElementwiseOps(rewriter, operand);
      if (failed(fused))
        return failure();
      for (auto [original, replacement] : fused->replacements)
        rewriter.replaceAllUsesWith(original, replacement);
      rewriter.eraseOp(consumer);
      rewriter.eraseOp(producer);
      return success();
    }
    return failure();
  }
};

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
    patterns.add<FuseMaterializedProducer>(context);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::EmptyOp::getCanonicalizationPatterns(patterns, context);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
