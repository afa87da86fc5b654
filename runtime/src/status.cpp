//===- status.cpp - Status codes, dtypes and the last-error message -------===//
// SPDX-License-Identifier: Apache-2.0
//
// The small, dependency-free part of the C API: version, enum spellings, the
// per-thread last-error message, and the Error exception with the message
// formatting, exception conversion and name index every other source uses.
// The last-error message is thread_local so that threads loading different
// files never see each other's errors.
//
//===----------------------------------------------------------------------===//

#include "internal.h"

#include <cstdio>
#include <system_error>

using namespace dl::rt;

namespace {
thread_local std::string lastError;
// Set when recording a message ran out of memory; lastError is then stale.
thread_local bool lastErrorLost = false;
} // namespace

//===----------------------------------------------------------------------===//
// Error and message helpers
//===----------------------------------------------------------------------===//

Error::Error(DlrtStatus status, const std::string &message)
    : std::runtime_error(message), code(status) {}

Error::~Error() = default;

void detail::setLastError(std::string_view first, std::string_view second,
                          std::string_view third) noexcept {
  try {
    lastError.assign(first);
    lastError.append(second);
    lastError.append(third);
    lastErrorLost = false;
  } catch (...) {
    lastErrorLost = true;
  }
}

DlrtStatus detail::statusOfCurrentException() noexcept {
  try {
    throw;
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

void detail::fail(DlrtStatus status, const char *pattern,
                  std::initializer_list<Arg> args) {
  throw Error(status, format(pattern, args));
}

void detail::Arg::appendTo(std::string &out) const {
  switch (kind) {
  case Kind::CString:
    out += static_cast<const char *>(pointer);
    return;
  case Kind::Text:
    out.append(static_cast<const char *>(pointer), value);
    return;
  case Kind::Quoted:
  case Kind::SingleQuoted:
    out += quote(std::string_view(static_cast<const char *>(pointer), value),
                 kind == Kind::Quoted ? '"' : '\'');
    return;
  case Kind::Negative:
    out += '-';
    [[fallthrough]];
  case Kind::Unsigned: {
    char digits[20];
    size_t start = sizeof(digits);
    uint64_t rest = value;
    do {
      digits[--start] = static_cast<char>('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    out.append(digits + start, sizeof(digits) - start);
    return;
  }
  case Kind::DType:
    out += dlrtDTypeName(static_cast<DlrtDType>(value));
    return;
  case Kind::Shape: {
    const auto &shape = *static_cast<const std::vector<int64_t> *>(pointer);
    out += '[';
    for (size_t i = 0; i < shape.size(); ++i) {
      if (i)
        out += ", ";
      Arg(shape[i]).appendTo(out);
    }
    out += ']';
    return;
  }
  case Kind::Custom:
    reinterpret_cast<void (*)(std::string &, const void *)>(value)(out,
                                                                   pointer);
    return;
  }
}

void detail::appendFormat(std::string &out, const char *pattern,
                          std::initializer_list<Arg> args) {
  const Arg *next = args.begin();
  for (const char *c = pattern; *c; ++c) {
    if (c[0] == '{' && c[1] == '}' && next != args.end()) {
      (next++)->appendTo(out);
      ++c;
    } else {
      out += *c;
    }
  }
}

std::string detail::format(const char *pattern,
                           std::initializer_list<Arg> args) {
  std::string result;
  appendFormat(result, pattern, args);
  return result;
}

bool detail::NameIndex::insert(const std::string &name, size_t index) {
  return map.emplace(name, index).second;
}

const size_t *detail::NameIndex::find(std::string_view name) const {
  auto it = map.find(name);
  return it == map.end() ? nullptr : &it->second;
}

std::string detail::quote(std::string_view text, char mark) {
  std::string result;
  result.reserve(text.size() + 2);
  result += mark;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == mark || c == '\\') {
      result += '\\';
      result += c;
    } else if (byte < 0x20 || byte == 0x7f) {
      char escaped[5];
      std::snprintf(escaped, sizeof(escaped), "\\x%02x", byte);
      result += escaped;
    } else {
      result += c;
    }
  }
  result += mark;
  return result;
}

std::string detail::systemMessage(int errnum) {
  // std::generic_category is thread-safe, unlike strerror.
  return std::error_code(errnum, std::generic_category()).message();
}

//===----------------------------------------------------------------------===//
// C API
//===----------------------------------------------------------------------===//

extern "C" {

int dlrtAbiVersion(void) { return DLRT_ABI_VERSION; }

const char *dlrtStatusName(DlrtStatus status) {
  switch (status) {
  case DLRT_OK:
    return "DLRT_OK";
  case DLRT_ERROR_IO:
    return "DLRT_ERROR_IO";
  case DLRT_ERROR_FORMAT:
    return "DLRT_ERROR_FORMAT";
  case DLRT_ERROR_INVALID_ARGUMENT:
    return "DLRT_ERROR_INVALID_ARGUMENT";
  case DLRT_ERROR_NOT_FOUND:
    return "DLRT_ERROR_NOT_FOUND";
  case DLRT_ERROR_OUT_OF_MEMORY:
    return "DLRT_ERROR_OUT_OF_MEMORY";
  case DLRT_ERROR_INTERNAL:
    return "DLRT_ERROR_INTERNAL";
  default:
    return "DLRT_UNKNOWN_STATUS";
  }
}

const char *dlrtLastErrorMessage(void) {
  return lastErrorLost ? "out of memory while recording an error message"
                       : lastError.c_str();
}

size_t dlrtDTypeSize(DlrtDType dtype) {
  switch (dtype) {
  case DLRT_F32:
  case DLRT_I32:
    return 4;
  case DLRT_F64:
  case DLRT_I64:
    return 8;
  case DLRT_U8:
  case DLRT_BOOL:
    return 1;
  default:
    return 0;
  }
}

const char *dlrtDTypeName(DlrtDType dtype) {
  switch (dtype) {
  case DLRT_F32:
    return "F32";
  case DLRT_F64:
    return "F64";
  case DLRT_I32:
    return "I32";
  case DLRT_I64:
    return "I64";
  case DLRT_U8:
    return "U8";
  case DLRT_BOOL:
    return "BOOL";
  default:
    return "UNKNOWN";
  }
}

} // extern "C"
