//===- internal.h - Helpers shared by the runtime sources -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Private to runtime/src: the C API boundary (which turns every exception
// into a status and a last-error message, because no exception may cross into
// C), error-message formatting, the name index, and the atomic file writer the
// safetensors writer builds on. Several of these exist in their form to keep
// the runtime small (runtime/README.md, "Size"). Nothing here is installed or
// visible to users.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SRC_INTERNAL_H
#define DL_RUNTIME_SRC_INTERNAL_H

#include "dl/runtime/error.h"
#include "dl/runtime/runtime.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <map>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace dl::rt::detail {

/// Records the calling thread's last-error message as the concatenation of
/// the parts. Never throws: if the copy cannot be allocated, a fixed message
/// saying so replaces it.
void setLastError(std::string_view first, std::string_view second = {},
                  std::string_view third = {}) noexcept;

/// An argument of a message pattern (see format()). Holds what it refers to
/// by pointer, so it must not outlive the full expression it appears in, and
/// is trivially destructible: a call that builds a message needs no cleanup
/// code for its arguments, which keeps the many error paths of the runtime
/// small (runtime/README.md, "Size").
class Arg {
public:
  /// Text, verbatim.
  Arg(const char *text) : kind(Kind::CString), pointer(text), value(0) {}
  Arg(std::string_view text)
      : kind(Kind::Text), pointer(text.data()), value(text.size()) {}
  Arg(const std::string &text) : Arg(std::string_view(text)) {}
  /// An integer, in decimal.
  template <typename T, typename = std::enable_if_t<std::is_integral_v<T> &&
                                                    !std::is_same_v<T, bool> &&
                                                    !std::is_same_v<T, char>>>
  Arg(T number)
      : kind(isNegative(number) ? Kind::Negative : Kind::Unsigned),
        pointer(nullptr),
        value(isNegative(number) ? 0 - static_cast<uint64_t>(number)
                                 : static_cast<uint64_t>(number)) {}
  /// A dtype, by its safetensors name ("F32").
  Arg(DlrtDType dtype)
      : kind(Kind::DType), pointer(nullptr),
        value(static_cast<uint64_t>(dtype)) {}
  /// A shape, as "[2, 3]".
  Arg(const std::vector<int64_t> &shape)
      : kind(Kind::Shape), pointer(&shape), value(0) {}
  /// Whatever `append(out, object)` appends.
  Arg(void (*append)(std::string &out, const void *object), const void *object)
      : kind(Kind::Custom), pointer(object),
        value(reinterpret_cast<uintptr_t>(append)) {}

  /// Text in double quotes, escaped as by quote().
  static Arg quoted(std::string_view text) {
    return Arg(Kind::Quoted, text.data(), text.size());
  }
  /// Text in single quotes, escaped as by quote(text, '\'').
  static Arg singleQuoted(std::string_view text) {
    return Arg(Kind::SingleQuoted, text.data(), text.size());
  }

  /// Appends the argument to `out`.
  void appendTo(std::string &out) const;

private:
  enum class Kind : unsigned char {
    CString,
    Text,
    Quoted,
    SingleQuoted,
    Unsigned,
    Negative,
    DType,
    Shape,
    Custom
  };
  Arg(Kind kind, const void *pointer, uint64_t value)
      : kind(kind), pointer(pointer), value(value) {}
  template <typename T>
  static constexpr bool isNegative(T number) {
    if constexpr (std::is_signed_v<T>)
      return number < 0;
    else
      return false;
  }
  Kind kind;
  const void *pointer;
  uint64_t value;
};

/// Appends `pattern` to `out` with each "{}" replaced by the next of `args`.
void appendFormat(std::string &out, const char *pattern,
                  std::initializer_list<Arg> args);

/// Returns `pattern` with each "{}" replaced by the next of `args`.
std::string format(const char *pattern, std::initializer_list<Arg> args);

/// Throws Error(status, format(pattern, args)).
[[noreturn]] void fail(DlrtStatus status, const char *pattern,
                       std::initializer_list<Arg> args = {});

/// Maps names to indices. The runtime's one associative container of
/// strings besides the public Metadata map: each std::map instantiation costs
/// code, so the JSON reader's duplicate-key check, the writer's duplicate-name
/// check and TensorFile's name lookup all share this one.
class NameIndex {
public:
  /// Adds `name` with `index` unless it is present; returns whether it was
  /// added.
  bool insert(const std::string &name, size_t index);
  /// The index of `name`, or null.
  const size_t *find(std::string_view name) const;

private:
  std::map<std::string, size_t, std::less<>> map;
};

/// Returns `text` in double quotes (or `mark`) with the quote character,
/// backslashes and control bytes escaped, so names from untrusted files stay
/// readable in messages.
std::string quote(std::string_view text, char mark = '"');

/// Returns the operating system's description of errno value `errnum`.
std::string systemMessage(int errnum);

/// Converts the exception being handled into a status and records its
/// message as the last error: Error keeps its status, std::bad_alloc is
/// DLRT_ERROR_OUT_OF_MEMORY, anything else DLRT_ERROR_INTERNAL. Call only
/// from a catch block.
DlrtStatus statusOfCurrentException() noexcept;

/// Runs `fn` and converts whatever it throws into a status and a last-error
/// message. Every C API entry point that can fail goes through this. The
/// conversion is out of line, so each entry point carries one catch-all
/// handler rather than four.
template <typename Fn>
DlrtStatus callAtBoundary(Fn &&fn) noexcept {
  try {
    std::forward<Fn>(fn)();
    return DLRT_OK;
  } catch (...) {
    return statusOfCurrentException();
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
