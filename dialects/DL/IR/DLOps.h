//===- DLOps.h - Operations of the dl dialect -------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Declares the ops generated from DLOps.td and the shape helpers their
// verifiers and folders share with passes that build dl IR.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLOPS_H
#define DL_IR_DLOPS_H

#include "dialects/DL/IR/DLDialect.h"
#include "dialects/DL/IR/DLInterfaces.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/DL/IR/DLEnums.h.inc"

#define GET_OP_CLASSES
#include "dialects/DL/IR/DLOps.h.inc"

namespace mlir::dl {

/// Returns the numpy broadcast of two static shapes, or std::nullopt when
/// some aligned pair of dimensions differs and neither is 1.
std::optional<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> lhs,
                                                    ArrayRef<int64_t> rhs);

/// Returns true if `from` broadcasts to exactly `to` under numpy rules.
bool isBroadcastableTo(ArrayRef<int64_t> from, ArrayRef<int64_t> to);

/// Returns the shape a reduction over `axes` leaves; `axes` must be valid.
SmallVector<int64_t> reducedShape(ArrayRef<int64_t> shape,
                                  ArrayRef<int64_t> axes, bool keepDims);

/// Returns the shape `shape` takes after `permutation` (dim d of the result
/// is dim permutation[d] of the input); `permutation` must be valid.
SmallVector<int64_t> permutedShape(ArrayRef<int64_t> shape,
                                   ArrayRef<int64_t> permutation);

/// For integer `labels` of shape [...], the [..., classes] mask that is true
/// at each sample's label (label == class index; no class for a label out of
/// range).
Value buildLabelMask(OpBuilder &builder, Location loc, Value labels,
                     int64_t classes);

/// Builds `lossOp` (a dl loss op) out of primitive dl ops at the builder's
/// insertion point and returns the scalar loss, or null for another op.
Value expandLoss(OpBuilder &builder, Operation *lossOp);

} // namespace mlir::dl

#endif // DL_IR_DLOPS_H
