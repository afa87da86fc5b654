//===- c_api.cpp - C API wrappers around the safetensors classes ----------===//
// SPDX-License-Identifier: Apache-2.0
//
// The C functions for safetensors files are thin wrappers over TensorFile and
// writeSafetensors. Their job is the boundary: check the raw pointers C
// callers pass, run the C++ code inside callAtBoundary so that no exception
// escapes, and present C++ views as DlrtTensorView structs whose pointers
// stay valid as long as the file handle.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/safetensors.h"

#include "internal.h"

#include <string>
#include <vector>

using namespace dl::rt;

// The structs and enums are shared with C code compiled by other compilers;
// pin the layout assumptions the ABI version stands for.
static_assert(sizeof(DlrtStatus) == 4 && sizeof(DlrtDType) == 4,
              "DLRT enums must be 32 bits wide");
static_assert(sizeof(DlrtTensorView) == 48, "DlrtTensorView layout changed");

struct DlrtTensorFile {
  TensorFile file;
};

namespace {

void fillView(const TensorView &tensor, DlrtTensorView *out) {
  out->name = tensor.name.c_str();
  out->dtype = tensor.dtype;
  out->rank = static_cast<int64_t>(tensor.shape.size());
  out->shape = tensor.shape.empty() ? nullptr : tensor.shape.data();
  out->data = tensor.data;
  out->byteSize = tensor.byteSize;
}

[[noreturn]] void invalidArgument(const std::string &message) {
  detail::fail(DLRT_ERROR_INVALID_ARGUMENT, message);
}

} // namespace

extern "C" {

DlrtStatus dlrtTensorFileOpen(const char *path, DlrtTensorFile **out) {
  return detail::callAtBoundary([&] {
    if (!out)
      invalidArgument("dlrtTensorFileOpen: out is NULL");
    *out = nullptr;
    if (!path)
      invalidArgument("dlrtTensorFileOpen: path is NULL");
    *out = new DlrtTensorFile{TensorFile::load(path)};
  });
}

void dlrtTensorFileClose(DlrtTensorFile *file) { delete file; }

size_t dlrtTensorFileCount(const DlrtTensorFile *file) {
  return file ? file->file.size() : 0;
}

DlrtStatus dlrtTensorFileGetByIndex(const DlrtTensorFile *file, size_t index,
                                    DlrtTensorView *out) {
  return detail::callAtBoundary([&] {
    if (!file || !out)
      invalidArgument("dlrtTensorFileGetByIndex: file or out is NULL");
    fillView(file->file.at(index), out);
  });
}

DlrtStatus dlrtTensorFileGetByName(const DlrtTensorFile *file, const char *name,
                                   DlrtTensorView *out) {
  return detail::callAtBoundary([&] {
    if (!file || !name || !out)
      invalidArgument("dlrtTensorFileGetByName: file, name or out is NULL");
    fillView(file->file.get(name), out);
  });
}

DlrtStatus dlrtTensorFileWrite(const char *path, const DlrtTensorView *tensors,
                               size_t count) {
  return detail::callAtBoundary([&] {
    if (!path)
      invalidArgument("dlrtTensorFileWrite: path is NULL");
    if (!tensors && count != 0)
      invalidArgument(std::string(path) + ": tensors is NULL but count is " +
                      std::to_string(count));
    std::vector<TensorView> views(count);
    for (size_t i = 0; i < count; ++i) {
      const DlrtTensorView &in = tensors[i];
      std::string which = std::string(path) + ": tensor #" + std::to_string(i);
      if (!in.name)
        invalidArgument(which + ": name is NULL");
      which += " (" + detail::quote(in.name) + ")";
      if (in.rank < 0)
        invalidArgument(which + ": rank " + std::to_string(in.rank) +
                        " is negative");
      if (in.rank > 0 && !in.shape)
        invalidArgument(which + ": shape is NULL but rank is " +
                        std::to_string(in.rank));
      views[i].name = in.name;
      views[i].dtype = in.dtype;
      if (in.rank > 0)
        views[i].shape.assign(in.shape, in.shape + in.rank);
      views[i].data = in.data;
      views[i].byteSize = in.byteSize;
    }
    writeSafetensors(path, views);
  });
}

} // extern "C"
