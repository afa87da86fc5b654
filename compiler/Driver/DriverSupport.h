//===- DriverSupport.h - What dlc's commands share --------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Internal to compiler/Driver: loading and diagnosing a model, running the
// pipeline, writing outputs atomically, and binding tensors from
// safetensors files by name.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DRIVER_DRIVERSUPPORT_H
#define DL_DRIVER_DRIVERSUPPORT_H

#include "compiler/Pipeline/Pipeline.h"
#include "compiler/Pipeline/Target.h"
#include "dialects/DL/Transforms/Passes.h"
#include "dl/runtime/runtime.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::dl::driver {

/// The stream for a "dlc: error: " message.
llvm::raw_ostream &error();

/// Reports `err` (if any) as a dlc error and returns whether there was one.
bool reportIfError(llvm::Error err);

/// Writes `path` ("-" is stdout) through a temporary file in the same
/// directory that replaces `path` only if `write` succeeds.
llvm::Error writeAtomically(
    llvm::StringRef path,
    llvm::function_ref<llvm::Error(llvm::raw_pwrite_stream &)> write);

/// The context, registry and diagnostics shared by every command.
struct Session {
  Session();

  /// Parses and verifies the file; diagnostics go to stderr with locations.
  OwningOpRef<ModuleOp> load(llvm::StringRef path);
  /// The same, then dl-train-step with `trainStep` if given (`--train-step`).
  OwningOpRef<ModuleOp>
  load(llvm::StringRef path,
       const std::optional<DLTrainStepPassOptions> &trainStep);

  llvm::SourceMgr sourceMgr;
  MLIRContext context{MLIRContext::Threading::DISABLED};
  SourceMgrDiagnosticHandler handler{sourceMgr, &context};
};

/// The function `name` of `module` (read from `path`), or its only public
/// function when `name` is empty; null after reporting what it defines.
func::FuncOp findEntry(ModuleOp module, llvm::StringRef name,
                       llvm::StringRef path);

/// Fails, reporting why, unless `function` follows the model convention.
LogicalResult checkIsModel(func::FuncOp function);

/// Runs dl-train-step on `module` (the `--train-step` of dlc).
LogicalResult addTrainingSteps(ModuleOp module,
                               const DLTrainStepPassOptions &options);

/// Marks every public function with a body for a C entry point, which the
/// JIT calls.
void requestCInterfaces(ModuleOp module);

/// Runs the CPU pipeline on `module` up to `stopAfter`.
LogicalResult runPipeline(ModuleOp module, Phase stopAfter,
                          const TargetDescription &target,
                          bool cEntryPoints = false);

/// Returns the runtime dtype of a dl element type, if it has one.
std::optional<DlrtDType> dtypeOf(Type elementType);

/// Returns "[2, 3]".
std::string shapeString(llvm::ArrayRef<int64_t> shape);

/// The safetensors files of a run, indexed by tensor name.
class TensorFiles {
public:
  ~TensorFiles() {
    for (DlrtTensorFile *file : files)
      dlrtTensorFileClose(file);
  }

  /// Opens every file; reports each failure, including a name defined twice.
  bool open(llvm::ArrayRef<std::string> paths);

  struct Entry {
    DlrtTensorView view;
    std::string path;
    bool used = false;
  };
  llvm::StringMap<Entry> byName;

private:
  std::vector<DlrtTensorFile *> files;
};

} // namespace mlir::dl::driver

#endif // DL_DRIVER_DRIVERSUPPORT_H
