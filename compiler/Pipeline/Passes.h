//===- Passes.h - Passes of the CPU code-generation pipeline ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Declarations generated from Passes.td.
//
//===----------------------------------------------------------------------===//

#ifndef DL_PIPELINE_PASSES_H
#define DL_PIPELINE_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::dl {

#define GEN_PASS_DECL
#include "compiler/Pipeline/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "compiler/Pipeline/Passes.h.inc"

} // namespace mlir::dl

#endif // DL_PIPELINE_PASSES_H
