//===- DLInterfaces.cpp - Interfaces of the dl dialect --------------------===//
// SPDX-License-Identifier: Apache-2.0
//===----------------------------------------------------------------------===//

#include "dialects/DL/IR/DLInterfaces.h"

#include "dialects/DL/IR/DLInterfaces.cpp.inc"
