//===- DLDialect.h - The dl dialect -----------------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Declares the dl dialect class. Include DLOps.h for the ops themselves.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLDIALECT_H
#define DL_IR_DLDIALECT_H

#include "mlir/IR/Dialect.h"

#include "dialects/DL/IR/DLOpsDialect.h.inc"

#endif // DL_IR_DLDIALECT_H
