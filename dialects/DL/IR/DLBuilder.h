//===- DLBuilder.h - Terse construction of dl arithmetic --------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Gradient rules, loss expansions and training steps write formulas of
// elementwise dl ops; this keeps them readable (`d.mul(g, d.sub(one, y))`)
// and builds every op at one location. Rank-0 constants broadcast against
// any shape.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLBUILDER_H
#define DL_IR_DLBUILDER_H

#include "dialects/DL/IR/DLOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace mlir::dl {

class DLBuilder {
public:
  DLBuilder(OpBuilder &builder, Location loc) : b(builder), loc(loc) {}

  OpBuilder &builder() { return b; }
  Location location() const { return loc; }

  /// A rank-0 float constant of `elementType`.
  Value scalar(Type elementType, double value) {
    auto type = RankedTensorType::get({}, elementType);
    return ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(type, b.getFloatAttr(elementType, value)));
  }
  /// A rank-0 constant of `like`'s element type.
  Value scalarLike(Value like, double value) {
    return scalar(getElementTypeOrSelf(like.getType()), value);
  }
  /// A splat zero of `like`'s type.
  Value zerosLike(Value like) {
    auto type = cast<RankedTensorType>(like.getType());
    return ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(type, b.getFloatAttr(type.getElementType(), 0.0)));
  }

  Value add(Value x, Value y) { return AddOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return SubOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return MulOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return DivOp::create(b, loc, x, y); }
  Value neg(Value x) { return NegOp::create(b, loc, x); }
  Value log(Value x) { return LogOp::create(b, loc, x); }
  Value sqrt(Value x) { return SqrtOp::create(b, loc, x); }
  Value compare(ComparePredicate predicate, Value x, Value y) {
    return CompareOp::create(b, loc, predicate, x, y);
  }
  Value select(Value mask, Value x, Value y) {
    return SelectOp::create(b, loc, mask, x, y);
  }
  /// `x` summed over `axes`; `x` itself for no axes.
  Value sum(Value x, ArrayRef<int64_t> axes, bool keepDims) {
    if (axes.empty())
      return x;
    return SumOp::create(b, loc, x, axes, keepDims);
  }
  /// `x` summed or averaged over every axis, to a scalar.
  Value sumAll(Value x) { return reduceAll<SumOp>(x); }
  Value meanAll(Value x) { return reduceAll<MeanOp>(x); }

protected:
  template <typename ReductionOp>
  Value reduceAll(Value x) {
    int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
    if (rank == 0)
      return x;
    return ReductionOp::create(
        b, loc, x, llvm::to_vector(llvm::seq<int64_t>(0, rank)), false);
  }

  OpBuilder &b;
  Location loc;
};

} // namespace mlir::dl

#endif // DL_IR_DLBUILDER_H
