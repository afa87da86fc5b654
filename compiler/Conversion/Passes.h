//===- Passes.h - Conversions out of the dl dialect -------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Declares the conversion passes generated from Passes.td and their
// registration, and the pattern entry points for reuse in other passes.
//
//===----------------------------------------------------------------------===//

#ifndef DL_CONVERSION_PASSES_H
#define DL_CONVERSION_PASSES_H

#include "compiler/Conversion/DLToLinalg/DLToLinalg.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::dl {

#define GEN_PASS_DECL
#include "compiler/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "compiler/Conversion/Passes.h.inc"

} // namespace mlir::dl

#endif // DL_CONVERSION_PASSES_H
