//===- DriverSupport.cpp - What dlc's commands share ----------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Every failure is reported (an MLIR diagnostic with a location for IR, a
// message naming the file and tensor otherwise) and turned into exit code 1;
// outputs go through temporary files that replace the target only on
// success, so a failed run never leaves a half-written or truncated file.
//
//===----------------------------------------------------------------------===//

#include "compiler/Driver/DriverSupport.h"

#include "compiler/InitAll.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/WithColor.h"

using namespace mlir;
using namespace mlir::dl;

namespace mlir::dl::driver {

llvm::raw_ostream &error() { return llvm::WithColor::error(llvm::errs(), "dlc"); }

bool reportIfError(llvm::Error err) {
  bool failed = false;
  llvm::handleAllErrors(std::move(err), [&](const llvm::ErrorInfoBase &info) {
    error() << info.message() << "\n";
    failed = true;
  });
  return failed;
}

llvm::Error writeAtomically(
    llvm::StringRef path,
    llvm::function_ref<llvm::Error(llvm::raw_pwrite_stream &)> write) {
  if (path == "-")
    return write(llvm::outs());
  auto temp = llvm::sys::fs::TempFile::create(path + ".tmp-%%%%%%%%");
  if (!temp)
    return llvm::createStringError(
        llvm::formatv("cannot write {0}: {1}", path,
                      llvm::toString(temp.takeError())));
  llvm::Error written = [&]() -> llvm::Error {
    llvm::raw_fd_ostream os(temp->FD, /*shouldClose=*/false);
    if (llvm::Error err = write(os))
      return err;
    os.flush();
    if (os.has_error())
      return llvm::createStringError(llvm::formatv(
          "cannot write {0}: {1}", path, os.error().message()));
    return llvm::Error::success();
  }();
  if (written) {
    llvm::consumeError(temp->discard());
    return written;
  }
  if (llvm::Error err = temp->keep(path))
    return llvm::createStringError(llvm::formatv(
        "cannot write {0}: {1}", path, llvm::toString(std::move(err))));
  return llvm::Error::success();
}

func::FuncOp findEntry(ModuleOp module, llvm::StringRef name,
                       llvm::StringRef path) {
  llvm::SmallVector<func::FuncOp> candidates;
  module.walk([&](func::FuncOp f) {
    if (!f.isExternal() && f.isPublic())
      candidates.push_back(f);
  });
  auto listCandidates = [&](llvm::raw_ostream &diag) {
    for (func::FuncOp f : candidates)
      diag << " @" << f.getName();
    diag << "\n";
  };
  if (!name.empty()) {
    auto entry = module.lookupSymbol<func::FuncOp>(name);
    if (entry && !entry.isExternal())
      return entry;
    listCandidates(error() << "no function @" << name << " in " << path
                           << "; it defines:");
    return {};
  }
  if (candidates.size() == 1)
    return candidates.front();
  listCandidates(error() << path << " defines " << candidates.size()
                         << " public functions; choose one with --entry:");
  return {};
}

LogicalResult checkIsModel(func::FuncOp function) {
  if (isModelFunction(function))
    return success();
  return function.emitError()
         << "@" << function.getName()
         << " is not a model: its arguments and results carry no dl.param, "
            "dl.input or dl.output names (docs/model-convention.md)";
}

LogicalResult addTrainingSteps(ModuleOp module,
                               const DLTrainStepPassOptions &options) {
  PassManager pm(module.getContext());
  pm.addPass(createDLTrainStepPass(options));
  return pm.run(module);
}

void requestCInterfaces(ModuleOp module) {
  module.walk([](func::FuncOp function) {
    if (!function.isExternal() && function.isPublic())
      function->setAttr("llvm.emit_c_interface",
                        UnitAttr::get(function.getContext()));
  });
}

/// Functions the generated code may call: a model function of the same
/// name would be called instead (the symbol is bound in the module).
static constexpr llvm::StringLiteral kRuntimeSymbols[] = {
    "malloc", "free",  "memcpy", "memset", "memrefCopy", "exp",  "expf",
    "log",    "logf",  "log1p",  "log1pf", "pow",        "powf", "tanh",
    "tanhf",  "sqrt",  "sqrtf",  "erf",    "erff",       "fabs", "fabsf",
    "cos",    "cosf",  "sin",    "sinf",   "exp2",       "exp2f", "log2",
    "log2f",  "fmax",  "fmaxf",  "fmin",   "fminf",      "copysign",
    "copysignf"};

LogicalResult runPipeline(ModuleOp module, Phase stopAfter,
                          const TargetDescription &target, bool cEntryPoints) {
  if (stopAfter == Phase::LLVM) {
    bool clash = false;
    module.walk([&](func::FuncOp f) {
      if (!f.isExternal() && llvm::is_contained(kRuntimeSymbols, f.getName())) {
        f.emitError() << "function @" << f.getName()
                      << " has the name of a C library function the generated "
                         "code calls; rename it";
        clash = true;
      }
    });
    if (clash)
      return failure();
  }
  PassManager pm(module->getContext());
  PipelineOptions options;
  options.stopAfter = stopAfter;
  options.cpu = target.cpu;
  options.features = target.features;
  options.cEntryPoints = cEntryPoints;
  buildDLToLLVMPipeline(pm, options);
  return pm.run(module);
}

Session::Session() {
  DialectRegistry registry;
  registerAllDLDialects(registry);
  context.appendDialectRegistry(registry);
  context.loadAllAvailableDialects();
  // A diagnostic's location points into the user's file; a dump of the op
  // (a whole module for a module-level error) would bury it.
  context.printOpOnDiagnostic(false);
}

OwningOpRef<ModuleOp> Session::load(llvm::StringRef path) {
  std::string message;
  auto file = openInputFile(path, &message);
  if (!file) {
    error() << message << "\n";
    return nullptr;
  }
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  return parseSourceFile<ModuleOp>(sourceMgr, &context);
}

OwningOpRef<ModuleOp>
Session::load(llvm::StringRef path,
              const std::optional<DLTrainStepPassOptions> &trainStep) {
  OwningOpRef<ModuleOp> module = load(path);
  if (module && trainStep && failed(addTrainingSteps(*module, *trainStep)))
    return nullptr;
  return module;
}

std::optional<DlrtDType> dtypeOf(Type elementType) {
  if (elementType.isF32())
    return DLRT_F32;
  if (elementType.isF64())
    return DLRT_F64;
  if (elementType.isInteger(32))
    return DLRT_I32;
  if (elementType.isInteger(64))
    return DLRT_I64;
  if (elementType.isInteger(1))
    return DLRT_BOOL;
  return std::nullopt;
}

std::string shapeString(llvm::ArrayRef<int64_t> shape) {
  std::string s = "[";
  for (auto [i, d] : llvm::enumerate(shape))
    s += (i ? ", " : "") + std::to_string(d);
  return s + "]";
}

bool TensorFiles::open(llvm::ArrayRef<std::string> paths) {
  bool ok = true;
  for (const std::string &path : paths) {
    DlrtTensorFile *file = nullptr;
    if (dlrtTensorFileOpen(path.c_str(), &file) != DLRT_OK) {
      error() << dlrtLastErrorMessage() << "\n";
      ok = false;
      continue;
    }
    files.push_back(file);
    for (size_t i = 0, e = dlrtTensorFileCount(file); i < e; ++i) {
      DlrtTensorView view;
      dlrtTensorFileGetByIndex(file, i, &view);
      auto [it, inserted] = byName.try_emplace(view.name, Entry{view, path});
      if (!inserted) {
        error() << "tensor '" << view.name << "' is defined in both "
                << it->second.path << " and " << path << "\n";
        ok = false;
      }
    }
  }
  return ok;
}

} // namespace mlir::dl::driver
