//===- Autodiff.h - Reverse-mode differentiation of dl functions -*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// The transformation behind dl-autodiff, for passes that build on gradients
// (dl-train-step).
//
//===----------------------------------------------------------------------===//

#ifndef DL_TRANSFORMS_AUTODIFF_H
#define DL_TRANSFORMS_AUTODIFF_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::dl {

/// Adds `name` after `f`: `f`'s results followed by the gradients with
/// respect to the arguments `wrt` (see the dl-autodiff pass). Without
/// `seed`, `f` must return one floating-point scalar. Emits every problem
/// as a diagnostic and fails without changing the module.
FailureOr<func::FuncOp> buildGradientFunction(func::FuncOp f,
                                              ArrayRef<unsigned> wrt,
                                              bool seed, StringRef name);

} // namespace mlir::dl

#endif // DL_TRANSFORMS_AUTODIFF_H
