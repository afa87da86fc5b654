//===- atomic_file.cpp - Replace a file atomically ------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// A weights file that is half written, or a good file that a failed write
// truncated, is worse than no file: a later load would fail far from the
// cause, or silently use stale data. So every file the runtime writes goes to
// a temporary file in the target's directory (rename is only atomic within
// one file system), is fsynced, and is renamed over the target only once
// complete. POSIX only, like the rest of the runtime's file handling.
//
//===----------------------------------------------------------------------===//

#include "internal.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dl::rt;

namespace {

/// The process umask without changing it: umask(2) can only be read by
/// setting it, which races with other threads creating files. Linux reports
/// it in /proc/self/status, near the top; elsewhere assume the common 022.
mode_t currentUmask() {
  char text[4096];
  size_t size = 0;
  int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ssize_t got;
    while (size < sizeof(text) - 1 &&
           (got = ::read(fd, text + size, sizeof(text) - 1 - size)) != 0) {
      if (got < 0 && errno != EINTR)
        break;
      if (got > 0)
        size += static_cast<size_t>(got);
    }
    ::close(fd);
  }
  text[size] = '\0';
  const char *line = std::strstr(text, "\nUmask:");
  return line ? static_cast<mode_t>(std::strtoul(line + 7, nullptr, 8)) : 022;
}

/// Owns the temporary file until it is renamed: closes and unlinks it on every
/// path that does not reach commit().
class TempFile {
public:
  TempFile(std::string templatePath, int fd)
      : tempPath(std::move(templatePath)), fd(fd) {}
  TempFile(const TempFile &) = delete;
  TempFile &operator=(const TempFile &) = delete;
  ~TempFile() {
    if (fd >= 0)
      ::close(fd);
    if (!committed)
      ::unlink(tempPath.c_str());
  }

  const std::string &path() const { return tempPath; }
  int descriptor() const { return fd; }
  /// Closes the descriptor; returns false with errno set if close reports an
  /// error, which for NFS and quotas can be the first sign of a failed write.
  bool close() {
    int rc = ::close(fd);
    fd = -1;
    return rc == 0;
  }
  void commit() { committed = true; }

private:
  std::string tempPath;
  int fd;
  bool committed = false;
};

/// Throws DLRT_ERROR_IO with "<target>: <what>: <system message>", where
/// `what` is a detail::format pattern whose "{}" is replaced by `file`.
/// Callers pass errno captured right after the failing call: building the
/// message allocates, which may clobber it.
[[noreturn]] void failIo(const std::string &target, const char *what,
                         const std::string &file, int errnum) {
  std::string message = target;
  message += ": ";
  detail::appendFormat(message, what, {file});
  message += ": ";
  message += detail::systemMessage(errnum);
  throw Error(DLRT_ERROR_IO, message);
}

void writeAll(int fd, const void *data, size_t size, const std::string &target,
              const std::string &tempPath) {
  auto *bytes = static_cast<const char *>(data);
  while (size > 0) {
    ssize_t written = ::write(fd, bytes, size);
    if (written < 0) {
      int err = errno;
      if (err == EINTR)
        continue;
      failIo(target, "cannot write temporary file {}", tempPath, err);
    }
    bytes += written;
    size -= static_cast<size_t>(written);
  }
}

} // namespace

void detail::writeFileAtomically(const std::string &path,
                                 const std::vector<ConstBytes> &pieces) {
  if (path.empty())
    fail(DLRT_ERROR_INVALID_ARGUMENT, "cannot write a file with an empty path");
  // The file name proper starts after the last slash; at 0 without one (npos
  // + 1 wraps to 0).
  size_t baseStart = path.rfind('/') + 1;
  std::string_view base = std::string_view(path).substr(baseStart);
  if (base.empty() || base == "." || base == "..")
    fail(DLRT_ERROR_INVALID_ARGUMENT, "{}: not a file name", {path});
  std::string directory =
      baseStart == 0 ? std::string(".") : path.substr(0, baseStart);

  // A hidden name in the same directory keeps the rename on one file system
  // and out of the way of globs such as *.safetensors.
  std::string tempPath = format(
      "{}.{}.tmp-XXXXXX", {std::string_view(path.data(), baseStart), base});
  // Nothing may allocate between mkstemp and TempFile taking ownership, or a
  // bad_alloc would leak the temporary file.
  int fd = ::mkstemp(tempPath.data());
  if (fd < 0) {
    int err = errno;
    failIo(path, "cannot create a temporary file in {}", directory, err);
  }
  TempFile temp(std::move(tempPath), fd);
  ::fcntl(fd, F_SETFD, FD_CLOEXEC);

  // mkstemp creates the file 0600; give it the mode the target would have had
  // if it had been written in place.
  struct stat existing;
  mode_t mode =
      ::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)
          ? existing.st_mode & 07777
          : 0666 & ~currentUmask();
  if (::fchmod(fd, mode) != 0) {
    int err = errno;
    failIo(path, "cannot set the mode of temporary file {}", temp.path(), err);
  }

  for (const ConstBytes &piece : pieces)
    writeAll(fd, piece.data, piece.size, path, temp.path());
  if (::fsync(fd) != 0) {
    int err = errno;
    failIo(path, "cannot sync temporary file {}", temp.path(), err);
  }
  if (!temp.close()) {
    int err = errno;
    failIo(path, "cannot close temporary file {}", temp.path(), err);
  }
  if (::rename(temp.path().c_str(), path.c_str()) != 0) {
    int err = errno;
    failIo(path, "cannot rename temporary file {} over it", temp.path(), err);
  }
  temp.commit();

  // Persist the directory entry too. The new file is already in place, so a
  // failure here is not reported: it would claim a write failed that is
  // visible to every reader.
  int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    (void)::fsync(dirFd);
    ::close(dirFd);
  }
}
