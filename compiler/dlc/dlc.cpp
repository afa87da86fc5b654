//===- dlc.cpp - The dlc compiler driver ----------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Parses the command line into CompileOptions or RunOptions and hands them
// to compiler/Driver; see docs/dlc.md for the commands.
//
//===----------------------------------------------------------------------===//

#include "compiler/Driver/Driver.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"

namespace cl = llvm::cl;

static cl::SubCommand runCommand("run",
                                 "JIT-compile an entry point and run it on "
                                 "tensors from safetensors files");

static cl::opt<std::string> inputPath(cl::Positional, cl::desc("<model.mlir>"),
                                      cl::Required,
                                      cl::sub(cl::SubCommand::getTopLevel()),
                                      cl::sub(runCommand));
static cl::opt<std::string> emit(
    "emit",
    cl::desc("Stop after this stage: dl, linalg, vector, bufferized, llvm (MLIR), "
             "llvmir (LLVM IR), asm or obj"),
    cl::init("llvm"));
static cl::opt<std::string> outputPath(
    "o", cl::desc("Output file ('-' for stdout; for run: results as safetensors)"),
    cl::value_desc("path"), cl::sub(cl::SubCommand::getTopLevel()),
    cl::sub(runCommand));
static cl::opt<std::string> mcpu("mcpu",
                                 cl::desc("Target CPU (default: the host's)"),
                                 cl::sub(cl::SubCommand::getTopLevel()),
                                 cl::sub(runCommand));
static cl::opt<std::string>
    targetFeatures("target-features",
                   cl::desc("Target features, e.g. +avx2,+fma (default: the "
                            "host's)"),
                   cl::sub(cl::SubCommand::getTopLevel()), cl::sub(runCommand));

static cl::list<std::string>
    entries("entry",
            cl::desc("Function to run (default: the only public one); with "
                     "--aot, a function to export (repeatable; default: "
                     "every public model function)"),
            cl::sub(cl::SubCommand::getTopLevel()), cl::sub(runCommand));
static cl::opt<bool> aot("aot",
                         cl::desc("Compile to an object (-o) and a C/C++ "
                                  "header (--header) for applications"));
static cl::opt<std::string> headerPath("header",
                                       cl::desc("Header to write with --aot"),
                                       cl::value_desc("path"));
static cl::opt<std::string>
    modelName("name",
              cl::desc("Model name with --aot: prefixes the C functions and "
                       "names the C++ struct"),
              cl::value_desc("identifier"));
static cl::opt<std::string>
    weightsPath("weights",
                cl::desc("With --aot: a safetensors file the parameters are "
                         "checked against"),
                cl::value_desc("file"));
static cl::opt<bool> embedWeights(
    "embed-weights",
    cl::desc("With --aot: bake the --weights tensors into the object; the "
             "entry points then take no parameters"));
static cl::list<std::string>
    tensorFiles("inputs",
                cl::desc("safetensors files with inputs and parameters, bound "
                         "by name (repeatable, comma-separated)"),
                cl::CommaSeparated, cl::sub(runCommand));
static cl::opt<bool> print("print", cl::desc("Print every result"),
                           cl::sub(runCommand));
static cl::opt<uint64_t>
    randomInputs("random-inputs",
                 cl::desc("Fill tensors missing from --inputs with "
                          "reproducible random values from this seed"),
                 cl::value_desc("seed"), cl::sub(runCommand));
static cl::opt<unsigned> repeat("repeat",
                                cl::desc("Call N times and report the median "
                                         "time per call"),
                                cl::init(1), cl::sub(runCommand));

static cl::opt<bool>
    grad("grad",
         cl::desc("Run the entry's gradient (dl-autodiff): its results, then "
                  "grad.<name> per parameter"),
         cl::sub(runCommand));
static cl::list<std::string>
    wrt("wrt",
        cl::desc("With --grad: differentiate with respect to these "
                 "arguments (default: every parameter)"),
        cl::CommaSeparated, cl::sub(runCommand));
static cl::opt<bool> checkGrad(
    "check-grad",
    cl::desc("With --grad: compare every gradient element with central "
             "finite differences; exit 1 on a mismatch"),
    cl::sub(runCommand));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  mlir::registerAsmPrinterCLOptions();
  mlir::registerMLIRContextCLOptions();
  mlir::registerPassManagerCLOptions();
  cl::ParseCommandLineOptions(argc, argv, "dlc: the dl deep-learning compiler\n");

  mlir::dl::TargetDescription target{mcpu, targetFeatures};
  if (runCommand) {
    mlir::dl::RunOptions options;
    options.inputPath = inputPath;
    if (entries.size() > 1) {
      llvm::errs() << "dlc: error: dlc run takes one --entry\n";
      return 1;
    }
    if (!entries.empty())
      options.entry = entries.front();
    options.tensorFiles = tensorFiles;
    options.outputPath = outputPath;
    options.print = print;
    if (randomInputs.getNumOccurrences())
      options.randomSeed = randomInputs;
    options.repeat = repeat;
    options.target = target;
    options.grad = grad || checkGrad;
    options.wrt = wrt;
    options.checkGrad = checkGrad;
    return mlir::dl::runRunCommand(options);
  }
  mlir::dl::CompileOptions options;
  options.inputPath = inputPath;
  options.outputPath = outputPath.empty() ? "-" : std::string(outputPath);
  options.emit = emit;
  options.target = target;
  options.aot = aot;
  options.headerPath = headerPath;
  options.modelName = modelName;
  options.entries = entries;
  options.weightsPath = weightsPath;
  options.embedWeights = embedWeights;
  if (aot && emit.getNumOccurrences()) {
    llvm::errs() << "dlc: error: --aot and --emit exclude each other\n";
    return 1;
  }
  if (!aot && (headerPath.getNumOccurrences() || modelName.getNumOccurrences() ||
               weightsPath.getNumOccurrences() || embedWeights)) {
    llvm::errs() << "dlc: error: --header, --name, --weights and "
                    "--embed-weights go with --aot\n";
    return 1;
  }
  if (!aot && !entries.empty()) {
    llvm::errs() << "dlc: error: --entry goes with --aot or dlc run\n";
    return 1;
  }
  return mlir::dl::runCompileCommand(options);
}
