//===- generator.hpp - main() of a model generator --------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// A model generator is a program that defines models with the DSL and ends
// with DL_DSL_MAIN(model, ...). dl_add_model(... DSL model.cpp) builds and
// runs it during the application's build:
//
//   generator [--mlir FILE] [--weights FILE [--seed N]]
//
// --mlir writes the dl module (default: standard output); --weights writes
// the initial parameters (core/init.hpp) drawn with seed N (default 0).
// Files are replaced atomically, only when every model is valid and only
// when their contents change (so a build re-runs dlc only when the model
// really changed); errors go to standard error with exit status 1 (2 for a
// bad command line).
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_GENERATOR_HPP
#define DL_DSL_GENERATOR_HPP

#include "dl/dsl/core/model.hpp"
#include "dl/dsl/weights.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace dl::dsl {

namespace detail {

/// The contents of file `path`, or false if it cannot be read.
inline bool read_file(const std::string &path, std::string &contents) {
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (!f)
    return false;
  contents.clear();
  char buffer[65536];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
    contents.append(buffer, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

/// Moves the finished file `fresh` to `path`, unless `path` already holds the
/// same bytes: then `path` is left untouched (and its time stamp with it), so
/// that the build does not redo what depends on it.
inline std::string commit(const std::string &fresh, const std::string &path) {
  std::string before, after;
  if (read_file(path, before) && read_file(fresh, after) && before == after) {
    std::remove(fresh.c_str());
    return "";
  }
  if (std::rename(fresh.c_str(), path.c_str()) != 0) {
    std::string error = "cannot write '" + path + "': " + std::strerror(errno);
    std::remove(fresh.c_str());
    return error;
  }
  return "";
}

/// Writes `text` to `path` ("-": standard output).
inline std::string write_text(const std::string &path,
                              const std::string &text) {
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? "" : "cannot write to standard output";
  }
  std::string fresh = path + ".new";
  std::FILE *f = std::fopen(fresh.c_str(), "wb");
  if (!f)
    return "cannot open '" + fresh + "': " + std::strerror(errno);
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) {
    std::remove(fresh.c_str());
    return "cannot write '" + fresh + "'";
  }
  return commit(fresh, path);
}

} // namespace detail

/// Runs the generator's command line (see the file comment) on `models`.
template <class... Models>
int generate(int argc, char **argv, const Models &...models) {
  const char *program = argc > 0 ? argv[0] : "generator";
  std::string mlirPath = "-", weightsPath;
  std::uint64_t seed = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool hasValue = i + 1 < argc;
    if (arg == "--mlir" && hasValue) {
      mlirPath = argv[++i];
    } else if (arg == "--weights" && hasValue) {
      weightsPath = argv[++i];
    } else if (arg == "--seed" && hasValue) {
      char *end = nullptr;
      errno = 0;
      seed = std::strtoull(argv[++i], &end, 10);
      if (errno != 0 || *end != '\0' || argv[i][0] == '\0' ||
          argv[i][0] == '-') {
        std::fprintf(stderr, "%s: error: --seed takes a non-negative integer\n",
                     program);
        return 2;
      }
    } else {
      bool help = arg == "--help" || arg == "-h";
      std::fprintf(help ? stdout : stderr,
                   "usage: %s [--mlir FILE] [--weights FILE [--seed N]]\n"
                   "Writes the dl module of the models defined in this "
                   "program (default: to standard output)\nand, with "
                   "--weights, their initial parameters as safetensors.\n",
                   program);
      return help ? 0 : 2;
    }
  }

  std::string error;
  std::string text = to_mlir(error, models...);
  if (error.empty() && !weightsPath.empty()) {
    error = write_initial_weights(weightsPath + ".new", seed, models...);
    if (error.empty())
      error = detail::commit(weightsPath + ".new", weightsPath);
  }
  if (error.empty())
    error = detail::write_text(mlirPath, text);
  if (!error.empty()) {
    std::fprintf(stderr, "%s: error: %s\n", program, error.c_str());
    return 1;
  }
  return 0;
}

} // namespace dl::dsl

/// Defines main() for a generator of `models...`.
#define DL_DSL_MAIN(...)                                                       \
  int main(int argc, char **argv) {                                            \
    return ::dl::dsl::generate(argc, argv, __VA_ARGS__);                       \
  }

#endif // DL_DSL_GENERATOR_HPP
