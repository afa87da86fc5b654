//===- internal.h - Helpers shared by the runtime sources -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Private to runtime/src: the C API boundary (which turns every exception
// into a status and a last-error message, because no exception may cross into
// C), error-message formatting, and the atomic file writer the safetensors
// writer builds on. Nothing here is installed or visible to users.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SRC_INTERNAL_H
#define DL_RUNTIME_SRC_INTERNAL_H

#include "dl/runtime/error.h"
#include "dl/runtime/runtime.h"

#include <cstddef>
#include <exception>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dl::rt::detail {

/// Records the calling thread's last-error message as the concatenation of
/// the parts. Never throws: if the copy cannot be allocated, a fixed message
/// saying so replaces it.
void setLastError(std::string_view first, std::string_view second = {},
                  std::string_view third = {}) noexcept;

/// Throws Error(status, message).
[[noreturn]] void fail(DlrtStatus status, const std::string &message);

/// Returns `text` in double quotes with quotes, backslashes and control bytes
/// escaped, so names from untrusted files stay readable in messages.
std::string quote(std::string_view text);

/// Returns the operating system's description of errno value `errnum`.
std::string systemMessage(int errnum);

/// Runs `fn` and converts whatever it throws into a status and a last-error
/// message. Every C API entry point that can fail goes through this.
template <typename Fn>
DlrtStatus callAtBoundary(Fn &&fn) noexcept {
  try {
    std::forward<Fn>(fn)();
    return DLRT_OK;
  } catch (const Error &error) {
    setLastError(error.what());
    return error.status();
  } catch (const std::bad_alloc &) {
    setLastError("out of memory");
    return DLRT_ERROR_OUT_OF_MEMORY;
  } catch (const std::exception &error) {
    setLastError("internal error: ", error.what());
    return DLRT_ERROR_INTERNAL;
  } catch (...) {
    setLastError("internal error: unknown exception");
    return DLRT_ERROR_INTERNAL;
  }
}

/// A byte range to be written; a piece of a file assembled without copying.
struct ConstBytes {
  const void *data;
  size_t size;
};

/// Writes the concatenation of `pieces` to `path` atomically: a temporary file
/// created with mkstemp next to the target, fsync, then rename over the
/// target. On failure the temporary file is removed, an existing target is
/// left untouched, and Error(DLRT_ERROR_IO) names `path`. A replaced target
/// keeps its permission bits; a new one gets 0666 minus the umask.
void writeFileAtomically(const std::string &path,
                         const std::vector<ConstBytes> &pieces);

} // namespace dl::rt::detail

#endif // DL_RUNTIME_SRC_INTERNAL_H
