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
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dl::rt;

namespace {

/// The process umask without changing it: umask(2) can only be read by
/// setting it, which races with other threads creating files. Linux reports
/// it in /proc/self/status; elsewhere assume the common 022.
mode_t currentUmask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
  }
  return 022;
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

/// Callers pass errno captured right after the failing call: building the
/// message allocates, which may clobber it.
[[noreturn]] void failIo(const std::string &target, const std::string &what,
                         int errnum) {
  detail::fail(DLRT_ERROR_IO,
               target + ": " + what + ": " + detail::systemMessage(errnum));
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
      failIo(target, "cannot write temporary file " + tempPath, err);
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
  size_t slash = path.rfind('/');
  std::string directory =
      slash == std::string::npos ? "." : path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty() || base == "." || base == "..")
    fail(DLRT_ERROR_INVALID_ARGUMENT, path + ": not a file name");

  // A hidden name in the same directory keeps the rename on one file system
  // and out of the way of globs such as *.safetensors.
  std::string pattern =
      (slash == std::string::npos ? std::string() : directory) + "." + base +
      ".tmp-XXXXXX";
  // Nothing may allocate between mkstemp and TempFile taking ownership, or a
  // bad_alloc would leak the temporary file.
  std::string tempPath = pattern;
  int fd = ::mkstemp(tempPath.data());
  if (fd < 0) {
    int err = errno;
    failIo(path, "cannot create a temporary file in " + directory, err);
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
    failIo(path, "cannot set the mode of temporary file " + temp.path(), err);
  }

  for (const ConstBytes &piece : pieces)
    writeAll(fd, piece.data, piece.size, path, temp.path());
  if (::fsync(fd) != 0) {
    int err = errno;
    failIo(path, "cannot sync temporary file " + temp.path(), err);
  }
  if (!temp.close()) {
    int err = errno;
    failIo(path, "cannot close temporary file " + temp.path(), err);
  }
  if (::rename(temp.path().c_str(), path.c_str()) != 0) {
    int err = errno;
    failIo(path, "cannot rename temporary file " + temp.path() + " over it",
           err);
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
