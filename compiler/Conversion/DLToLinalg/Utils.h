//===- Utils.h - Helpers shared by the dl-to-linalg patterns ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Broadcasting indexing maps, elementwise linalg.generic construction and
// static reshapes: the pieces every op family of the lowering uses.
//
//===----------------------------------------------------------------------===//

#ifndef DL_CONVERSION_DLTOLINALG_UTILS_H
#define DL_CONVERSION_DLTOLINALG_UTILS_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace mlir::dl {

/// Returns the map from the iteration space of `resultShape` to an operand
/// of `operandShape` under numpy broadcasting: missing leading dimensions
/// are dropped and size-1 dimensions that broadcast read index 0.
AffineMap getBroadcastIndexingMap(ArrayRef<int64_t> operandShape,
                                  ArrayRef<int64_t> resultShape,
                                  MLIRContext *context);

/// Computes one result element from one element of each operand.
using ScalarBodyFn = function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// Builds an all-parallel linalg.generic producing `resultType` into a fresh
/// tensor.empty, reading operand i through maps[i].
Value buildParallelGeneric(OpBuilder &builder, Location loc,
                           RankedTensorType resultType, ValueRange operands,
                           ArrayRef<AffineMap> maps, ScalarBodyFn body);

/// buildParallelGeneric with numpy broadcasting maps for every operand.
Value buildBroadcastingGeneric(OpBuilder &builder, Location loc,
                               RankedTensorType resultType, ValueRange operands,
                               ScalarBodyFn body);

/// Returns a scalar constant of the int or float type `type`.
Value createScalarConstant(OpBuilder &builder, Location loc, Type type,
                           double value);

/// Reshapes `value` to the static `targetType` (same element count) with
/// tensor.collapse_shape and tensor.expand_shape, which bufferize to views.
Value reshapeTensor(OpBuilder &builder, Location loc, Value value,
                    RankedTensorType targetType);

} // namespace mlir::dl

#endif // DL_CONVERSION_DLTOLINALG_UTILS_H
