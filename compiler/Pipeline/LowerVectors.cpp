//===- LowerVectors.cpp - The dl-lower-vectors pass -----------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The pattern list mirrors the vector lowering measured in
// shared/research/codegen-recipes.md (the `@lower` sequence): contraction to
// outer product to FMA, and 1-D fully unrolled transfers, without which
// convert-vector-to-scf leaves allocas inside loop nests.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLLOWERVECTORSPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
struct DLLowerVectorsPass
    : dl::impl::DLLowerVectorsPassBase<DLLowerVectorsPass> {
  void runOnOperation() override {
    // Phases run one after another: mixed in one greedy application, the
    // transfer unrolling and the shape_cast lowering undo each other's
    // output forever (seen with MLIR 22 on unit-dim vectors).
    auto run = [&](function_ref<void(RewritePatternSet &)> populate) {
      RewritePatternSet patterns(&getContext());
      populate(patterns);
      return applyPatternsGreedily(getOperation(), std::move(patterns));
    };
    auto phases = {
        +[](RewritePatternSet &patterns) {
          // 0-d transfers become plain loads and stores first: the
          // unrolling below does not handle them.
          vector::populateScalarVectorTransferLoweringPatterns(
              patterns, /*benefit=*/1, /*allowMultipleUses=*/true);
          vector::populateVectorContractLoweringPatterns(
              patterns, vector::VectorContractLowering::OuterProduct);
          vector::populateVectorTransferPermutationMapLoweringPatterns(patterns);
          vector::populateVectorMultiReductionLoweringPatterns(
              patterns, vector::VectorMultiReductionLowering::InnerReduction);
          vector::populateVectorTransposeLoweringPatterns(
              patterns, vector::VectorTransposeLowering::EltWise);
          vector::populateVectorMaskOpLoweringPatterns(patterns);
        },
        +[](RewritePatternSet &patterns) {
          vector::populateVectorOuterProductLoweringPatterns(patterns);
          vector::populateVectorBroadcastLoweringPatterns(patterns);
        },
        +[](RewritePatternSet &patterns) {
          populateVectorToSCFConversionPatterns(
              patterns,
              VectorTransferToSCFOptions().setTargetRank(1).enableFullUnroll());
          vector::populateVectorTransferLoweringPatterns(patterns,
                                                         /*maxTransferRank=*/1);
        },
        +[](RewritePatternSet &patterns) {
          vector::populateVectorShapeCastLoweringPatterns(patterns);
        },
    };
    for (auto populate : phases)
      if (failed(run(populate)))
        return signalPassFailure();
  }
};
} // namespace
