//===- CHeader.h - The C/C++ header of an AOT-compiled model ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Writes the header an application includes to call a model compiled by
// `dlc --aot`: per entry point, shape constants and the declaration of the C
// function the object exports; a struct of the parameters the application
// passes in (when weights are not embedded) with a function that binds them
// from a weights file; and a C++ class per model with sized array views. The
// header compiles as C99 and C++17 with -Wall -Werror. docs/aot.md describes
// the ABI.
//
//===----------------------------------------------------------------------===//

#ifndef DL_TARGET_CHEADER_H
#define DL_TARGET_CHEADER_H

#include "dialects/DL/IR/ModelSignature.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace mlir::dl {

/// One entry point of an AOT model: its C name (`<model>_<function>`) and
/// its signature before bufferization, without embedded parameters.
struct AotEntry {
  std::string cName;
  std::string functionName;
  ModelSignature signature;
};

/// Returns `name` made into a C identifier: characters other than letters,
/// digits and '_' become '_', and a leading digit gets a '_' prefix.
std::string toCIdentifier(llvm::StringRef name);

/// Returns the C type of a tensor element type ("float", "int64_t", ...),
/// or an empty string for a type with none.
std::string cElementType(Type type);

/// Writes the header for `entries` of the model `modelName`, generated
/// from `sourcePath`. Parameters the entries take as arguments are collected
/// into one weights struct; they must agree in type across entries.
void writeCHeader(llvm::raw_ostream &os, llvm::StringRef modelName,
                  llvm::StringRef sourcePath, llvm::ArrayRef<AotEntry> entries);

} // namespace mlir::dl

#endif // DL_TARGET_CHEADER_H
