//===- common.cpp - Messages and file input of the data readers -----------===//
// SPDX-License-Identifier: Apache-2.0
//
// What the IDX and CSV readers share: every message starts with the path of
// the file, and files are read with open/fstat/pread like the safetensors
// reader, so that a directory, a missing file or a file shrinking under the
// reader are told apart and reported by name.
//
//===----------------------------------------------------------------------===//

#include "data_internal.h"

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dl::rt;

void data::failFile(const std::string &path, DlrtStatus status,
                    const char *pattern,
                    std::initializer_list<detail::Arg> args) {
  std::string message = path;
  message += ": ";
  detail::appendFormat(message, pattern, args);
  throw Error(status, message);
}

void data::failFormat(const std::string &path, const char *pattern,
                      std::initializer_list<detail::Arg> args) {
  failFile(path, DLRT_ERROR_FORMAT, pattern, args);
}

namespace {

/// Throws the error of a failed system call on `path`. `errnum` is captured
/// by the caller before anything can allocate and clobber errno.
[[noreturn]] void failSystem(const std::string &path, const char *what,
                             int errnum) {
  data::failFile(path, errnum == ENOENT ? DLRT_ERROR_NOT_FOUND : DLRT_ERROR_IO,
                 "{}: {}", {what, detail::systemMessage(errnum)});
}

} // namespace

data::InputFile::InputFile(const std::string &path) : path(path) {
  fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    failSystem(path, "cannot open", errno);
  struct stat info;
  if (::fstat(fd, &info) != 0) {
    int err = errno;
    ::close(fd);
    failSystem(path, "cannot stat", err);
  }
  if (!S_ISREG(info.st_mode)) {
    ::close(fd);
    failFile(path, DLRT_ERROR_IO, "not a regular file");
  }
  fileSize = static_cast<uint64_t>(info.st_size);
}

data::InputFile::~InputFile() { ::close(fd); }

void data::InputFile::read(void *out, size_t count, uint64_t offset) const {
  auto *bytes = static_cast<unsigned char *>(out);
  while (count > 0) {
    ssize_t got = ::pread(fd, bytes, count, static_cast<off_t>(offset));
    if (got < 0) {
      if (errno == EINTR)
        continue;
      failSystem(path, "cannot read", errno);
    }
    if (got == 0)
      failFile(path, DLRT_ERROR_IO, "file shrank while being read");
    bytes += got;
    count -= static_cast<size_t>(got);
    offset += static_cast<uint64_t>(got);
  }
}

std::string data::hex(uint64_t value, int digits) {
  char text[24];
  std::snprintf(text, sizeof(text), "0x%0*llx", digits,
                static_cast<unsigned long long>(value));
  return text;
}
