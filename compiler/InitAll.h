//===- InitAll.h - Register everything dlc's tools use ----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// The single place that says which dialects and passes dl-opt and dlc know.
// We list upstream dialects one by one instead of calling
// registerAllDialects(): that costs minutes of compile and link time on two
// cores, and keeps the IR dl-opt accepts equal to what dlc can compile.
//
//===----------------------------------------------------------------------===//

#ifndef DL_INITALL_H
#define DL_INITALL_H

#include "compiler/Conversion/Passes.h"
#include "dialects/DL/IR/DLDialect.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Transforms/Passes.h"

namespace mlir::dl {

/// Adds the dl dialect and the upstream dialects our IR contains.
inline void registerAllDLDialects(DialectRegistry &registry) {
  registry.insert<DLDialect, arith::ArithDialect, func::FuncDialect,
                  linalg::LinalgDialect, math::MathDialect,
                  tensor::TensorDialect>();
}

/// Registers our passes and the upstream passes our pipelines use.
inline void registerAllDLPasses() {
  registerDLConversionPasses();
  registerCanonicalizerPass();
  registerCSEPass();
  registerInlinerPass();
  registerSymbolDCEPass();
}

} // namespace mlir::dl

#endif // DL_INITALL_H
