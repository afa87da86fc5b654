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
using detail::Arg;

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

[[noreturn]] void invalidArgument(const char *pattern,
                                  std::initializer_list<Arg> args = {}) {
  detail::fail(DLRT_ERROR_INVALID_ARGUMENT, pattern, args);
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

DlrtStatus dlrtTensorFileBind(const DlrtTensorFile *file, const char *name,
                              DlrtDType dtype, int64_t rank,
                              const int64_t *shape, const void **data) {
  return detail::callAtBoundary([&] {
    if (!data)
      invalidArgument("dlrtTensorFileBind: data is NULL");
    *data = nullptr;
    if (!file)
      invalidArgument("dlrtTensorFileBind: file is NULL");
    if (!name)
      invalidArgument("dlrtTensorFileBind: name is NULL");
    if (rank < 0)
      invalidArgument("{}: cannot bind tensor {}: rank {} is negative",
                      {file->file.path(), Arg::singleQuoted(name), rank});
    if (rank > 0 && !shape)
      invalidArgument("{}: cannot bind tensor {}: shape is NULL but rank is {}",
                      {file->file.path(), Arg::singleQuoted(name), rank});
    std::vector<int64_t> expected;
    for (int64_t i = 0; i < rank; ++i)
      expected.push_back(shape[i]);
    *data = file->file.bind(name, dtype, expected);
  });
}

DlrtStatus dlrtTensorFileWrite(const char *path, const DlrtTensorView *tensors,
                               size_t count) {
  return detail::callAtBoundary([&] {
    if (!path)
      invalidArgument("dlrtTensorFileWrite: path is NULL");
    if (!tensors && count != 0)
      invalidArgument("{}: tensors is NULL but count is {}", {path, count});
    std::vector<TensorView> views(count);
    for (size_t i = 0; i < count; ++i) {
      const DlrtTensorView &in = tensors[i];
      if (!in.name)
        invalidArgument("{}: tensor #{}: name is NULL", {path, i});
      if (in.rank < 0)
        invalidArgument("{}: tensor #{} ({}): rank {} is negative",
                        {path, i, Arg::quoted(in.name), in.rank});
      if (in.rank > 0 && !in.shape)
        invalidArgument("{}: tensor #{} ({}): shape is NULL but rank is {}",
                        {path, i, Arg::quoted(in.name), in.rank});
      views[i].name = in.name;
      views[i].dtype = in.dtype;
      for (int64_t d = 0; d < in.rank; ++d)
        views[i].shape.push_back(in.shape[d]);
      views[i].data = in.data;
      views[i].byteSize = in.byteSize;
    }
    writeSafetensors(path, views);
  });
}

} // extern "C"
