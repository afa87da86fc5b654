//===- CHeader.cpp - The C/C++ header of an AOT-compiled model ------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Shapes are macros rather than `static const` arrays: an unused static
// const array is a -Wunused-variable warning in C, and every application
// uses only some of them. Everything that is not a declaration of the
// object's symbols is `static inline`, so the object's exports stay exactly
// the entry points.
//
//===----------------------------------------------------------------------===//

#include "compiler/Target/CHeader.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace mlir::dl;

std::string mlir::dl::toCIdentifier(llvm::StringRef name) {
  std::string id;
  for (char c : name)
    id += llvm::isAlnum(c) || c == '_' ? c : '_';
  if (id.empty() || llvm::isDigit(id.front()))
    id.insert(id.begin(), '_');
  return id;
}

std::string mlir::dl::cElementType(Type type) {
  if (type.isF32())
    return "float";
  if (type.isF64())
    return "double";
  if (type.isInteger(32))
    return "int32_t";
  if (type.isInteger(64))
    return "int64_t";
  // i1 is stored one byte per element, as the runtime's DLRT_BOOL.
  if (type.isInteger(1))
    return "uint8_t";
  return "";
}

namespace {

/// The runtime's dtype enumerator for an element type cElementType accepts.
std::string runtimeDType(Type type) {
  if (type.isF32())
    return "DLRT_F32";
  if (type.isF64())
    return "DLRT_F64";
  if (type.isInteger(32))
    return "DLRT_I32";
  if (type.isInteger(64))
    return "DLRT_I64";
  return "DLRT_BOOL";
}

std::string joined(ArrayRef<int64_t> values) {
  std::string s;
  for (auto [i, v] : llvm::enumerate(values))
    s += (i ? ", " : "") + std::to_string(v);
  return s;
}

/// One tensor an entry point takes or writes.
struct CTensor {
  std::string id;   ///< C identifier
  std::string name; ///< model name, for comments and weights files
  TensorRole role;
  RankedTensorType type;
  /// Written in place by the entry (a training step's parameters).
  bool updated = false;

  bool writable() const { return role == TensorRole::Output || updated; }

  std::string element() const { return cElementType(type.getElementType()); }
  std::string describe() const {
    return llvm::formatv("'{0}': {1}[{2}]", name, element(),
                         joined(type.getShape()));
  }
};

SmallVector<CTensor> cTensors(const AotEntry &entry) {
  SmallVector<CTensor> tensors;
  for (const ModelTensor &t : llvm::concat<const ModelTensor>(
           entry.signature.arguments, entry.signature.results)) {
    bool updated = t.role == TensorRole::Parameter &&
                   llvm::any_of(entry.signature.updates,
                                [&](const ModelTensor &u) { return u.name == t.name; });
    tensors.push_back({toCIdentifier(t.name), t.name, t.role,
                       cast<RankedTensorType>(t.type), updated});
  }
  return tensors;
}

/// The parameters of all entries, by C identifier, in first-use order.
llvm::MapVector<StringRef, CTensor> collectParameters(ArrayRef<AotEntry> entries) {
  llvm::MapVector<StringRef, CTensor> parameters;
  for (const AotEntry &entry : entries)
    for (const ModelTensor &t : entry.signature.arguments)
      if (t.role == TensorRole::Parameter)
        parameters.insert({t.name, {toCIdentifier(t.name), t.name, t.role,
                                    cast<RankedTensorType>(t.type)}});
  return parameters;
}

void writeEntryDeclaration(llvm::raw_ostream &os, const AotEntry &entry) {
  SmallVector<CTensor> tensors = cTensors(entry);
  os << "/*===== " << entry.cName << ": @" << entry.functionName
     << " =====*/\n\n";
  for (const CTensor &t : tensors) {
    std::string prefix = entry.cName + "_" + t.id;
    os << "/* " << stringifyTensorRole(t.role) << " " << t.describe()
       << (t.updated ? ", updated in place" : "") << " */\n";
    os << "#define " << prefix << "_rank " << t.type.getRank() << "\n";
    os << "#define " << prefix << "_shape {" << joined(t.type.getShape())
       << "}\n";
    os << "#define " << prefix << "_size " << t.type.getNumElements()
       << "\n";
  }
  os << "\n/** Runs @" << entry.functionName
     << ": reads the parameters and inputs and writes the outputs,\n"
        "    each a dense row-major buffer of the shape above. Outputs must "
        "not overlap\n    any other buffer. Returns DLRT_OK, or "
        "DLRT_ERROR_INVALID_ARGUMENT without\n    writing anything if a "
        "pointer is NULL. Reentrant: the only state is in the\n    buffers; "
        "scratch memory comes from malloc and is freed before returning. "
        "*/\n";
  os << "DlrtStatus " << entry.cName << "(";
  for (auto [i, t] : llvm::enumerate(tensors))
    os << (i ? ",\n    " : "") << (t.writable() ? "" : "const ")
       << t.element() << " *" << t.id;
  if (tensors.empty())
    os << "void";
  os << ");\n\n";

  // The same entry point for generic callers: the runtime's tools and
  // tests bind tensors by name from these descriptions.
  os << "/** The tensors of " << entry.cName
     << " in argument order, for generic callers. */\n"
     << "static inline const DlrtTensorSpec *" << entry.cName
     << "_tensors(size_t *count) {\n";
  for (auto [i, t] : llvm::enumerate(tensors))
    if (t.type.getRank())
      os << "  static const int64_t shape" << i << "[] = {"
         << joined(t.type.getShape()) << "};\n";
  if (tensors.empty()) {
    os << "  *count = 0;\n  return NULL;\n}\n\n";
  } else {
    os << "  static const DlrtTensorSpec tensors[] = {\n";
    for (auto [i, t] : llvm::enumerate(tensors))
      os << llvm::formatv(
          "      {{\"{0}\", {1}, {2}, {3}, {4}, {5}, {6}},\n", t.name,
          t.role == TensorRole::Parameter ? "DLRT_PARAMETER"
          : t.role == TensorRole::Input   ? "DLRT_INPUT"
                                          : "DLRT_OUTPUT",
          runtimeDType(t.type.getElementType()), t.type.getRank(),
          t.type.getRank() ? "shape" + std::to_string(i) : "NULL",
          t.type.getNumElements(), t.updated ? 1 : 0);
    os << "  };\n  *count = " << tensors.size()
       << ";\n  return tensors;\n}\n\n";
  }
  os << "/** Calls " << entry.cName << " with buffers[i] for tensor i of "
     << entry.cName << "_tensors. */\n"
     << "static inline DlrtStatus " << entry.cName
     << "_call(void *const *buffers) {\n";
  if (tensors.empty())
    os << "  (void)buffers;\n";
  os << "  return " << entry.cName << "(";
  for (auto [i, t] : llvm::enumerate(tensors))
    os << (i ? ", " : "") << "(" << (t.writable() ? "" : "const ")
       << t.element() << " *)buffers[" << i << "]";
  os << ");\n}\n\n";
}

void writeWeightsStruct(llvm::raw_ostream &os, StringRef model,
                        const llvm::MapVector<StringRef, CTensor> &parameters) {
  os << "/*===== Parameters =====*/\n\n"
     << "/** The parameters the entry points take, e.g. bound from a weights "
        "file by\n    " << model << "_weights_bind. */\n"
     << "typedef struct " << model << "_weights {\n";
  for (const auto &[name, t] : parameters)
    os << "  const " << t.element() << " *" << t.id << "; /* "
       << t.describe() << " */\n";
  os << "} " << model << "_weights;\n\n";

  os << "/** Points every field of `weights` at the tensor of the same name "
        "in `file`\n    (see dlrtTensorFileOpen), after checking its dtype "
        "and shape. The pointers\n    stay valid until the file is closed. "
        "On failure returns the status and\n    dlrtLastErrorMessage() names "
        "the file and the tensor. */\n"
     << "static inline DlrtStatus " << model << "_weights_bind(" << model
     << "_weights *weights,\n    const DlrtTensorFile *file) {\n"
     << "  const void *data = NULL;\n  DlrtStatus status = DLRT_OK;\n";
  for (const auto &[name, t] : parameters) {
    os << "  {\n";
    if (t.type.getRank())
      os << "    static const int64_t shape[] = {" << joined(t.type.getShape())
         << "};\n";
    os << "    status = dlrtTensorFileBind(file, \"" << name << "\", "
       << runtimeDType(t.type.getElementType()) << ", " << t.type.getRank()
       << ", " << (t.type.getRank() ? "shape" : "NULL") << ", &data);\n"
       << "    if (status != DLRT_OK)\n      return status;\n"
       << "    weights->" << t.id << " = (const " << t.element()
       << " *)data;\n  }\n";
  }
  os << "  return status;\n}\n\n";
}

/// The C++ class: a method per entry point, parameters held by the object.
void writeCppClass(llvm::raw_ostream &os, StringRef model,
                   ArrayRef<AotEntry> entries,
                   const llvm::MapVector<StringRef, CTensor> &parameters) {
  bool hasWeights = !parameters.empty();
  os << "#ifdef __cplusplus\n} /* extern \"C\" */\n\n"
     << "#include <array>\n#include <cstddef>\n#include <cstdint>\n";
  if (hasWeights)
    os << "#include <memory>\n#include <string>\n";
  os << "\n#include \"dl/runtime/error.h\"\n\n";
  os << "/// The model for C++: one method per entry point, taking sized "
        "arrays or\n/// pointers; failures throw dl::rt::Error.\n"
     << "class " << model << "_model {\npublic:\n";
  if (hasWeights) {
    os << "  /// Loads the parameters from a safetensors weights file.\n"
       << "  explicit " << model
       << "_model(const std::string &weights_path) {\n"
       << "    DlrtTensorFile *file = nullptr;\n"
       << "    DlrtStatus status = dlrtTensorFileOpen(weights_path.c_str(), "
          "&file);\n"
       << "    if (status == DLRT_OK) {\n"
       << "      file_.reset(file);\n"
       << "      status = " << model << "_weights_bind(&weights_, file);\n"
       << "    }\n"
       << "    if (status != DLRT_OK)\n"
       << "      throw dl::rt::Error(status, dlrtLastErrorMessage());\n"
       << "  }\n"
       << "  /// Uses parameters the caller keeps alive.\n"
       << "  explicit " << model << "_model(const " << model
       << "_weights &weights) : weights_(weights) {}\n\n";
  }
  for (const AotEntry &entry : entries) {
    // A training step writes its parameters, which the class holds as
    // read-only views of a weights file; training goes through the C API.
    if (!entry.signature.updates.empty())
      continue;
    SmallVector<CTensor> tensors = cTensors(entry);
    std::string method = toCIdentifier(entry.functionName);
    SmallVector<const CTensor *> visible;
    for (const CTensor &t : tensors)
      if (t.role != TensorRole::Parameter)
        visible.push_back(&t);
    os << "  // @" << entry.functionName << "\n";
    for (const CTensor *t : visible) {
      os << "  static constexpr std::array<int64_t, " << t->type.getRank()
         << "> " << method << "_" << t->id << "_shape = {{"
         << joined(t->type.getShape()) << "}};\n";
      os << "  static constexpr std::size_t " << method << "_" << t->id
         << "_size = " << t->type.getNumElements() << ";\n";
    }
    auto writeCall = [&](auto argument) {
      os << "    DlrtStatus status = " << entry.cName << "(";
      for (auto [i, t] : llvm::enumerate(tensors))
        os << (i ? ", " : "")
           << (t.role == TensorRole::Parameter ? "weights_." + t.id
                                               : argument(t));
      os << ");\n    if (status != DLRT_OK)\n"
         << "      throw dl::rt::Error(status, \"" << entry.cName
         << ": a buffer is a null pointer\");\n  }\n";
    };
    // Sized arrays.
    os << "  void " << method << "(";
    for (auto [i, t] : llvm::enumerate(visible))
      os << (i ? ",\n      " : "")
         << (t->role == TensorRole::Output ? "" : "const ") << "std::array<"
         << t->element() << ", " << t->type.getNumElements() << "> &" << t->id;
    os << ") const {\n";
    writeCall([](const CTensor &t) { return t.id + ".data()"; });
    // Pointers.
    if (!visible.empty()) {
      os << "  void " << method << "(";
      for (auto [i, t] : llvm::enumerate(visible))
        os << (i ? ",\n      " : "")
           << (t->role == TensorRole::Output ? "" : "const ")
           << t->element() << " *" << t->id;
      os << ") const {\n";
      writeCall([](const CTensor &t) { return t.id; });
    }
    os << "\n";
  }
  if (hasWeights) {
    os << "  const " << model << "_weights &weights() const { return weights_; "
          "}\n\n"
       << "private:\n"
       << "  struct FileCloser {\n"
       << "    void operator()(DlrtTensorFile *file) const { "
          "dlrtTensorFileClose(file); }\n  };\n"
       << "  std::unique_ptr<DlrtTensorFile, FileCloser> file_;\n"
       << "  " << model << "_weights weights_{};\n";
  }
  os << "};\n#endif /* __cplusplus */\n";
}

} // namespace

void mlir::dl::writeCHeader(llvm::raw_ostream &os, llvm::StringRef modelName,
                            llvm::StringRef sourcePath,
                            llvm::ArrayRef<AotEntry> entries) {
  std::string guard =
      "DLC_MODEL_" + llvm::StringRef(toCIdentifier(modelName)).upper() + "_H";
  llvm::MapVector<StringRef, CTensor> parameters = collectParameters(entries);
  os << "/* " << modelName << " - generated by dlc --aot from "
     << llvm::sys::path::filename(sourcePath)
     << ". Do not edit.\n\n   Link the object dlc wrote with this header "
        "and the dl runtime (dl::runtime).\n   docs/aot.md describes the "
        "ABI. */\n\n";
  os << "#ifndef " << guard << "\n#define " << guard << "\n\n";
  os << "#include <stddef.h>\n#include <stdint.h>\n\n"
     << "#include \"dl/runtime/runtime.h\"\n\n"
     << "#if !defined(DLRT_ABI_VERSION) || DLRT_ABI_VERSION != 1\n"
     << "#error \"" << modelName
     << ".h was generated for dl runtime ABI version 1\"\n#endif\n\n"
     << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n";
  for (const AotEntry &entry : entries)
    writeEntryDeclaration(os, entry);
  if (!parameters.empty())
    writeWeightsStruct(os, modelName, parameters);
  writeCppClass(os, modelName, entries, parameters);
  os << "\n#endif /* " << guard << " */\n";
}
