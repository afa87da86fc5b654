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

#include "compiler/Pipeline/Pipeline.h"
#include "dialects/DL/IR/DLDialect.h"
#include "mlir/IR/DialectRegistry.h"

namespace mlir::dl {

/// Adds the dl dialect and every dialect the pipeline lowers through.
inline void registerAllDLDialects(DialectRegistry &registry) {
  registry.insert<DLDialect>();
  registerDLPipelineDialects(registry);
}

/// Registers our passes (dl transforms and pipeline passes), the upstream
/// passes the pipeline uses, and the pipeline itself.
inline void registerAllDLPasses() {
  registerDLPipelinePasses();
}

} // namespace mlir::dl

#endif // DL_INITALL_H
