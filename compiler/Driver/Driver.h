//===- Driver.h - What the dlc command does ---------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// dlc's main() only parses the command line into these structs; everything
// the commands do lives here, in library code that never reads cl::opt.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DRIVER_DRIVER_H
#define DL_DRIVER_DRIVER_H

#include "compiler/Pipeline/Target.h"
#include "dialects/DL/Transforms/Passes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mlir::dl {

/// `dlc model.mlir --emit=STAGE -o OUT`.
struct CompileOptions {
  std::string inputPath;
  std::string outputPath = "-";
  /// dl, linalg, bufferized, llvm, llvmir, asm or obj.
  std::string emit = "llvm";
  /// Empty fields mean the host.
  TargetDescription target;

  /// `--aot`: write an object (outputPath) and a C/C++ header (headerPath)
  /// for the entries (all public model functions when empty), with C names
  /// prefixed by modelName.
  bool aot = false;
  std::string headerPath;
  std::string modelName;
  std::vector<std::string> entries;
  /// `--weights`: a safetensors file checked against the parameters at
  /// compile time; with `--embed-weights` its tensors become constants in
  /// the object's read-only data and the entry points stop taking them.
  std::string weightsPath;
  bool embedWeights = false;

  /// `--train-step`: add the model's training and evaluation steps
  /// (dl-train-step with these options) before compiling.
  std::optional<DLTrainStepPassOptions> trainStep;
};

/// `dlc run model.mlir --entry F --inputs FILE... -o OUT`.
struct RunOptions {
  std::string inputPath;
  /// Empty: the module's only public function.
  std::string entry;
  /// safetensors files holding inputs and parameters, bound by name.
  std::vector<std::string> tensorFiles;
  /// safetensors file for the results; empty: write none.
  std::string outputPath;
  bool print = false;
  /// Fill inputs and parameters missing from tensorFiles from this seed.
  std::optional<uint64_t> randomSeed;
  /// Call the entry this many times and report the median time per call.
  unsigned repeat = 1;
  TargetDescription target;
  /// `--grad`: run the entry's gradient (dl-autodiff) instead, with respect
  /// to `wrt` (default: every parameter). A function without one scalar
  /// result takes `seed.<result>` cotangent inputs.
  bool grad = false;
  std::vector<std::string> wrt;
  /// `--check-grad`: also compare every gradient element with central
  /// finite differences of the entry; implies grad.
  bool checkGrad = false;
};

/// `dlc train model.mlir --train-data DATA ... -o trained.safetensors`:
/// dl-train-step, the JIT and the runtime's Trainer.
struct TrainOptions {
  std::string inputPath;
  /// The model function; empty: the module's only public function.
  std::string entry;
  /// Loss, optimizer and regularization; `functionName` is filled in.
  DLTrainStepPassOptions trainStep;
  /// Training data: a safetensors file holding the model's input (by its
  /// name) and the labels, a CSV table, an IDX images file (with
  /// `trainLabels`) or a directory with MNIST's train-* files.
  std::string trainData, trainLabels;
  /// The same for validation data; a directory means its t10k-* files.
  std::string validationData, validationLabels;
  /// CSV: the label column (negative counts from the end).
  int64_t labelColumn = -1;
  int64_t epochs = 1;
  /// 0: the batch dimension the model was written with, the only one
  /// accepted.
  int64_t batchSize = 0;
  bool shuffle = true;
  uint64_t seed = 0;
  /// Initial parameters; without it, Glorot-uniform kernels and zero biases
  /// drawn from `seed`.
  std::string weightsPath;
  std::string checkpointPath;
  bool resume = false;
  /// Where to write the trained parameters; empty: nowhere.
  std::string outputPath;
  TargetDescription target;
};

/// Each returns the process exit code after printing diagnostics.
int runCompileCommand(const CompileOptions &options);
int runRunCommand(const RunOptions &options);
int runTrainCommand(const TrainOptions &options);
/// The `--aot` form of `dlc model.mlir`; runCompileCommand forwards to it.
int runAotCommand(const CompileOptions &options);

} // namespace mlir::dl

#endif // DL_DRIVER_DRIVER_H
