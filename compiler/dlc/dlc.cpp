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
static cl::SubCommand trainCommand(
    "train", "Train a model with the JIT: dl-train-step, then fit on a data "
             "set with the runtime's training loop");

static cl::OptionCategory dlcCategory("dlc options");
static cl::OptionCategory
    trainingCategory("Training options (dlc train, and dlc --train-step)");

static cl::opt<std::string>
    inputPath(cl::Positional, cl::desc("<model.mlir>"), cl::Required,
              cl::sub(cl::SubCommand::getTopLevel()), cl::sub(runCommand),
              cl::sub(trainCommand), cl::cat(dlcCategory));
static cl::opt<std::string> emit(
    "emit",
    cl::desc(
        "Stop after this stage: dl, linalg, vector, bufferized, llvm (MLIR), "
        "llvmir (LLVM IR), asm or obj"),
    cl::init("llvm"), cl::cat(dlcCategory));
static cl::opt<std::string> outputPath(
    "o",
    cl::desc("Output file ('-' for stdout; for run: results as safetensors; "
             "for train: the trained parameters as safetensors)"),
    cl::value_desc("path"), cl::sub(cl::SubCommand::getTopLevel()),
    cl::sub(runCommand), cl::sub(trainCommand), cl::cat(dlcCategory));
static cl::opt<std::string> mcpu("mcpu",
                                 cl::desc("Target CPU (default: the host's)"),
                                 cl::sub(cl::SubCommand::getTopLevel()),
                                 cl::sub(runCommand), cl::sub(trainCommand),
                                 cl::cat(dlcCategory));
static cl::opt<std::string>
    targetFeatures("target-features",
                   cl::desc("Target features, e.g. +avx2,+fma (default: the "
                            "host's)"),
                   cl::sub(cl::SubCommand::getTopLevel()), cl::sub(runCommand),
                   cl::sub(trainCommand), cl::cat(dlcCategory));

static cl::list<std::string>
    entries("entry",
            cl::desc("Function to run or, for train, the model to train "
                     "(default: the only public one); with --aot, a function "
                     "to export (repeatable; default: every public model "
                     "function)"),
            cl::sub(cl::SubCommand::getTopLevel()), cl::sub(runCommand),
            cl::sub(trainCommand), cl::cat(dlcCategory));
static cl::opt<bool> aot("aot",
                         cl::desc("Compile to an object (-o) and a C/C++ "
                                  "header (--header) for applications"),
                         cl::cat(dlcCategory));
static cl::opt<std::string> headerPath("header",
                                       cl::desc("Header to write with --aot"),
                                       cl::value_desc("path"),
                                       cl::cat(dlcCategory));
static cl::opt<std::string>
    modelName("name",
              cl::desc("Model name with --aot: prefixes the C functions and "
                       "names the C++ struct"),
              cl::value_desc("identifier"), cl::cat(dlcCategory));
static cl::opt<std::string>
    weightsPath("weights",
                cl::desc("With --aot: a safetensors file the parameters are "
                         "checked against; for train: the initial parameters "
                         "(default: Glorot-uniform kernels, zero biases)"),
                cl::value_desc("file"), cl::sub(cl::SubCommand::getTopLevel()),
                cl::sub(trainCommand), cl::cat(dlcCategory));
static cl::opt<bool> embedWeights(
    "embed-weights",
    cl::desc("With --aot: bake the --weights tensors into the object; the "
             "entry points then take no parameters"));
static cl::list<std::string>
    tensorFiles("inputs",
                cl::desc("safetensors files with inputs and parameters, bound "
                         "by name (repeatable, comma-separated)"),
                cl::CommaSeparated, cl::sub(runCommand), cl::cat(dlcCategory));
static cl::opt<bool> print("print", cl::desc("Print every result"),
                           cl::sub(runCommand), cl::cat(dlcCategory));
static cl::opt<uint64_t>
    randomInputs("random-inputs",
                 cl::desc("Fill tensors missing from --inputs with "
                          "reproducible random values from this seed"),
                 cl::value_desc("seed"), cl::sub(runCommand),
                 cl::cat(dlcCategory));
static cl::opt<unsigned> repeat("repeat",
                                cl::desc("Call N times and report the median "
                                         "time per call"),
                                cl::init(1), cl::sub(runCommand),
                                cl::cat(dlcCategory));

static cl::opt<bool>
    grad("grad",
         cl::desc("Run the entry's gradient (dl-autodiff): its results, then "
                  "grad.<name> per parameter"),
         cl::sub(runCommand), cl::cat(dlcCategory));
static cl::list<std::string>
    wrt("wrt",
        cl::desc("With --grad: differentiate with respect to these "
                 "arguments (default: every parameter)"),
        cl::CommaSeparated, cl::sub(runCommand), cl::cat(dlcCategory));
static cl::opt<bool> checkGrad(
    "check-grad",
    cl::desc("With --grad: compare every gradient element with central "
             "finite differences; exit 1 on a mismatch"),
    cl::sub(runCommand));

// Training: the options of dl-train-step (docs/training.md). Each is passed
// on only when given, so the defaults live in one place, the pass's ODS.
#define DLC_TRAINING_SUBS                                                      \
  cl::sub(cl::SubCommand::getTopLevel()), cl::sub(trainCommand),               \
      cl::cat(trainingCategory)
static cl::opt<bool> trainStep(
    "train-step",
    cl::desc("Add the model's <f>_train_step and <f>_eval_step "
             "(dl-train-step with the training options) before compiling"),
    cl::cat(trainingCategory));
static cl::opt<std::string>
    loss("loss",
         cl::desc("mse, categorical_crossentropy, "
                  "sparse_categorical_crossentropy (default), "
                  "binary_crossentropy or hinge"),
         DLC_TRAINING_SUBS);
static cl::opt<bool>
    fromLogits("from-logits",
               cl::desc("The model returns logits, not probabilities"),
               DLC_TRAINING_SUBS);
static cl::opt<std::string>
    labelsName("labels", cl::desc("Name of the labels input (default: labels)"),
               DLC_TRAINING_SUBS);
static cl::opt<std::string>
    optimizer("optimizer", cl::desc("sgd, rmsprop, adagrad or adam (default)"),
              DLC_TRAINING_SUBS);
static cl::opt<double>
    learningRate("lr",
                 cl::desc("Learning rate (default: Keras's for the optimizer)"),
                 DLC_TRAINING_SUBS);
static cl::alias learningRateAlias("learning-rate", cl::desc("Alias for --lr"),
                                   cl::aliasopt(learningRate));
static cl::opt<double> momentum("momentum", cl::desc("SGD momentum"),
                                DLC_TRAINING_SUBS);
static cl::opt<bool> nesterov("nesterov", cl::desc("Nesterov momentum (SGD)"),
                              DLC_TRAINING_SUBS);
static cl::opt<double> rho("rho", cl::desc("RMSprop's decay (default 0.9)"),
                           DLC_TRAINING_SUBS);
static cl::opt<double> beta1("beta1", cl::desc("Adam's beta1 (default 0.9)"),
                             DLC_TRAINING_SUBS);
static cl::opt<double> beta2("beta2", cl::desc("Adam's beta2 (default 0.999)"),
                             DLC_TRAINING_SUBS);
static cl::opt<double>
    epsilon("epsilon",
            cl::desc("RMSprop's, AdaGrad's and Adam's epsilon (default 1e-7)"),
            DLC_TRAINING_SUBS);
static cl::opt<double> l1("l1", cl::desc("L1 regularization factor"),
                          DLC_TRAINING_SUBS);
static cl::opt<double> l2("l2", cl::desc("L2 regularization factor"),
                          DLC_TRAINING_SUBS);
static cl::list<std::string>
    regularize("regularize",
               cl::desc("Parameters the L1/L2 penalties apply to "
                        "(comma-separated; default: every parameter)"),
               cl::CommaSeparated, DLC_TRAINING_SUBS);

#define DLC_TRAIN_SUB cl::sub(trainCommand), cl::cat(trainingCategory)
static cl::opt<std::string> trainData(
    "train-data",
    cl::desc("Training data: a .safetensors file with the model's input and "
             "the labels by name, a .csv table, an IDX images file (with "
             "--train-labels), or a directory with MNIST's train-* files"),
    cl::value_desc("path"), DLC_TRAIN_SUB);
static cl::opt<std::string> trainLabels("train-labels",
                                        cl::desc("IDX labels of --train-data"),
                                        cl::value_desc("file"), DLC_TRAIN_SUB);
static cl::opt<std::string> validationData(
    "validation-data",
    cl::desc("Validation data, evaluated after every epoch; like "
             "--train-data, a directory means its t10k-* files"),
    cl::value_desc("path"), DLC_TRAIN_SUB);
static cl::opt<std::string>
    validationLabels("validation-labels",
                     cl::desc("IDX labels of --validation-data"),
                     cl::value_desc("file"), DLC_TRAIN_SUB);
static cl::opt<int64_t>
    labelColumn("label-column",
                cl::desc("CSV: the label column, negative from the end "
                         "(default: -1, the last)"),
                cl::init(-1), DLC_TRAIN_SUB);
static cl::opt<int64_t> epochs("epochs",
                               cl::desc("Epochs to train (default 1)"),
                               cl::init(1), DLC_TRAIN_SUB);
static cl::opt<int64_t>
    batchSize("batch-size",
              cl::desc("Samples per batch: the model's batch dimension, "
                       "which is the default"),
              cl::init(0), DLC_TRAIN_SUB);
static cl::opt<uint64_t>
    seed("seed",
         cl::desc("Seeds the shuffling and the initial parameters (default 0)"),
         cl::init(0), DLC_TRAIN_SUB);
static cl::opt<bool> noShuffle("no-shuffle",
                               cl::desc("Keep the data set's order"),
                               DLC_TRAIN_SUB);
static cl::opt<std::string> checkpoint(
    "checkpoint",
    cl::desc("Write parameters, optimizer state and epoch here after every "
             "epoch (safetensors, atomically)"),
    cl::value_desc("file"), DLC_TRAIN_SUB);
static cl::opt<bool>
    resume("resume",
           cl::desc("Continue from --checkpoint if it exists; --epochs counts "
                    "the epochs already done"),
           DLC_TRAIN_SUB);

/// The training options given on the command line; the pass's defaults for
/// the others.
static mlir::dl::DLTrainStepPassOptions trainStepOptions() {
  mlir::dl::DLTrainStepPassOptions options;
  if (loss.getNumOccurrences())
    options.loss = loss;
  if (fromLogits.getNumOccurrences())
    options.fromLogits = fromLogits;
  if (labelsName.getNumOccurrences())
    options.labelsName = labelsName;
  if (optimizer.getNumOccurrences())
    options.optimizer = optimizer;
  if (learningRate.getNumOccurrences())
    options.learningRate = learningRate;
  if (momentum.getNumOccurrences())
    options.momentum = momentum;
  if (nesterov.getNumOccurrences())
    options.nesterov = nesterov;
  if (rho.getNumOccurrences())
    options.rho = rho;
  if (beta1.getNumOccurrences())
    options.beta1 = beta1;
  if (beta2.getNumOccurrences())
    options.beta2 = beta2;
  if (epsilon.getNumOccurrences())
    options.epsilon = epsilon;
  if (l1.getNumOccurrences())
    options.l1 = l1;
  if (l2.getNumOccurrences())
    options.l2 = l2;
  options.regularized.assign(regularize.begin(), regularize.end());
  return options;
}

/// Whether any option of dl-train-step was given.
static bool anyTrainingOption() {
  for (const cl::Option *option : std::initializer_list<const cl::Option *>{
           &loss, &fromLogits, &labelsName, &optimizer, &learningRate,
           &momentum, &nesterov, &rho, &beta1, &beta2, &epsilon, &l1, &l2})
    if (option->getNumOccurrences())
      return true;
  return regularize.getNumOccurrences() != 0;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  mlir::registerAsmPrinterCLOptions();
  mlir::registerMLIRContextCLOptions();
  mlir::registerPassManagerCLOptions();
  cl::HideUnrelatedOptions({&dlcCategory, &trainingCategory});
  cl::ParseCommandLineOptions(argc, argv,
                              "dlc: the dl deep-learning compiler\n");

  mlir::dl::TargetDescription target{mcpu, targetFeatures};
  if (trainCommand) {
    mlir::dl::TrainOptions options;
    options.inputPath = inputPath;
    if (entries.size() > 1) {
      llvm::errs() << "dlc: error: dlc train takes one --entry\n";
      return 1;
    }
    if (!entries.empty())
      options.entry = entries.front();
    options.trainStep = trainStepOptions();
    options.trainData = trainData;
    options.trainLabels = trainLabels;
    options.validationData = validationData;
    options.validationLabels = validationLabels;
    options.labelColumn = labelColumn;
    options.epochs = epochs;
    options.batchSize = batchSize;
    options.shuffle = !noShuffle;
    options.seed = seed;
    options.weightsPath = weightsPath;
    options.checkpointPath = checkpoint;
    options.resume = resume;
    options.outputPath = outputPath;
    options.target = target;
    return mlir::dl::runTrainCommand(options);
  }
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
  if (trainStep)
    options.trainStep = trainStepOptions();
  else if (anyTrainingOption()) {
    llvm::errs() << "dlc: error: training options (--loss, --optimizer, ...) "
                    "go with --train-step or dlc train\n";
    return 1;
  }
  if (aot && emit.getNumOccurrences()) {
    llvm::errs() << "dlc: error: --aot and --emit exclude each other\n";
    return 1;
  }
  if (!aot &&
      (headerPath.getNumOccurrences() || modelName.getNumOccurrences() ||
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
