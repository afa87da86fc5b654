//===- Aot.cpp - dlc model.mlir --aot -o model.o --header model.h ---------===//
// SPDX-License-Identifier: Apache-2.0
//
// Ahead-of-time compilation for applications. The entry points are renamed
// `<model>_<function>` and exported with the C ABI the pipeline gives them
// (dl-export-c-entry-points): one pointer per tensor and a DlrtStatus
// result. Everything else in the object is internal, so an application sees
// exactly the functions its header declares. Parameters found in a weights
// file can be embedded as constants, which bufferization places in
// read-only globals shared by every entry that uses them.
//
//===----------------------------------------------------------------------===//

#include "compiler/Driver/Driver.h"

#include "compiler/Driver/DriverSupport.h"
#include "compiler/Target/CHeader.h"
#include "compiler/Target/CodeGen.h"
#include "dialects/DL/IR/DLOps.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/WithColor.h"

using namespace mlir;
using namespace mlir::dl;
using namespace mlir::dl::driver;

namespace {

/// A temporary file next to `path` that replaces it only on keep(), and is
/// removed if never kept. Both outputs of --aot are written this way, and
/// kept only once both are complete.
class PendingFile {
public:
  static llvm::Expected<PendingFile> create(llvm::StringRef path) {
    auto temp = llvm::sys::fs::TempFile::create(path + ".tmp-%%%%%%%%");
    if (!temp)
      return llvm::createStringError(
          llvm::formatv("cannot write {0}: {1}", path,
                        llvm::toString(temp.takeError())));
    return PendingFile(path.str(), std::move(*temp));
  }
  PendingFile(PendingFile &&) = default;
  ~PendingFile() {
    os.reset();
    if (temp)
      llvm::consumeError(temp->discard());
  }

  llvm::raw_fd_ostream &stream() { return *os; }

  llvm::Error keep() {
    os->flush();
    if (os->has_error())
      return llvm::createStringError(
          llvm::formatv("cannot write {0}: {1}", path, os->error().message()));
    os.reset();
    llvm::Error kept = temp->keep(path);
    temp.reset();
    if (kept)
      return llvm::createStringError(llvm::formatv(
          "cannot write {0}: {1}", path, llvm::toString(std::move(kept))));
    return llvm::Error::success();
  }

private:
  PendingFile(std::string path, llvm::sys::fs::TempFile temp)
      : path(std::move(path)),
        temp(std::make_unique<llvm::sys::fs::TempFile>(std::move(temp))) {
    os = std::make_unique<llvm::raw_fd_ostream>(this->temp->FD,
                                                /*shouldClose=*/false);
  }

  std::string path;
  std::unique_ptr<llvm::sys::fs::TempFile> temp;
  std::unique_ptr<llvm::raw_fd_ostream> os;
};

/// The entry points: the named functions, or every public model function.
FailureOr<SmallVector<func::FuncOp>>
selectEntries(ModuleOp module, const CompileOptions &options) {
  SmallVector<func::FuncOp> functions;
  if (options.entries.empty()) {
    module.walk([&](func::FuncOp f) {
      if (!f.isExternal() && f.isPublic() && isModelFunction(f))
        functions.push_back(f);
    });
    if (functions.empty()) {
      error() << options.inputPath
              << " has no public model function to compile\n";
      return failure();
    }
    return functions;
  }
  for (const std::string &name : options.entries) {
    auto f = module.lookupSymbol<func::FuncOp>(name);
    if (!f || f.isExternal()) {
      error() << "no function @" << name << " in " << options.inputPath
              << "\n";
      return failure();
    }
    if (!isModelFunction(f)) {
      f.emitError() << "@" << f.getName()
                    << " is not a model: its arguments and results carry no "
                       "dl names (docs/model-convention.md)";
      return failure();
    }
    if (!llvm::is_contained(functions, f))
      functions.push_back(f);
  }
  return functions;
}

/// Returns the constant holding `view`'s data as `type`.
ElementsAttr constantFor(RankedTensorType type, const DlrtTensorView &view) {
  if (type.getElementType().isInteger(1)) {
    // MLIR packs i1 in bits; the file holds one byte per element.
    SmallVector<bool> values;
    for (size_t i = 0; i < view.byteSize; ++i)
      values.push_back(static_cast<const uint8_t *>(view.data)[i] != 0);
    return DenseElementsAttr::get(type, values);
  }
  return DenseElementsAttr::getFromRawBuffer(
      type, ArrayRef<char>(static_cast<const char *>(view.data),
                           view.byteSize));
}

/// Checks every parameter of `functions` against `weightsPath`, and with
/// `embed` replaces each by a constant holding its value. Reports every
/// mismatch, each on its function.
LogicalResult bindWeights(ArrayRef<func::FuncOp> functions,
                          StringRef weightsPath, bool embed) {
  TensorFiles files;
  if (!files.open({weightsPath.str()}))
    return failure();
  bool ok = true;
  for (func::FuncOp f : functions) {
    FailureOr<ModelSignature> signature = ModelSignature::get(f);
    if (failed(signature))
      return failure();
    llvm::BitVector embedded(f.getNumArguments());
    for (const ModelTensor &t : signature->arguments) {
      if (t.role != TensorRole::Parameter)
        continue;
      auto type = cast<RankedTensorType>(t.type);
      auto found = files.byName.find(t.name);
      // A training step's optimizer state starts from zero, not from a
      // weights file (embedding is refused for training steps).
      bool updated = llvm::any_of(signature->updates, [&](const ModelTensor &u) {
        return u.name == t.name;
      });
      if (found == files.byName.end() && updated && !embed)
        continue;
      if (found == files.byName.end()) {
        f.emitError() << weightsPath << " has no tensor '" << t.name
                      << "' for parameter #" << t.index << " of @"
                      << f.getName() << " (" << t.type << ")";
        ok = false;
        continue;
      }
      TensorFiles::Entry &entry = found->second;
      entry.used = true;
      ArrayRef<int64_t> fileShape(entry.view.shape, entry.view.rank);
      std::optional<DlrtDType> dtype = dtypeOf(type.getElementType());
      if (dtype != entry.view.dtype || fileShape != type.getShape()) {
        f.emitError() << weightsPath << ": tensor '" << t.name << "' is "
                      << dlrtDTypeName(entry.view.dtype) << " "
                      << shapeString(fileShape) << " but parameter '"
                      << t.name << "' of @" << f.getName() << " is "
                      << (dtype ? dlrtDTypeName(*dtype) : "untyped") << " "
                      << shapeString(type.getShape());
        ok = false;
        continue;
      }
      if (!embed)
        continue;
      OpBuilder b = OpBuilder::atBlockBegin(&f.getBody().front());
      Value constant = ConstantOp::create(
          b, f.getArgument(t.index).getLoc(), constantFor(type, entry.view));
      f.getArgument(t.index).replaceAllUsesWith(constant);
      embedded.set(t.index);
    }
    if (ok && failed(f.eraseArguments(embedded)))
      return failure();
  }
  for (const auto &[name, entry] : files.byName)
    if (!entry.used)
      llvm::WithColor::warning(llvm::errs(), "dlc")
          << weightsPath << ": tensor '" << name
          << "' is not a parameter of any entry point; ignored\n";
  return success(ok);
}

/// Reads the signatures the header declares and checks that every tensor
/// has a C type and a distinct C identifier.
FailureOr<std::vector<AotEntry>>
describeEntries(ArrayRef<func::FuncOp> functions, StringRef modelName) {
  std::vector<AotEntry> entries;
  llvm::StringMap<std::pair<std::string, Type>> parameters;
  llvm::StringSet<> methods;
  bool ok = true;
  for (func::FuncOp f : functions) {
    FailureOr<ModelSignature> signature = ModelSignature::get(f);
    if (failed(signature))
      return failure();
    llvm::StringMap<std::string> ids;
    for (const ModelTensor &t : llvm::concat<const ModelTensor>(
             signature->arguments, signature->results)) {
      auto type = dyn_cast<RankedTensorType>(t.type);
      if (!type || cElementType(type.getElementType()).empty()) {
        f.emitError() << stringifyTensorRole(t.role) << " '" << t.name
                      << "' has type " << t.type << ", which has no C type";
        ok = false;
        continue;
      }
      std::string id = toCIdentifier(t.name);
      auto [it, inserted] = ids.try_emplace(id, t.name);
      if (!inserted) {
        f.emitError() << "tensor names '" << it->second << "' and '"
                      << t.name << "' both become the C identifier '" << id
                      << "'";
        ok = false;
      }
      if (t.role != TensorRole::Parameter)
        continue;
      // All entries share one weights struct, hence one type per name.
      auto [param, fresh] = parameters.try_emplace(id, t.name, t.type);
      if (!fresh && param->second.second != t.type) {
        f.emitError() << "parameter '" << t.name << "' is " << t.type
                      << " here but " << param->second.second
                      << " in another entry point";
        ok = false;
      }
    }
    std::string method = toCIdentifier(f.getName());
    if (method == "weights" || method == (modelName + "_model").str() ||
        !methods.insert(method).second) {
      f.emitError() << "@" << f.getName() << " would be the C++ method '"
                    << method << "', which the header already uses";
      ok = false;
    }
    entries.push_back({(modelName + "_" + method).str(),
                       f.getName().str(), std::move(*signature)});
  }
  if (!ok)
    return failure();
  return entries;
}

} // namespace

int mlir::dl::runAotCommand(const CompileOptions &options) {
  if (options.outputPath.empty() || options.outputPath == "-" ||
      options.headerPath.empty() || options.modelName.empty()) {
    error() << "--aot needs -o OBJECT, --header HEADER and --name NAME\n";
    return 1;
  }
  if (toCIdentifier(options.modelName) != options.modelName) {
    error() << "--name '" << options.modelName
            << "' is not a C identifier (letters, digits and '_', not "
               "starting with a digit)\n";
    return 1;
  }
  if (options.embedWeights && options.weightsPath.empty()) {
    error() << "--embed-weights needs --weights FILE\n";
    return 1;
  }
  if (options.embedWeights && options.trainStep) {
    error() << "--embed-weights and --train-step exclude each other: a "
               "training step updates the parameters, which embedding makes "
               "constants\n";
    return 1;
  }
  Session session;
  OwningOpRef<ModuleOp> module =
      session.load(options.inputPath, options.trainStep);
  if (!module)
    return 1;

  FailureOr<SmallVector<func::FuncOp>> functions =
      selectEntries(*module, options);
  if (failed(functions))
    return 1;
  if (!options.weightsPath.empty() &&
      failed(bindWeights(*functions, options.weightsPath,
                         options.embedWeights)))
    return 1;
  FailureOr<std::vector<AotEntry>> entries =
      describeEntries(*functions, options.modelName);
  if (failed(entries))
    return 1;

  // Give each entry its C name; every other function becomes private, so
  // the object exports nothing but the entry points.
  for (auto [f, entry] : llvm::zip(*functions, *entries)) {
    if (failed(SymbolTable::replaceAllSymbolUses(
            f, StringAttr::get(&session.context, entry.cName), *module)))
      return 1;
    if (module->lookupSymbol(entry.cName)) {
      f.emitError() << "cannot name @" << f.getName() << "'s entry point '"
                    << entry.cName << "': the module already has that symbol";
      return 1;
    }
    SymbolTable::setSymbolName(f, entry.cName);
  }
  module->walk([&](func::FuncOp f) {
    if (!f.isExternal() && !llvm::is_contained(*functions, f))
      f.setPrivate();
  });
  // Functions the entries do not call would only cost compile time and
  // object size.
  PassManager dce(&session.context);
  dce.addPass(createSymbolDCEPass());
  if (failed(dce.run(*module)))
    return 1;

  TargetDescription target =
      resolveTarget(options.target.cpu, options.target.features);
  if (failed(runPipeline(*module, Phase::LLVM, target,
                         /*cEntryPoints=*/true)))
    return 1;
  module->walk([&](LLVM::LLVMFuncOp f) {
    bool isEntry = llvm::any_of(
        *entries, [&](const AotEntry &e) { return e.cName == f.getName(); });
    if (!f.isExternal() && !isEntry)
      f.setLinkage(LLVM::Linkage::Internal);
  });

  auto machine = createTargetMachine(target);
  if (!machine)
    return reportIfError(machine.takeError()) ? 1 : 1;
  llvm::LLVMContext llvmContext;
  auto llvmModule = translateAndOptimize(*module, llvmContext, **machine);
  if (!llvmModule)
    return reportIfError(llvmModule.takeError()) ? 1 : 1;

  auto object = PendingFile::create(options.outputPath);
  if (!object)
    return reportIfError(object.takeError()) ? 1 : 1;
  auto header = PendingFile::create(options.headerPath);
  if (!header)
    return reportIfError(header.takeError()) ? 1 : 1;
  if (reportIfError(emitMachineCode(**llvmModule, **machine,
                                    MachineCodeKind::Object,
                                    object->stream())))
    return 1;
  writeCHeader(header->stream(), options.modelName, options.inputPath,
               *entries);
  if (reportIfError(object->keep()) || reportIfError(header->keep()))
    return 1;
  return 0;
}
