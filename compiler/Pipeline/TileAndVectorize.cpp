//===- TileAndVectorize.cpp - The dl-tile-and-vectorize pass --------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Tile sizes follow shared/research/codegen-recipes.md (section 2): a
// 64x256x256 cache tile for matmul, then a register tile sized for the
// target's vector registers. With AVX-512 it is 16 rows by one register of
// columns by 4 along K: 16 zmm accumulators and one row of B, and each
// element of A feeds one FMA, so LLVM folds its broadcast into the FMA
// ({1to16}): one instruction per FMA, which measured 1-3% faster than 8x32
// (two FMAs per separate broadcast). Because dl shapes are static, each size
// is rounded down to a divisor of its loop, which keeps every tile full and
// every vector static.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLTILEANDVECTORIZEPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {

/// Returns the largest divisor of `size` that is at most `limit`, preferring
/// multiples of `multiple` (a vector register's lane count) when one exists.
int64_t pickTileSize(int64_t size, int64_t limit, int64_t multiple = 1) {
  int64_t best = 1, bestAligned = 0;
  for (int64_t t = 1; t <= std::min(size, limit); ++t) {
    if (size % t)
      continue;
    best = t;
    if (t % multiple == 0)
      bestAligned = t;
  }
  return bestAligned ? bestAligned : best;
}

/// Returns true if `op` is elementwise and writes into a writable function
/// argument, as a training step's update does after empty-tensor
/// elimination.
///
/// Such an op is tiled with scf.forall rather than scf.for. Its result is
/// materialized in the argument (bufferization.materialize_in_destination),
/// which one-shot bufferization must do in place; before deciding anything
/// it checks that this is possible, following the value back to the
/// argument through ops whose result is known to share the operand's
/// buffer. An scf.for result is that only once the analysis has shown its
/// yields to be in place, so the check fails on it ("cannot avoid RaW
/// conflict"); an scf.forall's shared_outs are that by construction. Its
/// iterations are independent, which holds only without reduction loops.
/// dl-cpu-pipeline turns the loops back into scf.for after bufferization.
bool updatesArgument(linalg::LinalgOp op) {
  if (op.getNumParallelLoops() != op.getNumLoops())
    return false;
  return llvm::any_of(op.getDpsInits(), [](Value init) {
    while (auto slice = init.getDefiningOp<tensor::ExtractSliceOp>())
      init = slice.getSource();
    auto argument = dyn_cast<BlockArgument>(init);
    auto function =
        argument ? dyn_cast<func::FuncOp>(argument.getOwner()->getParentOp())
                 : func::FuncOp();
    if (!function)
      return false;
    auto writable = function.getArgAttrOfType<BoolAttr>(
        argument.getArgNumber(),
        bufferization::BufferizationDialect::kWritableAttrName);
    return writable && writable.getValue();
  });
}

/// Tiles `op` with scf.for loops (scf.forall if it updates an argument);
/// returns the tiled op, or null.
linalg::LinalgOp tile(RewriterBase &rewriter, linalg::LinalgOp op,
                      ArrayRef<int64_t> sizes) {
  if (llvm::all_of(llvm::zip(sizes, op.getStaticLoopRanges()), [](auto pair) {
        return std::get<0>(pair) == 0 || std::get<0>(pair) == std::get<1>(pair);
      }))
    return op; // Nothing to tile: one tile covers the op.
  scf::SCFTilingOptions options;
  options.setTileSizes(getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  if (updatesArgument(op))
    options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> tiled =
      scf::tileUsingSCF(rewriter, cast<TilingInterface>(op.getOperation()), options);
  if (failed(tiled) || tiled->tiledOps.size() != 1)
    return nullptr;
  rewriter.replaceOp(op, tiled->replacements);
  return dyn_cast<linalg::LinalgOp>(tiled->tiledOps.front());
}

/// The register tile of a matmul: at most `rows` by `columns` (a multiple
/// of `lanes`, the elements of one vector register) by `k`.
struct RegisterTile {
  int64_t rows, columns, k, lanes;
};

/// The register tile for elements of `elementType` in vector registers of
/// `vectorBits`. AVX-512 has 32 registers: 16 accumulators of one register
/// each plus a row of B, the broadcasts folded into the FMAs. AVX2 and SSE
/// have 16 and no broadcast operands: 4x2 accumulators, two registers of B
/// and a broadcast leave room to spare (16 rows would spill).
RegisterTile registerTile(unsigned vectorBits, Type elementType) {
  unsigned elementBits =
      elementType.isIntOrFloat() ? elementType.getIntOrFloatBitWidth() : 32;
  int64_t lanes = std::max<int64_t>(1, vectorBits / std::max(elementBits, 8u));
  if (vectorBits >= 512)
    return {16, lanes, 4, lanes};
  return {4, 2 * lanes, 4, lanes};
}

/// The element type of `op`'s (first) result.
Type resultElementType(linalg::LinalgOp op) {
  return getElementTypeOrSelf(op.getDpsInits()[0].getType());
}

/// Sizes for matmul's (m, n, k) loops at the cache and register levels.
SmallVector<SmallVector<int64_t>> matmulTileSizes(ArrayRef<int64_t> ranges,
                                                  const RegisterTile &tile) {
  int64_t m = ranges[0], n = ranges[1], k = ranges[2];
  int64_t mc = pickTileSize(m, 64), nc = pickTileSize(n, 256, tile.lanes),
          kc = pickTileSize(k, 256);
  return {{mc, nc, kc},
          {pickTileSize(mc, tile.rows),
           pickTileSize(nc, tile.columns, tile.lanes),
           pickTileSize(kc, tile.k)}};
}

/// For a batched matmul (a contraction with batch dimensions and one m, n
/// and k dimension each, whose body multiplies and adds, as convert-dl-to-
/// linalg emits for dl.matmul of rank > 2), the sizes of all its loops at the
/// cache and register levels: one batch element at a time, and the matmul's
/// own sizes for m, n and k. Empty for anything else.
SmallVector<SmallVector<int64_t>>
batchedMatmulTileSizes(linalg::LinalgOp op, const RegisterTile &tile) {
  if (!isa<linalg::GenericOp>(op.getOperation()) ||
      !linalg::isaContractionOpInterface(op))
    return {};
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->batch.empty() || dims->m.size() != 1 ||
      dims->n.size() != 1 || dims->k.size() != 1)
    return {};
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  SmallVector<SmallVector<int64_t>> levels;
  for (ArrayRef<int64_t> sizes : matmulTileSizes(
           {ranges[dims->m[0]], ranges[dims->n[0]], ranges[dims->k[0]]}, tile)) {
    SmallVector<int64_t> level(ranges.size(), 1);
    level[dims->m[0]] = sizes[0];
    level[dims->n[0]] = sizes[1];
    level[dims->k[0]] = sizes[2];
    levels.push_back(level);
  }
  return levels;
}

/// Sizes that keep one element of every loop but the innermost.
SmallVector<int64_t> innermostTileSizes(ArrayRef<int64_t> ranges) {
  SmallVector<int64_t> sizes(ranges.size(), 1);
  if (!sizes.empty())
    sizes.back() = pickTileSize(ranges.back(), 64, 16);
  return sizes;
}

/// Returns the rank-2 matmul whose result `op` reads element for element,
/// when `op` is an all-parallel rank-2 generic (a bias add, an activation)
/// and the matmul has no other use: the epilogue can then run on each
/// matmul tile while it is still in cache.
linalg::MatmulOp findEpilogueProducer(linalg::GenericOp op) {
  if (op.getNumLoops() != 2 || op.getNumReductionLoops() != 0 ||
      !op.hasPureTensorSemantics() || op.hasDynamicShape())
    return nullptr;
  for (OpOperand *operand : op.getDpsInputOperands()) {
    auto matmul = operand->get().getDefiningOp<linalg::MatmulOp>();
    if (matmul && matmul->hasOneUse() && matmul.hasPureTensorSemantics() &&
        op.getMatchingIndexingMap(operand).isIdentity())
      return matmul;
  }
  return nullptr;
}

/// Tiles an epilogue into matmul register tiles and fuses its matmul, and
/// the matmul's zero fill, into each tile. Adds the tiled epilogue and fill
/// to `wholeTiles`: they are vectorized as they are, so that after
/// canonicalization the accumulator starts as a zero vector, runs through
/// the K loop in registers, gets the epilogue applied there and is stored
/// once. That beat 64x128 cache tiles (shared/research/codegen-recipes.md,
/// section 2b), whose matmul wrote the product to a scratch tile that the
/// epilogue then read back, by about 3% on the 64x784x512 dense layer.
/// Columns are the outer loop: the K x 16 panel of the right operand is
/// then read for all row tiles in turn while it is in L2.
void fuseEpilogue(RewriterBase &rewriter, linalg::GenericOp epilogue,
                  unsigned vectorBits,
                  llvm::SmallPtrSetImpl<Operation *> &wholeTiles) {
  linalg::MatmulOp matmulOp = findEpilogueProducer(epilogue);
  RegisterTile tile = registerTile(vectorBits, resultElementType(matmulOp));
  SmallVector<int64_t> ranges = epilogue.getStaticLoopRanges();
  SmallVector<int64_t> sizes = {
      pickTileSize(ranges[0], tile.rows),
      pickTileSize(ranges[1], tile.columns, tile.lanes)};
  if (sizes[0] == ranges[0] && sizes[1] == ranges[1])
    return; // One tile: nothing to fuse into.
  scf::SCFTileAndFuseOptions options;
  options.tilingOptions.setTileSizes(
      getAsIndexOpFoldResult(rewriter.getContext(), sizes));
  options.tilingOptions.setInterchange({1, 0});
  // Only the matmul and its zero fill: fusing further producers would
  // recompute them per tile (a training step would redo the forward matmul
  // inside a gradient's tiles), and would read parameters after their
  // in-place update, which bufferization rightly refuses.
  Operation *matmul = matmulOp.getOperation();
  Operation *fill = matmulOp.getDpsInits()[0].getDefiningOp();
  options.setFusionControlFn(
      [matmul, fill](tensor::ExtractSliceOp, OpResult producer, bool)
          -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
        Operation *op = producer.getOwner();
        if (op == matmul || (fill && op == fill))
          return scf::SCFTileAndFuseOptions::ControlFnResult{};
        return std::nullopt;
      });
  if (updatesArgument(epilogue))
    options.tilingOptions.setLoopType(
        scf::SCFTilingOptions::LoopType::ForallOp);
  rewriter.setInsertionPoint(epilogue);
  FailureOr<scf::SCFTileAndFuseResult> fused =
      scf::tileConsumerAndFuseProducersUsingSCF(
          rewriter, cast<TilingInterface>(epilogue.getOperation()), options);
  if (failed(fused))
    return;
  for (auto [original, replacement] : fused->replacements)
    rewriter.replaceAllUsesWith(original, replacement);
  wholeTiles.insert(fused->tiledAndFusedOps.begin(),
                    fused->tiledAndFusedOps.end());
  // The untiled ops are dead now; erase them before anything tiles them.
  SmallVector<Operation *> dead = {epilogue};
  for (Operation *producer : fused->fusedProducers)
    dead.push_back(producer);
  for (Operation *op : dead)
    if (op->use_empty())
      rewriter.eraseOp(op);
}

/// LLVM packs a vector<N x i1> into N bits in memory while a memref of i1
/// holds one byte per element, so vector loads and stores of boolean
/// tensors would read and write the wrong bytes. Ops on masks stay scalar.
bool touchesBooleanTensors(linalg::LinalgOp op) {
  return llvm::any_of(op->getOperandTypes(), [](Type type) {
    auto shaped = dyn_cast<ShapedType>(type);
    return shaped && shaped.getElementType().isInteger(1);
  });
}

/// An elementwise op that updates a tensor in place (a training step's
/// parameter after empty-tensor elimination) reads it both as an input and
/// as its init. Tiled, the input's slices would come from the tensor before
/// the loop while the loop writes its buffer, which bufferization must
/// assume conflicts; reading the old value through the init's block
/// argument instead makes every tile read and write the same slice.
void readInputsThroughInits(IRRewriter &rewriter, linalg::GenericOp op) {
  if (!op.hasPureTensorSemantics() ||
      op.getNumParallelLoops() != op.getNumLoops())
    return;
  SmallVector<Value> inputs;
  SmallVector<AffineMap> inputMaps;
  SmallVector<std::pair<unsigned, unsigned>> redirected; // input -> init
  for (OpOperand *input : op.getDpsInputOperands()) {
    std::optional<unsigned> init;
    for (OpOperand &candidate : op.getDpsInitsMutable())
      if (candidate.get() == input->get() &&
          op.getMatchingIndexingMap(&candidate) ==
              op.getMatchingIndexingMap(input))
        init = candidate.getOperandNumber() - op.getNumDpsInputs();
    if (init) {
      redirected.push_back({input->getOperandNumber(), *init});
      continue;
    }
    inputs.push_back(input->get());
    inputMaps.push_back(op.getMatchingIndexingMap(input));
  }
  if (redirected.empty())
    return;
  Block &body = op.getRegion().front();
  for (auto [input, init] : redirected)
    body.getArgument(input).replaceAllUsesWith(
        body.getArgument(op.getNumDpsInputs() + init));
  SmallVector<AffineMap> maps = inputMaps;
  for (OpOperand &init : op.getDpsInitsMutable())
    maps.push_back(op.getMatchingIndexingMap(&init));
  rewriter.setInsertionPoint(op);
  auto replacement = linalg::GenericOp::create(
      rewriter, op.getLoc(), op.getResultTypes(), inputs, op.getDpsInits(),
      maps, op.getIteratorTypesArray());
  rewriter.inlineRegionBefore(op.getRegion(), replacement.getRegion(),
                              replacement.getRegion().begin());
  Block &moved = replacement.getRegion().front();
  for (auto [input, init] : llvm::reverse(redirected))
    moved.eraseArgument(input);
  rewriter.replaceOp(op, replacement.getResults());
}

struct DLTileAndVectorizePass
    : dl::impl::DLTileAndVectorizePassBase<DLTileAndVectorizePass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp function = getOperation();
    MLIRContext *context = &getContext();
    IRRewriter rewriter(context);

    SmallVector<linalg::GenericOp> generics;
    function.walk([&](linalg::GenericOp op) { generics.push_back(op); });
    for (linalg::GenericOp op : generics)
      readInputsThroughInits(rewriter, op);

    SmallVector<linalg::GenericOp> epilogues;
    function.walk([&](linalg::GenericOp op) {
      if (findEpilogueProducer(op) && !touchesBooleanTensors(op))
        epilogues.push_back(op);
    });
    llvm::SmallPtrSet<Operation *, 8> wholeTiles;
    for (linalg::GenericOp epilogue : epilogues)
      fuseEpilogue(rewriter, epilogue, vectorBits, wholeTiles);

    SmallVector<linalg::LinalgOp> candidates;
    function.walk([&](linalg::LinalgOp op) {
      if (op.hasPureTensorSemantics() && !op.hasDynamicShape() &&
          op.getNumLoops() > 0 && !touchesBooleanTensors(op))
        candidates.push_back(op);
    });

    for (linalg::LinalgOp op : candidates) {
      SmallVector<int64_t> ranges = op.getStaticLoopRanges();
      linalg::LinalgOp tiled = op;
      if (wholeTiles.contains(op) && !isa<linalg::MatmulOp>(op.getOperation())) {
        // Already one register tile.
      } else if (isa<linalg::MatmulOp>(op.getOperation()) && ranges.size() == 3) {
        RegisterTile registers = registerTile(vectorBits, resultElementType(op));
        for (ArrayRef<int64_t> sizes : matmulTileSizes(ranges, registers))
          if (tiled)
            tiled = tile(rewriter, tiled, sizes);
      } else if (SmallVector<SmallVector<int64_t>> levels =
                     batchedMatmulTileSizes(
                         op, registerTile(vectorBits, resultElementType(op)));
                 !levels.empty()) {
        for (ArrayRef<int64_t> sizes : levels)
          if (tiled)
            tiled = tile(rewriter, tiled, sizes);
      } else {
        tiled = tile(rewriter, op, innermostTileSizes(ranges));
      }
      if (!tiled)
        continue; // Left untiled; lowered to loops later.
      rewriter.setInsertionPoint(tiled);
      FailureOr<linalg::VectorizationResult> vectorized =
          linalg::vectorize(rewriter, tiled);
      if (succeeded(vectorized))
        rewriter.replaceOp(tiled, vectorized->replacements);
    }

    RewritePatternSet patterns(context);
    vector::populateVectorReductionToContractPatterns(patterns);
    vector::populateVectorTransferPermutationMapLoweringPatterns(patterns);
    // An elementwise op on broadcast scalars (Adam's bias corrections, from
    // the step count) runs once on the scalars instead of once per element.
    vector::populateSinkVectorOpsPatterns(patterns);
    for (Dialect *dialect : context->getLoadedDialects())
      dialect->getCanonicalizationPatterns(patterns);
    for (RegisteredOperationName op : context->getRegisteredOperations())
      op.getCanonicalizationPatterns(patterns, context);
    if (failed(applyPatternsGreedily(function, std::move(patterns))))
      return signalPassFailure();

    // Keep accumulators in registers across reduction loops: hoist the
    // loop-invariant extract/insert pairs, innermost loops first.
    SmallVector<scf::ForOp> loops;
    function.walk([&](scf::ForOp loop) { loops.push_back(loop); });
    for (scf::ForOp loop : loops)
      (void)hoistLoopInvariantSubsets(rewriter, loop);
  }
};

} // namespace
