//===- runtime.h - C API of the dlc runtime library ---------------*- C -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// This header is the ABI contract between code that dlc generates (and the C
// or C++ applications that call it) and the runtime: status codes, element
// types, aligned buffers and safetensors weight files. It must stay valid C99
// and C++17 and free of any LLVM, MLIR or C++ standard library type, so it
// uses only fixed-width integers, opaque handles and plain structs. Errors are
// reported as a DlrtStatus plus a per-thread message; no C++ exception ever
// crosses a function declared here. Bump DLRT_ABI_VERSION on any change to a
// declaration, an enumerator value or a struct layout.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_RUNTIME_H
#define DL_RUNTIME_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

// DLRT_API marks the symbols exported from the shared runtime, which is built
// with hidden visibility so that its private dependencies stay private.
#if defined(__GNUC__) || defined(__clang__)
#define DLRT_API __attribute__((visibility("default")))
#else
#define DLRT_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/// Version of the ABI this header describes; see dlrtAbiVersion().
#define DLRT_ABI_VERSION 1

/// Alignment, in bytes, that the runtime uses for tensor buffers: one cache
/// line, and enough for any vector load the generated code emits.
#define DLRT_DEFAULT_ALIGNMENT 64

/// Returns the DLRT_ABI_VERSION the library was built with, so that a program
/// can detect at run time a runtime built from a different header.
DLRT_API int dlrtAbiVersion(void);

//===----------------------------------------------------------------------===//
// Status and errors
//===----------------------------------------------------------------------===//

/// Result of every fallible runtime call. Values are part of the ABI.
typedef enum DlrtStatus {
  /// Success.
  DLRT_OK = 0,
  /// The operating system refused a read, write, rename or similar.
  DLRT_ERROR_IO = 1,
  /// A file is not a valid safetensors file.
  DLRT_ERROR_FORMAT = 2,
  /// The caller passed a bad pointer, size, dtype, shape or index.
  DLRT_ERROR_INVALID_ARGUMENT = 3,
  /// A named tensor or a file does not exist.
  DLRT_ERROR_NOT_FOUND = 4,
  /// An allocation failed.
  DLRT_ERROR_OUT_OF_MEMORY = 5,
  /// A bug in the runtime: an unexpected internal exception.
  DLRT_ERROR_INTERNAL = 6,
  /// Not a status. Pins the enum to 32 bits in C and C++ alike, so any
  /// non-negative int a C caller stores is a valid value on the C++ side.
  DLRT_STATUS_FORCE_INT32 = 0x7fffffff
} DlrtStatus;

/// Returns the enumerator's spelling ("DLRT_ERROR_IO"), or
/// "DLRT_UNKNOWN_STATUS" for a value outside the enum. Never NULL.
DLRT_API const char *dlrtStatusName(DlrtStatus status);

/// Returns the message of the last failing runtime call on the calling thread,
/// or "" if none failed yet. Calls that succeed leave it unchanged, so read it
/// right after the failure. The pointer stays valid until the next failing
/// call on the same thread. Never NULL.
DLRT_API const char *dlrtLastErrorMessage(void);

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

/// Element type of a tensor. Values are part of the ABI.
typedef enum DlrtDType {
  /// IEEE 754 binary32.
  DLRT_F32 = 0,
  /// IEEE 754 binary64.
  DLRT_F64 = 1,
  /// Two's complement 32-bit integer.
  DLRT_I32 = 2,
  /// Two's complement 64-bit integer.
  DLRT_I64 = 3,
  /// Unsigned 8-bit integer.
  DLRT_U8 = 4,
  /// One byte per element, 0 or 1.
  DLRT_BOOL = 5,
  /// Not a dtype; pins the enum to 32 bits like DLRT_STATUS_FORCE_INT32.
  DLRT_DTYPE_FORCE_INT32 = 0x7fffffff
} DlrtDType;

/// Returns the size of one element in bytes, or 0 for a value outside the
/// enum.
DLRT_API size_t dlrtDTypeSize(DlrtDType dtype);

/// Returns the safetensors spelling of the dtype ("F32", "BOOL", ...), or
/// "UNKNOWN" for a value outside the enum. Never NULL.
DLRT_API const char *dlrtDTypeName(DlrtDType dtype);

//===----------------------------------------------------------------------===//
// Aligned allocation
//===----------------------------------------------------------------------===//

/// Allocates `bytes` bytes aligned to `alignment`, which must be a power of
/// two and at least sizeof(void *). A request for 0 bytes returns a unique
/// non-NULL pointer that must not be dereferenced but must be freed, so that
/// NULL always means failure. Returns NULL and sets the last-error message on
/// a bad alignment or when memory is exhausted. Free with dlrtAlignedFree.
DLRT_API void *dlrtAlignedAlloc(size_t bytes, size_t alignment);

/// Frees a pointer returned by dlrtAlignedAlloc; NULL is a no-op.
DLRT_API void dlrtAlignedFree(void *ptr);

//===----------------------------------------------------------------------===//
// Safetensors files
//===----------------------------------------------------------------------===//

/// A safetensors file loaded into memory; opaque.
typedef struct DlrtTensorFile DlrtTensorFile;

/// A tensor inside a DlrtTensorFile, or a tensor handed to
/// dlrtTensorFileWrite. Data is dense, row-major and little-endian. When
/// returned by an accessor, every pointer refers to memory owned by the file
/// and stays valid until dlrtTensorFileClose.
typedef struct DlrtTensorView {
  /// NUL-terminated UTF-8 name.
  const char *name;
  /// Element type.
  DlrtDType dtype;
  /// Number of dimensions; 0 for a scalar.
  int64_t rank;
  /// `rank` non-negative extents; may be NULL when rank is 0.
  const int64_t *shape;
  /// `byteSize` bytes of element data; may be NULL when byteSize is 0.
  const void *data;
  /// Product of the extents times dlrtDTypeSize(dtype).
  size_t byteSize;
} DlrtTensorView;

/// Reads and validates the whole safetensors file at `path` and stores a new
/// handle in `*out` (set to NULL on failure). The data buffer of the file
/// starts DLRT_DEFAULT_ALIGNMENT-aligned in memory; a tensor is aligned as far
/// as its offset in the file allows. See runtime/README.md for the validation
/// rules.
DLRT_API DlrtStatus dlrtTensorFileOpen(const char *path, DlrtTensorFile **out);

/// Releases the file and every view obtained from it; NULL is a no-op.
DLRT_API void dlrtTensorFileClose(DlrtTensorFile *file);

/// Returns the number of tensors in the file (the `__metadata__` entry is not
/// a tensor), or 0 for NULL.
DLRT_API size_t dlrtTensorFileCount(const DlrtTensorFile *file);

/// Fills `*out` with tensor number `index`. Tensors are numbered in the order
/// of their data in the file, which is the caller's order for files written by
/// dlrtTensorFileWrite. An index >= dlrtTensorFileCount is
/// DLRT_ERROR_INVALID_ARGUMENT.
DLRT_API DlrtStatus dlrtTensorFileGetByIndex(const DlrtTensorFile *file,
                                             size_t index, DlrtTensorView *out);

/// Fills `*out` with the tensor called `name`; DLRT_ERROR_NOT_FOUND if there
/// is none.
DLRT_API DlrtStatus dlrtTensorFileGetByName(const DlrtTensorFile *file,
                                            const char *name,
                                            DlrtTensorView *out);

/// Looks up the tensor called `name` for a caller (typically a compiled
/// model) that expects element type `dtype` and the `rank` extents in `shape`
/// (which may be NULL when rank is 0), and stores a pointer to its data in
/// `*data`, valid until dlrtTensorFileClose. Fails unless the dtype, the rank
/// and every extent match exactly and the data is aligned to the element
/// size. On failure `*data` is set to NULL (when `data` is not NULL) and the
/// status is DLRT_ERROR_NOT_FOUND when the file has no such tensor,
/// DLRT_ERROR_INVALID_ARGUMENT on a mismatch, a NULL `file`, `name` or
/// `data`, a negative rank or extent, or an invalid dtype. The last-error
/// message names the file, the tensor and both sides of a mismatch, in words
/// meant for whoever runs the model: `model.safetensors: tensor 'fc.weight'
/// has shape [784, 10] but the model expects [784, 128]`, `... has dtype f64
/// but the model expects f32`. The dtype is checked first, then the shape,
/// then the alignment.
DLRT_API DlrtStatus dlrtTensorFileBind(const DlrtTensorFile *file,
                                       const char *name, DlrtDType dtype,
                                       int64_t rank, const int64_t *shape,
                                       const void **data);

/// Writes `count` tensors to a safetensors file at `path`, laid out in the
/// given order with no metadata. The file is replaced atomically: on failure
/// an existing file at `path` keeps its old contents and no temporary file is
/// left behind.
DLRT_API DlrtStatus dlrtTensorFileWrite(const char *path,
                                        const DlrtTensorView *tensors,
                                        size_t count);

//===----------------------------------------------------------------------===//
// Compiled models
//===----------------------------------------------------------------------===//

/// What a tensor of a compiled model's entry point is for.
typedef enum DlrtTensorRole {
  /// A trained weight, read-only; in weights files by its name.
  DLRT_PARAMETER = 0,
  /// Data the caller provides, read-only.
  DLRT_INPUT = 1,
  /// A result the entry point writes.
  DLRT_OUTPUT = 2,
  DLRT_TENSOR_ROLE_FORCE_INT32 = 0x7fffffff
} DlrtTensorRole;

/// One tensor of a compiled model's entry point, as a header generated by
/// `dlc --aot` describes it (`<model>_<entry>_tensors`) for generic callers.
typedef struct DlrtTensorSpec {
  /// The model's name of the tensor, e.g. "dense0.kernel".
  const char *name;
  DlrtTensorRole role;
  DlrtDType dtype;
  int64_t rank;
  /// `rank` extents; NULL when rank is 0.
  const int64_t *shape;
  /// Number of elements: the product of the extents.
  int64_t size;
  /// Nonzero for a parameter the entry point writes in place (a training
  /// step's weights and optimizer state).
  int32_t updatedInPlace;
} DlrtTensorSpec;

#ifdef __cplusplus
} // extern "C"
#endif

#endif // DL_RUNTIME_RUNTIME_H
