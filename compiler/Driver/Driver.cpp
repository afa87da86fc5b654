//===- Driver.cpp - dlc's emit and run commands ---------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Every failure is reported and turned into exit code 1, and no output file
// is replaced unless the command succeeded (DriverSupport.h).
//
//===----------------------------------------------------------------------===//

#include "compiler/Driver/Driver.h"

#include "compiler/Driver/DriverSupport.h"
#include "compiler/JIT/JitFunction.h"
#include "compiler/Target/CodeGen.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "dialects/DL/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstring>
#include <functional>
#include <random>

using namespace mlir;
using namespace mlir::dl;
using namespace mlir::dl::driver;

//===----------------------------------------------------------------------===//
// dlc model.mlir --emit=...
//===----------------------------------------------------------------------===//

int mlir::dl::runCompileCommand(const CompileOptions &options) {
  if (options.aot)
    return runAotCommand(options);
  std::optional<Phase> phase = parsePhase(options.emit);
  bool machineCode = options.emit == "llvmir" || options.emit == "asm" ||
                     options.emit == "obj";
  if (!phase && !machineCode) {
    error() << "unknown --emit stage '" << options.emit
            << "'; expected dl, linalg, vector, bufferized, llvm, llvmir, asm or obj\n";
    return 1;
  }
  Session session;
  OwningOpRef<ModuleOp> module =
      session.load(options.inputPath, options.trainStep);
  if (!module)
    return 1;
  requestCInterfaces(*module);
  TargetDescription target =
      resolveTarget(options.target.cpu, options.target.features);
  if (failed(runPipeline(*module, phase.value_or(Phase::LLVM), target)))
    return 1;

  if (!machineCode)
    return reportIfError(writeAtomically(
               options.outputPath, [&](llvm::raw_pwrite_stream &os) {
                 module->print(os);
                 return llvm::Error::success();
               }))
               ? 1
               : 0;

  auto machine = createTargetMachine(target);
  if (!machine)
    return reportIfError(machine.takeError()) ? 1 : 1;
  llvm::LLVMContext llvmContext;
  auto llvmModule = translateAndOptimize(*module, llvmContext, **machine);
  if (!llvmModule)
    return reportIfError(llvmModule.takeError()) ? 1 : 1;
  llvm::Error written = writeAtomically(
      options.outputPath, [&](llvm::raw_pwrite_stream &os) -> llvm::Error {
        if (options.emit == "llvmir") {
          (*llvmModule)->print(os, nullptr);
          return llvm::Error::success();
        }
        return emitMachineCode(**llvmModule, **machine,
                               options.emit == "obj" ? MachineCodeKind::Object
                                                     : MachineCodeKind::Assembly,
                               os);
      });
  return reportIfError(std::move(written)) ? 1 : 0;
}

//===----------------------------------------------------------------------===//
// dlc run
//===----------------------------------------------------------------------===//

namespace {

/// A 64-byte aligned host buffer for one tensor.
struct HostTensor {
  std::string name;
  RankedTensorType type;
  DlrtDType dtype;
  size_t byteSize = 0;
  std::unique_ptr<void, void (*)(void *)> data{nullptr, dlrtAlignedFree};

  bool allocate() {
    byteSize = type.getNumElements() * dlrtDTypeSize(dtype);
    // One byte minimum, so even an empty tensor has a distinct address.
    data.reset(dlrtAlignedAlloc(std::max<size_t>(byteSize, 1), 64));
    if (data)
      std::memset(data.get(), 0, std::max<size_t>(byteSize, 1));
    return data != nullptr;
  }
};

/// Fills `tensor` with reproducible values: floats in [-1, 1), integers in
/// [0, 10), booleans 0 or 1.
void fillRandom(HostTensor &tensor, std::mt19937_64 &rng) {
  int64_t n = tensor.type.getNumElements();
  switch (tensor.dtype) {
  case DLRT_F32: {
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (int64_t i = 0; i < n; ++i)
      static_cast<float *>(tensor.data.get())[i] = dist(rng);
    break;
  }
  case DLRT_F64: {
    std::uniform_real_distribution<double> dist(-1.0, 1.0);
    for (int64_t i = 0; i < n; ++i)
      static_cast<double *>(tensor.data.get())[i] = dist(rng);
    break;
  }
  case DLRT_I32:
    for (int64_t i = 0; i < n; ++i)
      static_cast<int32_t *>(tensor.data.get())[i] = rng() % 10;
    break;
  case DLRT_I64:
    for (int64_t i = 0; i < n; ++i)
      static_cast<int64_t *>(tensor.data.get())[i] = rng() % 10;
    break;
  default:
    for (int64_t i = 0; i < n; ++i)
      static_cast<uint8_t *>(tensor.data.get())[i] = rng() % 2;
    break;
  }
}

/// Prints a tensor in nested brackets, like numpy, all elements.
void printTensor(llvm::raw_ostream &os, const HostTensor &tensor) {
  os << tensor.name << ": " << tensor.type << " = ";
  llvm::ArrayRef<int64_t> shape = tensor.type.getShape();
  auto element = [&](int64_t i) {
    switch (tensor.dtype) {
    case DLRT_F32:
      // Enough digits to round-trip: 9 for f32, 17 for f64.
      os << llvm::format("%.9g", static_cast<float *>(tensor.data.get())[i]);
      break;
    case DLRT_F64:
      os << llvm::format("%.17g", static_cast<double *>(tensor.data.get())[i]);
      break;
    case DLRT_I32:
      os << static_cast<int32_t *>(tensor.data.get())[i];
      break;
    case DLRT_I64:
      os << static_cast<int64_t *>(tensor.data.get())[i];
      break;
    default:
      os << (static_cast<uint8_t *>(tensor.data.get())[i] ? "true" : "false");
      break;
    }
  };
  int64_t next = 0;
  std::function<void(size_t)> print = [&](size_t dim) {
    if (dim == shape.size()) {
      element(next++);
      return;
    }
    os << "[";
    for (int64_t i = 0; i < shape[dim]; ++i) {
      if (i)
        os << ", ";
      print(dim + 1);
    }
    os << "]";
  };
  print(0);
  os << "\n";
}

/// Allocates a zeroed host buffer for one named tensor of `entry`, or
/// reports why it cannot (a type dlc run cannot exchange, no memory).
std::optional<HostTensor> allocateFor(const ModelTensor &tensor,
                                      func::FuncOp entry) {
  auto type = dyn_cast<RankedTensorType>(tensor.type);
  std::optional<DlrtDType> dtype =
      type ? dtypeOf(type.getElementType()) : std::nullopt;
  if (!dtype) {
    entry.emitError() << stringifyTensorRole(tensor.role) << " '"
                      << tensor.name << "' has type " << tensor.type
                      << ", which dlc run cannot exchange";
    return std::nullopt;
  }
  HostTensor host{tensor.name, type, *dtype};
  if (!host.allocate()) {
    error() << "out of memory allocating '" << tensor.name << "'\n";
    return std::nullopt;
  }
  return host;
}

/// Adds `<entry>_grad` with dl-autodiff and returns it, or null after
/// reporting why it cannot be built. A function without one scalar result
/// gets cotangent inputs (`seed.<result>`).
func::FuncOp differentiate(ModuleOp module, func::FuncOp entry,
                           ArrayRef<std::string> wrt) {
  bool scalar = entry.getNumResults() == 1 &&
                cast<RankedTensorType>(entry.getResultTypes()[0]).getRank() == 0;
  DLAutodiffPassOptions autodiff;
  autodiff.functionName = entry.getName().str();
  autodiff.wrt = llvm::to_vector(wrt);
  autodiff.seed = !scalar;
  PassManager pm(module.getContext());
  pm.addPass(createDLAutodiffPass(autodiff));
  if (failed(pm.run(module)))
    return {};
  return module.lookupSymbol<func::FuncOp>((entry.getName() + "_grad").str());
}

/// One element of a float tensor as a double.
double &elementF64(HostTensor &t, int64_t i) {
  return static_cast<double *>(t.data.get())[i];
}
float &elementF32(HostTensor &t, int64_t i) {
  return static_cast<float *>(t.data.get())[i];
}
double readElement(HostTensor &t, int64_t i) {
  return t.dtype == DLRT_F64 ? elementF64(t, i) : double(elementF32(t, i));
}
void writeElement(HostTensor &t, int64_t i, double v) {
  if (t.dtype == DLRT_F64)
    elementF64(t, i) = v;
  else
    elementF32(t, i) = float(v);
}

/// Compares the gradients `dlc run --grad` computed (`gradOutputs`, named
/// grad.<argument>) with central differences of the primal function, whose
/// arguments are the leading `arguments` and whose results are the leading
/// `gradOutputs`. The objective is the scalar result, or sum(seed * result)
/// over the results with seed inputs. Step and tolerances follow the element
/// type: f64 h = 1e-6, |analytic - numeric| <= 1e-6 + 1e-5 |numeric|;
/// f32 h = 1e-2, 1e-3 + 1e-2 |numeric|.
bool checkGradients(JitFunction &primal, unsigned primalArgumentCount,
                    unsigned primalResultCount,
                    std::vector<HostTensor> &arguments,
                    std::vector<HostTensor> &gradOutputs) {
  llvm::StringMap<HostTensor *> byName;
  for (HostTensor &t : arguments)
    byName[t.name] = &t;
  // The gradient function takes the primal's arguments and then seeds, and
  // returns the primal's results and then the gradients.
  std::vector<HostTensor *> primalArguments, primalResults, gradients;
  for (auto [i, t] : llvm::enumerate(arguments))
    if (i < primalArgumentCount)
      primalArguments.push_back(&t);
  for (auto [i, t] : llvm::enumerate(gradOutputs))
    (i < primalResultCount ? primalResults : gradients)
        .push_back(&t);

  // Scratch outputs for the primal, so the reported results stay intact.
  std::vector<HostTensor> scratch;
  for (HostTensor *t : primalResults) {
    HostTensor copy{t->name, t->type, t->dtype};
    if (!copy.allocate()) {
      error() << "out of memory\n";
      return false;
    }
    scratch.push_back(std::move(copy));
  }
  std::vector<BufferArg> buffers;
  for (HostTensor *t : primalArguments)
    buffers.push_back({t->data.get(), t->type.getShape().vec()});
  for (HostTensor &t : scratch)
    buffers.push_back({t.data.get(), t.type.getShape().vec()});

  auto objective = [&]() -> std::optional<double> {
    if (reportIfError(primal.call(buffers)))
      return std::nullopt;
    double total = 0;
    for (HostTensor &result : scratch) {
      if (result.dtype != DLRT_F32 && result.dtype != DLRT_F64)
        continue;
      HostTensor *seedTensor = nullptr;
      auto it = byName.find(("seed." + result.name));
      if (it != byName.end())
        seedTensor = it->second;
      for (int64_t i = 0, e = result.type.getNumElements(); i < e; ++i)
        total += readElement(result, i) *
                 (seedTensor ? readElement(*seedTensor, i) : 1.0);
    }
    return total;
  };

  bool ok = true;
  for (HostTensor *gradient : gradients) {
    // grad.<argument>, or grad.grad.<argument> for the gradient of a
    // gradient function (docs/autodiff.md).
    llvm::StringRef name = gradient->name;
    HostTensor *argument = nullptr;
    while (!argument && name.consume_front("grad."))
      argument = byName.lookup(name);
    if (!argument) {
      error() << "--check-grad: no argument '" << name << "' for "
              << gradient->name << "\n";
      return false;
    }
    bool f64 = argument->dtype == DLRT_F64;
    double h = f64 ? 1e-6 : 1e-2, atol = f64 ? 1e-6 : 1e-3,
           rtol = f64 ? 1e-5 : 1e-2;
    double worst = 0;
    int64_t failures = 0;
    for (int64_t i = 0, e = argument->type.getNumElements(); i < e; ++i) {
      double x = readElement(*argument, i);
      writeElement(*argument, i, x + h);
      std::optional<double> plus = objective();
      writeElement(*argument, i, x - h);
      std::optional<double> minus = objective();
      writeElement(*argument, i, x);
      if (!plus || !minus)
        return false;
      double numeric = (*plus - *minus) / (2 * h);
      double analytic = readElement(*gradient, i);
      double difference = std::abs(analytic - numeric);
      // NaN is the worst difference of all, and std::max would drop it.
      if (std::isnan(difference) || difference > worst)
        worst = difference;
      if (!(difference <= atol + rtol * std::abs(numeric))) {
        if (failures++ < 5)
          error() << llvm::formatv(
              "{0}[{1}]: analytic {2:e} but central difference {3:e}\n",
              gradient->name, i, analytic, numeric);
      }
    }
    llvm::outs() << llvm::formatv(
        "{0}: {1} elements, max |analytic - numeric| = {2:e}: {3}\n",
        gradient->name, argument->type.getNumElements(), worst,
        failures ? "MISMATCH" : "ok");
    ok &= failures == 0;
  }
  return ok;
}

} // namespace

int mlir::dl::runRunCommand(const RunOptions &options) {
  if (options.repeat == 0) {
    error() << "--repeat must be at least 1\n";
    return 1;
  }
  Session session;
  OwningOpRef<ModuleOp> module = session.load(options.inputPath);
  if (!module)
    return 1;

  func::FuncOp entry = findEntry(*module, options.entry, options.inputPath);
  if (!entry || failed(checkIsModel(entry)))
    return 1;
  func::FuncOp primal;
  if (options.grad || options.checkGrad) {
    primal = entry;
    entry = differentiate(*module, entry, options.wrt);
    if (!entry)
      return 1;
  }
  FailureOr<ModelSignature> signature = ModelSignature::get(entry);
  if (failed(signature))
    return 1;
  SmallVector<ModelTensor> updates = signature->updates;

  // Bind every argument by name, reporting every problem before stopping.
  TensorFiles files;
  bool ok = files.open(options.tensorFiles);
  std::vector<HostTensor> arguments, outputs;
  std::mt19937_64 rng(options.randomSeed.value_or(0));
  for (const ModelTensor &tensor : signature->arguments) {
    std::optional<HostTensor> allocated = allocateFor(tensor, entry);
    if (!allocated)
      return 1;
    HostTensor host = std::move(*allocated);
    auto it = files.byName.find(tensor.name);
    if (it == files.byName.end()) {
      if (options.randomSeed) {
        fillRandom(host, rng);
      } else {
        error() << "missing " << stringifyTensorRole(tensor.role) << " '"
                << tensor.name << "' (" << tensor.type
                << "): no --inputs file holds it; --random-inputs SEED fills "
                   "missing tensors\n";
        ok = false;
      }
    } else {
      TensorFiles::Entry &found = it->second;
      found.used = true;
      llvm::ArrayRef<int64_t> fileShape(found.view.shape, found.view.rank);
      if (found.view.dtype != host.dtype ||
          fileShape != host.type.getShape()) {
        error() << found.path << ": tensor '" << tensor.name << "' is "
                << dlrtDTypeName(found.view.dtype) << " "
                << shapeString(fileShape) << " but @" << entry.getName()
                << " expects " << dlrtDTypeName(host.dtype) << " "
                << shapeString(host.type.getShape()) << "\n";
        ok = false;
      } else if (host.byteSize) {
        std::memcpy(host.data.get(), found.view.data, host.byteSize);
      }
    }
    arguments.push_back(std::move(host));
  }
  for (auto &entryIt : files.byName)
    if (!entryIt.second.used) {
      error() << entryIt.second.path << ": tensor '" << entryIt.first()
              << "' is not an argument of @" << entry.getName() << "\n";
      ok = false;
    }
  for (const ModelTensor &tensor : signature->results) {
    std::optional<HostTensor> host = allocateFor(tensor, entry);
    if (!host)
      return 1;
    outputs.push_back(std::move(*host));
  }
  if (!ok)
    return 1;

  // Compile. Other public functions are compiled too; only the entry runs.
  std::string entryName = entry.getName().str();
  // Read before lowering: the pipeline replaces the func.func.
  std::string primalName = primal ? primal.getName().str() : "";
  unsigned primalArgumentCount = primal ? primal.getNumArguments() : 0;
  unsigned primalResultCount = primal ? primal.getNumResults() : 0;
  requestCInterfaces(*module);
  TargetDescription target =
      resolveTarget(options.target.cpu, options.target.features);
  if (failed(runPipeline(*module, Phase::LLVM, target)))
    return 1;
  auto function = JitFunction::create(*module, entryName, target);
  if (!function)
    return reportIfError(function.takeError()) ? 1 : 1;

  std::vector<BufferArg> buffers;
  for (HostTensor &tensor : llvm::concat<HostTensor>(arguments, outputs))
    buffers.push_back({tensor.data.get(), tensor.type.getShape().vec()});
  std::vector<double> millis;
  for (unsigned i = 0; i < options.repeat; ++i) {
    auto start = std::chrono::steady_clock::now();
    if (reportIfError((*function)->call(buffers)))
      return 1;
    std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;
    millis.push_back(elapsed.count());
  }
  if (options.repeat > 1) {
    std::sort(millis.begin(), millis.end());
    llvm::outs() << llvm::formatv(
        "@{0}: median {1:f4} ms per call over {2} calls\n", entryName,
        millis[millis.size() / 2], options.repeat);
  }

  if (options.checkGrad) {
    auto primalFunction = JitFunction::create(*module, primalName, target);
    if (!primalFunction)
      return reportIfError(primalFunction.takeError()) ? 1 : 1;
    if (!checkGradients(**primalFunction, primalArgumentCount,
                        primalResultCount, arguments, outputs))
      return 1;
  }

  // Arguments the entry updated in place (a training step's parameters and
  // optimizer state) are results too, under their own names.
  std::vector<const HostTensor *> written;
  for (const HostTensor &tensor : outputs)
    written.push_back(&tensor);
  for (const ModelTensor &update : updates)
    for (const HostTensor &tensor : arguments)
      if (tensor.name == update.name)
        written.push_back(&tensor);
  if (options.print)
    for (const HostTensor *tensor : written)
      printTensor(llvm::outs(), *tensor);
  if (!options.outputPath.empty()) {
    std::vector<DlrtTensorView> views;
    std::vector<std::vector<int64_t>> shapes;
    shapes.reserve(written.size());
    for (const HostTensor *pointer : written) {
      const HostTensor &tensor = *pointer;
      shapes.push_back(tensor.type.getShape().vec());
      views.push_back({tensor.name.c_str(), tensor.dtype,
                       static_cast<int64_t>(shapes.back().size()),
                       shapes.back().data(), tensor.data.get(),
                       tensor.byteSize});
    }
    if (dlrtTensorFileWrite(options.outputPath.c_str(), views.data(),
                            views.size()) != DLRT_OK) {
      error() << dlrtLastErrorMessage() << "\n";
      return 1;
    }
  }
  return 0;
}
