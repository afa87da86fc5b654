//===- Passes.h - Transformations of the dl dialect -------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Declarations generated from Passes.td.
//
//===----------------------------------------------------------------------===//

#ifndef DL_TRANSFORMS_PASSES_H
#define DL_TRANSFORMS_PASSES_H

#include "dialects/DL/IR/DLDialect.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::dl {

#define GEN_PASS_DECL
#include "dialects/DL/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "dialects/DL/Transforms/Passes.h.inc"

} // namespace mlir::dl

#endif // DL_TRANSFORMS_PASSES_H
