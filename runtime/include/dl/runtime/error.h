//===- error.h - Exception type of the dlc runtime C++ API ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// The C++ API of the runtime reports failures by throwing dl::rt::Error. It
// carries the same DlrtStatus the C API returns, so that the C wrappers can
// translate an exception into a status and a last-error message without
// losing information, and C++ callers can branch on the kind of failure.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_ERROR_H
#define DL_RUNTIME_ERROR_H

#include "dl/runtime/runtime.h"

#include <stdexcept>
#include <string>

namespace dl::rt {

/// A runtime failure: a status code plus a message that names the file and,
/// where there is one, the tensor involved.
class DLRT_API Error : public std::runtime_error {
public:
  /// Creates an error; `status` must not be DLRT_OK.
  Error(DlrtStatus status, const std::string &message);
  /// Out of line so that the vtable and type_info live in the runtime library
  /// and exceptions thrown by the shared runtime can be caught by type.
  ~Error() override;

  /// The C status code this error maps to.
  DlrtStatus status() const noexcept { return code; }

private:
  DlrtStatus code;
};

} // namespace dl::rt

#endif // DL_RUNTIME_ERROR_H
