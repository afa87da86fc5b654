//===- status.cpp - Status codes, dtypes and the last-error message -------===//
// SPDX-License-Identifier: Apache-2.0
//
// The small, dependency-free part of the C API: version, enum spellings, the
// per-thread last-error message, and the Error exception with the message
// helpers every other source uses. The last-error message is thread_local so
// that threads loading different files never see each other's errors.
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

void detail::fail(DlrtStatus status, const std::string &message) {
  throw Error(status, message);
}

std::string detail::quote(std::string_view text) {
  std::string result;
  result.reserve(text.size() + 2);
  result += '"';
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
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
  result += '"';
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
