//===- safetensors.h - Safetensors files in the runtime C++ API -*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Model weights travel as safetensors files
// (https://github.com/huggingface/safetensors): a little-endian u64 header
// length, a JSON header describing each tensor, then one data buffer. This
// header is the C++ face of the reader and writer; the C API in runtime.h
// wraps it. Files are validated strictly on load (runtime/README.md lists the
// rules) because they usually come from elsewhere, and a bad offset would
// otherwise turn into an out-of-bounds read in generated code.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SAFETENSORS_H
#define DL_RUNTIME_SAFETENSORS_H

#include "dl/runtime/error.h"
#include "dl/runtime/runtime.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dl::rt {

/// A dense, row-major, little-endian tensor that the runtime does not own:
/// either one inside a TensorFile or one handed to writeSafetensors.
struct TensorView {
  /// UTF-8 name, unique within a file.
  std::string name;
  /// Element type.
  DlrtDType dtype = DLRT_F32;
  /// Non-negative extents; empty for a scalar.
  std::vector<int64_t> shape;
  /// `byteSize` bytes of element data; may be null when byteSize is 0.
  const void *data = nullptr;
  /// Product of the extents times dlrtDTypeSize(dtype).
  size_t byteSize = 0;
};

/// The free-form string map stored under the `__metadata__` header key.
using Metadata = std::map<std::string, std::string>;

/// DTypeOf<T>::value is the DlrtDType whose elements have the C++ type T.
/// Defined only where the two match exactly: BOOL has no C++ counterpart,
/// because a file may hold bytes other than 0 and 1, which a `bool` must not.
template <typename T>
struct DTypeOf;
template <>
struct DTypeOf<float> {
  static constexpr DlrtDType value = DLRT_F32;
};
template <>
struct DTypeOf<double> {
  static constexpr DlrtDType value = DLRT_F64;
};
template <>
struct DTypeOf<int32_t> {
  static constexpr DlrtDType value = DLRT_I32;
};
template <>
struct DTypeOf<int64_t> {
  static constexpr DlrtDType value = DLRT_I64;
};
template <>
struct DTypeOf<uint8_t> {
  static constexpr DlrtDType value = DLRT_U8;
};

/// A safetensors file read into memory and validated. The whole file lives in
/// one buffer whose data section starts DLRT_DEFAULT_ALIGNMENT-aligned; the
/// views point into it and live as long as the TensorFile. Tensors are kept in
/// the order of their data in the file. Move-only; a moved-from TensorFile may
/// only be destroyed or assigned to.
class DLRT_API TensorFile {
public:
  /// Iterator over TensorView.
  using const_iterator = std::vector<TensorView>::const_iterator;

  /// Reads and validates the file at `path`. Throws Error with
  /// DLRT_ERROR_NOT_FOUND if it does not exist, DLRT_ERROR_IO if it cannot be
  /// read, DLRT_ERROR_FORMAT if it is not a valid safetensors file and
  /// DLRT_ERROR_OUT_OF_MEMORY if it does not fit in memory.
  static TensorFile load(const std::string &path);

  /// Moves keep every view valid: they point into the buffer, which moves
  /// with the file.
  TensorFile(TensorFile &&other) noexcept;
  TensorFile &operator=(TensorFile &&other) noexcept;
  /// Copying would duplicate a possibly multi-gigabyte buffer; share a
  /// TensorFile by reference instead.
  TensorFile(const TensorFile &) = delete;
  TensorFile &operator=(const TensorFile &) = delete;
  /// Frees the buffer; views into it become dangling.
  ~TensorFile();

  /// The path the file was loaded from, as given to load().
  const std::string &path() const;
  /// Number of tensors; `__metadata__` is not one.
  size_t size() const;
  /// True if the file holds no tensor.
  bool empty() const { return size() == 0; }

  /// Iteration over the tensors in data order.
  const_iterator begin() const;
  const_iterator end() const;

  /// The tensor at `index` in data order; throws DLRT_ERROR_INVALID_ARGUMENT
  /// when out of range.
  const TensorView &at(size_t index) const;
  /// The tensor called `name`, or null.
  const TensorView *find(std::string_view name) const;
  /// The tensor called `name`; throws DLRT_ERROR_NOT_FOUND when absent.
  const TensorView &get(std::string_view name) const;

  /// The data of the tensor called `name`, after checking it against what
  /// the caller (typically a compiled model) expects: element type `dtype`,
  /// exactly the extents `shape` (empty for a scalar), and data aligned to
  /// the element size. The pointer lives as long as the TensorFile. Throws
  /// DLRT_ERROR_NOT_FOUND when there is no such tensor and
  /// DLRT_ERROR_INVALID_ARGUMENT on any mismatch, with a message naming the
  /// file, the tensor and both sides (`model.safetensors: tensor 'fc.weight'
  /// has shape [784, 10] but the model expects [784, 128]`), or when `dtype`
  /// is not a valid DlrtDType or `shape` has a negative extent.
  const void *bind(std::string_view name, DlrtDType dtype,
                   const std::vector<int64_t> &shape) const;
  /// bind() with the dtype of T (see DTypeOf), returning a typed pointer:
  /// `file.bind<float>("fc.weight", {784, 128})`.
  template <typename T>
  const T *bind(std::string_view name,
                const std::vector<int64_t> &shape) const {
    return static_cast<const T *>(bind(name, DTypeOf<T>::value, shape));
  }

  /// The `__metadata__` map; empty when the header has none.
  const Metadata &metadata() const;

private:
  /// The buffer, the views and the name index, kept out of the header so
  /// that they can change without breaking users of the shared library.
  struct Impl;
  /// Used by load().
  explicit TensorFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl;
};

/// Writes `tensors` to a safetensors file at `path`, data laid out back to
/// back in the given order, and `metadata` under `__metadata__` unless empty.
/// The header is padded with spaces to a multiple of 8 bytes, as the
/// reference implementation does. Throws DLRT_ERROR_INVALID_ARGUMENT for a
/// duplicate or reserved name, a bad dtype or shape, a byteSize that does not
/// match the shape, or null data with a nonzero size, before touching the
/// disk; DLRT_ERROR_IO if the write fails. The target is replaced atomically
/// (temporary file, fsync, rename): after a failure an existing file at
/// `path` is unchanged and no temporary file remains.
DLRT_API void writeSafetensors(const std::string &path,
                               const std::vector<TensorView> &tensors,
                               const Metadata &metadata = {});

} // namespace dl::rt

#endif // DL_RUNTIME_SAFETENSORS_H
