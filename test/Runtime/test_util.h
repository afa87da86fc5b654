//===- test_util.h - Helpers shared by the runtime tests --------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// The runtime tests build files byte by byte and inspect directories after
// failed writes, so they need a private temporary directory per test and
// exact byte I/O that does not go through the code under test.
//
//===----------------------------------------------------------------------===//

#ifndef DL_TEST_RUNTIME_TEST_UTIL_H
#define DL_TEST_RUNTIME_TEST_UTIL_H

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dl::rt::test {

/// A fresh directory under $TMPDIR (or /tmp), removed with its contents at
/// the end of the test. Tests create only files and empty directories in it.
class TempDir {
public:
  TempDir() {
    const char *base = std::getenv("TMPDIR");
    std::string pattern =
        std::string(base && *base ? base : "/tmp") + "/dlrt-test-XXXXXX";
    if (!::mkdtemp(pattern.data()))
      ADD_FAILURE() << "mkdtemp failed for " << pattern;
    dir = pattern;
  }
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  ~TempDir() {
    for (const std::string &name : entries())
      if (::unlink(path(name).c_str()) != 0)
        ::rmdir(path(name).c_str());
    ::rmdir(dir.c_str());
  }

  const std::string &str() const { return dir; }
  std::string path(const std::string &name) const { return dir + "/" + name; }

  /// Names of the entries in the directory, without "." and "..".
  std::set<std::string> entries() const {
    std::set<std::string> names;
    if (DIR *handle = ::opendir(dir.c_str())) {
      while (dirent *entry = ::readdir(handle)) {
        std::string name = entry->d_name;
        if (name != "." && name != "..")
          names.insert(name);
      }
      ::closedir(handle);
    }
    return names;
  }

private:
  std::string dir;
};

inline void writeBytes(const std::string &path, const std::string &bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

inline std::string readBytes(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// The 8-byte little-endian length prefix of a safetensors file.
inline std::string lengthPrefix(uint64_t length) {
  std::string bytes(8, '\0');
  for (int i = 0; i < 8; ++i)
    bytes[i] = static_cast<char>(length >> (8 * i));
  return bytes;
}

/// A safetensors file made of `header` used verbatim and `data`.
inline std::string safetensorsBytes(const std::string &header,
                                    const std::string &data = {}) {
  return lengthPrefix(header.size()) + header + data;
}

} // namespace dl::rt::test

#endif // DL_TEST_RUNTIME_TEST_UTIL_H
