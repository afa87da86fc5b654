//===- data_internal.h - Helpers shared by the data readers -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Private to dl_runtime_data (runtime/src/data): messages that start with the
// path of the file at fault, and reading a whole regular file. The library
// links the static dl_runtime and uses its private helpers (../internal.h):
// message formatting, the C API boundary and the atomic file writer.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SRC_DATA_DATA_INTERNAL_H
#define DL_RUNTIME_SRC_DATA_DATA_INTERNAL_H

#include "dl/runtime/data.h"

#include "internal.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace dl::rt::data {

/// Throws Error(status, "<path>: " + format(pattern, args)).
[[noreturn]] void failFile(const std::string &path, DlrtStatus status,
                           const char *pattern,
                           std::initializer_list<detail::Arg> args = {});

/// failFile with DLRT_ERROR_FORMAT: the file's contents are wrong.
[[noreturn]] void failFormat(const std::string &path, const char *pattern,
                             std::initializer_list<detail::Arg> args = {});

/// A regular file opened for reading; closed on destruction. Failures throw
/// Error naming the path: DLRT_ERROR_NOT_FOUND when the file does not exist,
/// DLRT_ERROR_IO otherwise (including a directory or device at the path).
class InputFile {
public:
  explicit InputFile(const std::string &path);
  InputFile(const InputFile &) = delete;
  InputFile &operator=(const InputFile &) = delete;
  ~InputFile();

  /// The size the file had when opened.
  uint64_t size() const { return fileSize; }
  /// Reads exactly `count` bytes at `offset`; a file that shrank since it
  /// was opened is an I/O error, not a short read.
  void read(void *out, size_t count, uint64_t offset) const;

private:
  const std::string &path;
  int fd = -1;
  uint64_t fileSize = 0;
};

/// Checks what writeIdx writes, throwing DLRT_ERROR_INVALID_ARGUMENT with a
/// message naming `path`: a valid type, a rank of at most 255, extents in
/// [0, 2^32), and `byteSize` equal to the size the shape implies.
void checkIdxArray(const std::string &path, DlrtIdxType type,
                   const std::vector<int64_t> &shape, size_t byteSize);

/// "0x" and `digits` lower-case hexadecimal digits of `value`.
std::string hex(uint64_t value, int digits);

} // namespace dl::rt::data

#endif // DL_RUNTIME_SRC_DATA_DATA_INTERNAL_H
