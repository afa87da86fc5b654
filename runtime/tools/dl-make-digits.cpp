//===- dl-make-digits.cpp - Write a synthetic MNIST-format data set -------===//
// SPDX-License-Identifier: Apache-2.0
//
// Writes the four MNIST files (train-images-idx3-ubyte,
// train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte)
// filled with synthetic 28x28 digits (dl::rt::makeDigits), so that training
// examples and tests run without downloading MNIST. The output depends only
// on the options, byte for byte, on every platform.
//
//   dl-make-digits --out DIR [--train N] [--test N] [--seed S]
//
// DIR is created if it does not exist (its parent must). Defaults: 6000
// training images, 1000 test images, seed 1.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include <sys/stat.h>

namespace {

int usage(const char *message = nullptr) {
  if (message)
    std::fprintf(stderr, "dl-make-digits: %s\n", message);
  std::fprintf(stderr,
               "usage: dl-make-digits --out DIR [--train N] [--test N] "
               "[--seed S]\n"
               "Writes synthetic MNIST-format digits to DIR: "
               "train-images-idx3-ubyte,\n"
               "train-labels-idx1-ubyte, t10k-images-idx3-ubyte, "
               "t10k-labels-idx1-ubyte.\n"
               "Defaults: --train 6000 --test 1000 --seed 1.\n");
  return 2;
}

/// Parses a non-negative decimal integer no larger than `max`.
bool parseCount(const char *text, unsigned long long max,
                unsigned long long &value) {
  if (!*text || *text < '0' || *text > '9')
    return false;
  errno = 0;
  char *end = nullptr;
  value = std::strtoull(text, &end, 10);
  return errno == 0 && *end == '\0' && value <= max;
}

} // namespace

int main(int argc, char **argv) {
  std::string out;
  unsigned long long train = 6000, test = 1000, seed = 1;
  for (int i = 1; i < argc; ++i) {
    std::string option = argv[i];
    if (option == "--help" || option == "-h") {
      usage();
      return 0;
    }
    if (option != "--out" && option != "--train" && option != "--test" &&
        option != "--seed")
      return usage(("unknown option '" + option + "'").c_str());
    if (i + 1 == argc)
      return usage((option + " needs a value").c_str());
    const char *value = argv[++i];
    bool ok = true;
    if (option == "--out")
      out = value;
    else if (option == "--train")
      ok = parseCount(value, 0xffffffffu, train);
    else if (option == "--test")
      ok = parseCount(value, 0xffffffffu, test);
    else
      ok = parseCount(value, ~0ull, seed);
    if (!ok)
      return usage((option + ": '" + value +
                    "' is not a non-negative integer in range")
                       .c_str());
  }
  if (out.empty())
    return usage("--out DIR is required");

  if (::mkdir(out.c_str(), 0777) != 0 && errno != EEXIST) {
    std::fprintf(stderr, "dl-make-digits: cannot create directory %s: %s\n",
                 out.c_str(), std::strerror(errno));
    return 1;
  }
  try {
    dl::rt::writeDigits(out, static_cast<int64_t>(train),
                        static_cast<int64_t>(test), seed);
  } catch (const std::exception &error) {
    std::fprintf(stderr, "dl-make-digits: %s\n", error.what());
    return 1;
  }
  std::printf("wrote %llu training and %llu test images (seed %llu) to %s\n",
              train, test, seed, out.c_str());
  return 0;
}
