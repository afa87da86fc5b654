//===- dl-opt.cpp - The mlir-opt of dlc -----------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Parses, verifies, transforms and prints dl IR with exactly the dialects and
// passes dlc uses (compiler/InitAll.h). lit tests drive the compiler through
// this tool.
//
//===----------------------------------------------------------------------===//

#include "compiler/InitAll.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::dl::registerAllDLDialects(registry);
  mlir::dl::registerAllDLPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "dl-opt: dlc's optimizer driver\n", registry));
}
