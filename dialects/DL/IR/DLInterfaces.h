//===- DLInterfaces.h - Interfaces of the dl dialect ------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// DifferentiableOpInterface (DLInterfaces.td): the gradient rule of an op.
//
//===----------------------------------------------------------------------===//

#ifndef DL_IR_DLINTERFACES_H
#define DL_IR_DLINTERFACES_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/TypeUtilities.h"

#include "dialects/DL/IR/DLInterfaces.h.inc"

#endif // DL_IR_DLINTERFACES_H
