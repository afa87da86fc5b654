//===- dl-tensors.cpp - Make, inspect and compare safetensors files -------===//
// SPDX-License-Identifier: Apache-2.0
//
// A small command-line companion of the runtime: tests write model inputs
// with `make` and check `dlc run` results with `check` under stated
// tolerances; users inspect weights files with `list` and `dump`. It uses
// only the runtime's C++ API, so it runs wherever the runtime does.
//
//   dl-tensors make FILE SPEC...            write tensors given inline
//   dl-tensors list FILE                    names, dtypes and shapes
//   dl-tensors dump FILE                    every value, round-trip precision
//   dl-tensors check FILE SPEC... [--rtol R] [--atol A]
//   dl-tensors compare ACTUAL EXPECTED [--rtol R] [--atol A]
//
// SPEC is NAME:DTYPE[D0,D1,...]=V0,V1,... with DTYPE one of f32 f64 i32 i64
// u8 bool; one value fills the whole tensor. Values may be nan, inf, -inf.
// `make` lays the tensors out by decreasing element size, keeping the given
// order among equal sizes (as the reference writer does), so that every
// tensor is aligned and compiled models can bind it in place.
// An element matches when |actual - expected| <= atol + rtol * |expected|
// (NaN matches NaN); integers and booleans must be equal.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/error.h"
#include "dl/runtime/safetensors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct OwnedTensor {
  dl::rt::TensorView view;
  std::vector<unsigned char> bytes;
};

[[noreturn]] void fail(const std::string &message) {
  throw std::runtime_error(message);
}

DlrtDType parseDType(const std::string &name, const std::string &spec) {
  static const std::pair<const char *, DlrtDType> names[] = {
      {"f32", DLRT_F32}, {"f64", DLRT_F64}, {"i32", DLRT_I32},
      {"i64", DLRT_I64}, {"u8", DLRT_U8},   {"bool", DLRT_BOOL}};
  for (auto &[text, dtype] : names)
    if (name == text)
      return dtype;
  fail("unknown dtype '" + name + "' in '" + spec +
       "'; expected f32, f64, i32, i64, u8 or bool");
}

double parseNumber(const std::string &text, const std::string &spec) {
  if (text == "nan")
    return NAN;
  if (text == "inf")
    return INFINITY;
  if (text == "-inf")
    return -INFINITY;
  if (text == "true")
    return 1;
  if (text == "false")
    return 0;
  char *end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0')
    fail("bad value '" + text + "' in '" + spec + "'");
  return value;
}

std::vector<std::string> split(const std::string &text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream stream(text);
  while (std::getline(stream, part, separator))
    parts.push_back(part);
  return parts;
}

void storeElement(OwnedTensor &tensor, size_t index, double value) {
  unsigned char *p = tensor.bytes.data();
  switch (tensor.view.dtype) {
  case DLRT_F32: {
    float v = static_cast<float>(value);
    std::memcpy(p + 4 * index, &v, 4);
    break;
  }
  case DLRT_F64:
    std::memcpy(p + 8 * index, &value, 8);
    break;
  case DLRT_I32: {
    int32_t v = static_cast<int32_t>(value);
    std::memcpy(p + 4 * index, &v, 4);
    break;
  }
  case DLRT_I64: {
    int64_t v = static_cast<int64_t>(value);
    std::memcpy(p + 8 * index, &v, 8);
    break;
  }
  default:
    p[index] = static_cast<unsigned char>(value);
    break;
  }
}

double loadElement(const dl::rt::TensorView &view, size_t index) {
  const auto *p = static_cast<const unsigned char *>(view.data);
  switch (view.dtype) {
  case DLRT_F32: {
    float v;
    std::memcpy(&v, p + 4 * index, 4);
    return v;
  }
  case DLRT_F64: {
    double v;
    std::memcpy(&v, p + 8 * index, 8);
    return v;
  }
  case DLRT_I32: {
    int32_t v;
    std::memcpy(&v, p + 4 * index, 4);
    return v;
  }
  case DLRT_I64: {
    int64_t v;
    std::memcpy(&v, p + 8 * index, 8);
    return static_cast<double>(v);
  }
  default:
    return p[index];
  }
}

size_t elementCount(const std::vector<int64_t> &shape) {
  size_t count = 1;
  for (int64_t d : shape)
    count *= static_cast<size_t>(d);
  return count;
}

/// Parses NAME:DTYPE[D0,...]=V0,... into a tensor that owns its bytes.
OwnedTensor parseSpec(const std::string &spec) {
  size_t colon = spec.find(':'), open = spec.find('['),
         close = spec.find(']'), equals = spec.find('=');
  if (colon == std::string::npos || open == std::string::npos ||
      close == std::string::npos || equals != close + 1 || colon > open ||
      open > close)
    fail("bad tensor spec '" + spec + "'; expected NAME:DTYPE[D0,...]=V0,...");
  OwnedTensor tensor;
  tensor.view.name = spec.substr(0, colon);
  tensor.view.dtype = parseDType(spec.substr(colon + 1, open - colon - 1), spec);
  for (const std::string &dim : split(spec.substr(open + 1, close - open - 1), ','))
    tensor.view.shape.push_back(static_cast<int64_t>(parseNumber(dim, spec)));
  std::vector<std::string> values = split(spec.substr(equals + 1), ',');
  size_t count = elementCount(tensor.view.shape);
  if (values.size() != count && values.size() != 1)
    fail("tensor spec '" + tensor.view.name + "' has " +
         std::to_string(values.size()) + " values for " +
         std::to_string(count) + " elements");
  tensor.bytes.resize(count * dlrtDTypeSize(tensor.view.dtype));
  for (size_t i = 0; i < count; ++i)
    storeElement(tensor, i, parseNumber(values.size() == 1 ? values[0] : values[i], spec));
  tensor.view.data = tensor.bytes.data();
  tensor.view.byteSize = tensor.bytes.size();
  return tensor;
}

std::string shapeString(const std::vector<int64_t> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? "," : "") + std::to_string(shape[i]);
  return s + "]";
}

std::string format(double value, DlrtDType dtype) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, dtype == DLRT_F32 ? "%.9g" : "%.17g", value);
  return buffer;
}

struct Tolerance {
  double rtol = 0, atol = 0;
};

/// Compares `actual` with `expected`; prints each problem and returns
/// whether they match.
bool matches(const dl::rt::TensorView &actual,
             const dl::rt::TensorView &expected, const Tolerance &tolerance,
             const std::string &where) {
  if (actual.dtype != expected.dtype || actual.shape != expected.shape) {
    std::cerr << where << ": tensor '" << expected.name << "' is "
              << dlrtDTypeName(actual.dtype) << shapeString(actual.shape)
              << ", expected " << dlrtDTypeName(expected.dtype)
              << shapeString(expected.shape) << "\n";
    return false;
  }
  bool isFloat = expected.dtype == DLRT_F32 || expected.dtype == DLRT_F64;
  size_t mismatches = 0, count = elementCount(expected.shape);
  double worst = 0;
  for (size_t i = 0; i < count; ++i) {
    double a = loadElement(actual, i), e = loadElement(expected, i);
    bool ok = isFloat ? (std::isnan(e) ? std::isnan(a)
                                       : (a == e || std::fabs(a - e) <=
                                                        tolerance.atol +
                                                            tolerance.rtol *
                                                                std::fabs(e)))
                      : a == e;
    if (isFloat && !std::isnan(a - e))
      worst = std::max(worst, std::fabs(a - e));
    if (!ok && ++mismatches <= 10)
      std::cerr << where << ": tensor '" << expected.name << "' element " << i
                << ": got " << format(a, actual.dtype) << ", expected "
                << format(e, expected.dtype) << "\n";
  }
  if (mismatches)
    std::cerr << where << ": tensor '" << expected.name << "': " << mismatches
              << " of " << count << " elements differ (max |diff| "
              << format(worst, DLRT_F64) << ", rtol " << tolerance.rtol
              << ", atol " << tolerance.atol << ")\n";
  return mismatches == 0;
}

/// Removes --rtol/--atol from `args` into `tolerance`.
std::vector<std::string> takeTolerance(const std::vector<std::string> &args,
                                       Tolerance &tolerance) {
  std::vector<std::string> rest;
  for (size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--rtol" || args[i] == "--atol") && i + 1 < args.size()) {
      (args[i] == "--rtol" ? tolerance.rtol : tolerance.atol) =
          parseNumber(args[i + 1], args[i]);
      ++i;
    } else {
      rest.push_back(args[i]);
    }
  }
  return rest;
}

int usage() {
  std::cerr << "usage: dl-tensors make FILE SPEC...\n"
               "       dl-tensors list FILE\n"
               "       dl-tensors dump FILE\n"
               "       dl-tensors check FILE SPEC... [--rtol R] [--atol A]\n"
               "       dl-tensors compare ACTUAL EXPECTED [--rtol R] [--atol A]\n"
               "SPEC is NAME:DTYPE[D0,...]=V0,... (DTYPE: f32 f64 i32 i64 u8 "
               "bool)\n";
  return 2;
}

int run(const std::vector<std::string> &allArgs) {
  if (allArgs.size() < 2)
    return usage();
  Tolerance tolerance;
  std::vector<std::string> args = takeTolerance(allArgs, tolerance);
  const std::string &command = args[0], &path = args[1];

  if (command == "make") {
    std::vector<OwnedTensor> tensors;
    for (size_t i = 2; i < args.size(); ++i)
      tensors.push_back(parseSpec(args[i]));
    // The format allows no padding, so order is the only way to align every
    // tensor; dlrtTensorFileBind rejects misaligned ones. Sorted by (element
    // size descending, position given), which keeps equal sizes in order.
    std::vector<size_t> order(tensors.size());
    for (size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      size_t sizeA = dlrtDTypeSize(tensors[a].view.dtype);
      size_t sizeB = dlrtDTypeSize(tensors[b].view.dtype);
      return sizeA != sizeB ? sizeA > sizeB : a < b;
    });
    std::vector<dl::rt::TensorView> views;
    for (size_t i : order)
      views.push_back(tensors[i].view);
    dl::rt::writeSafetensors(path, views);
    return 0;
  }
  if (command == "list" || command == "dump") {
    dl::rt::TensorFile file = dl::rt::TensorFile::load(path);
    for (const dl::rt::TensorView &view : file) {
      std::cout << view.name << ": " << dlrtDTypeName(view.dtype)
                << shapeString(view.shape);
      if (command == "dump") {
        std::cout << " =";
        for (size_t i = 0, e = elementCount(view.shape); i < e; ++i)
          std::cout << (i ? "," : " ") << format(loadElement(view, i), view.dtype);
      }
      std::cout << "\n";
    }
    return 0;
  }
  if (command == "check") {
    dl::rt::TensorFile file = dl::rt::TensorFile::load(path);
    bool ok = true;
    for (size_t i = 2; i < args.size(); ++i) {
      OwnedTensor expected = parseSpec(args[i]);
      const dl::rt::TensorView *actual = file.find(expected.view.name);
      if (!actual) {
        std::cerr << path << ": no tensor '" << expected.view.name << "'\n";
        ok = false;
        continue;
      }
      ok &= matches(*actual, expected.view, tolerance, path);
    }
    return ok ? 0 : 1;
  }
  if (command == "compare" && args.size() == 3) {
    dl::rt::TensorFile actual = dl::rt::TensorFile::load(path);
    dl::rt::TensorFile expected = dl::rt::TensorFile::load(args[2]);
    bool ok = actual.size() == expected.size();
    if (!ok)
      std::cerr << path << " has " << actual.size() << " tensors, " << args[2]
                << " has " << expected.size() << "\n";
    for (const dl::rt::TensorView &e : expected) {
      const dl::rt::TensorView *a = actual.find(e.name);
      if (!a) {
        std::cerr << path << ": no tensor '" << e.name << "'\n";
        ok = false;
        continue;
      }
      ok &= matches(*a, e, tolerance, path);
    }
    return ok ? 0 : 1;
  }
  return usage();
}

} // namespace

int main(int argc, char **argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception &e) {
    std::cerr << "dl-tensors: error: " << e.what() << "\n";
    return 1;
  }
}
