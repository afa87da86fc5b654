//===- Utils.cpp - Helpers shared by the dl-to-linalg patterns ------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Broadcasting is expressed in indexing maps rather than materialized, so a
// bias add reads the bias vector in place and elementwise fusion sees every
// operand directly.
//
//===----------------------------------------------------------------------===//

#include "compiler/Conversion/DLToLinalg/Utils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"

using namespace mlir;
using namespace mlir::dl;

AffineMap mlir::dl::getBroadcastIndexingMap(ArrayRef<int64_t> operandShape,
                                            ArrayRef<int64_t> resultShape,
                                            MLIRContext *context) {
  unsigned offset = resultShape.size() - operandShape.size();
  SmallVector<AffineExpr> exprs;
  for (auto [i, size] : llvm::enumerate(operandShape)) {
    unsigned resultDim = offset + i;
    exprs.push_back(size == 1 && resultShape[resultDim] != 1
                        ? getAffineConstantExpr(0, context)
                        : getAffineDimExpr(resultDim, context));
  }
  return AffineMap::get(resultShape.size(), 0, exprs, context);
}

Value mlir::dl::buildParallelGeneric(OpBuilder &builder, Location loc,
                                     RankedTensorType resultType,
                                     ValueRange operands,
                                     ArrayRef<AffineMap> maps,
                                     ScalarBodyFn body) {
  Value init = tensor::EmptyOp::create(builder, loc, resultType.getShape(),
                                       resultType.getElementType());
  SmallVector<AffineMap> indexingMaps(maps);
  indexingMaps.push_back(builder.getMultiDimIdentityMap(resultType.getRank()));
  SmallVector<utils::IteratorType> iterators(resultType.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      builder, loc, resultType, operands, init, indexingMaps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value result = body(nested, nestedLoc, args.drop_back());
        linalg::YieldOp::create(nested, nestedLoc, result);
      });
  return generic.getResult(0);
}

Value mlir::dl::buildBroadcastingGeneric(OpBuilder &builder, Location loc,
                                         RankedTensorType resultType,
                                         ValueRange operands,
                                         ScalarBodyFn body) {
  SmallVector<AffineMap> maps = llvm::map_to_vector(operands, [&](Value v) {
    return getBroadcastIndexingMap(cast<RankedTensorType>(v.getType()).getShape(),
                                   resultType.getShape(), builder.getContext());
  });
  return buildParallelGeneric(builder, loc, resultType, operands, maps, body);
}

Value mlir::dl::createScalarConstant(OpBuilder &builder, Location loc,
                                     Type type, double value) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(builder, loc,
                                     builder.getFloatAttr(floatType, value));
  return arith::ConstantOp::create(
      builder, loc, builder.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Value mlir::dl::reshapeTensor(OpBuilder &builder, Location loc, Value value,
                              RankedTensorType targetType) {
  auto sourceType = cast<RankedTensorType>(value.getType());
  if (sourceType == targetType)
    return value;
  // With no elements there is nothing to carry over, and the reassociation
  // utilities reject zero-size dimensions.
  if (sourceType.getNumElements() == 0)
    return tensor::EmptyOp::create(builder, loc, targetType.getShape(),
                                   targetType.getElementType());
  if (sourceType.getRank() > targetType.getRank()) {
    if (auto reassociation =
            getReassociationIndicesForReshape(sourceType, targetType))
      return tensor::CollapseShapeOp::create(builder, loc, targetType, value,
                                             *reassociation);
  } else if (sourceType.getRank() < targetType.getRank()) {
    if (auto reassociation =
            getReassociationIndicesForReshape(targetType, sourceType))
      return tensor::ExpandShapeOp::create(builder, loc, targetType, value,
                                           *reassociation);
  }
  // No single collapse or expand relates the shapes (2x3 -> 3x2, say): go
  // through the flat vector, which is still two views after bufferization.
  auto flatType = RankedTensorType::get({sourceType.getNumElements()},
                                        sourceType.getElementType());
  Value flat = reshapeTensor(builder, loc, value, flatType);
  return reshapeTensor(builder, loc, flat, targetType);
}
