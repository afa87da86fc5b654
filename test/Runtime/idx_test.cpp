//===- idx_test.cpp - Tests of the IDX reader and writer ------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Round trips for every element type, files written byte by byte as the
// MNIST distribution lays them out, one corrupted file per validation rule
// (each must fail with DLRT_ERROR_FORMAT and a message naming the file and
// the problem), the writer's checks, readIdxDataset and the C API.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include "test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>
#include <vector>

#include <sys/stat.h>

using namespace dl::rt;
using dl::rt::test::readBytes;
using dl::rt::test::TempDir;
using dl::rt::test::writeBytes;

namespace {

/// Big-endian bytes of `value` in `size` bytes.
std::string be(uint64_t value, int size) {
  std::string bytes;
  for (int shift = 8 * (size - 1); shift >= 0; shift -= 8)
    bytes += static_cast<char>((value >> shift) & 0xff);
  return bytes;
}

/// An IDX header: magic number and extents.
std::string header(uint8_t type, std::initializer_list<uint32_t> shape) {
  std::string bytes = std::string(2, '\0') + static_cast<char>(type) +
                      static_cast<char>(shape.size());
  for (uint32_t extent : shape)
    bytes += be(extent, 4);
  return bytes;
}

class IdxTest : public ::testing::Test {
protected:
  /// Writes `bytes`, reads them with readIdx and expects an Error with
  /// `status` whose message starts with the path and contains `fragments`.
  void expectReadError(const std::string &bytes,
                       std::initializer_list<std::string> fragments,
                       DlrtStatus status = DLRT_ERROR_FORMAT) {
    std::string path = dir.path("bad-idx");
    writeBytes(path, bytes);
    expectError([&] { readIdx(path); }, path, status, fragments);
  }

  template <typename Fn>
  void expectError(Fn &&fn, const std::string &path, DlrtStatus status,
                   std::initializer_list<std::string> fragments) {
    try {
      fn();
      ADD_FAILURE() << "no error";
    } catch (const Error &error) {
      std::string message = error.what();
      EXPECT_EQ(error.status(), status) << message;
      EXPECT_EQ(message.rfind(path + ": ", 0), 0u) << message;
      for (const std::string &fragment : fragments)
        EXPECT_NE(message.find(fragment), std::string::npos)
            << "missing \"" << fragment << "\" in: " << message;
    }
  }

  /// Expects writeIdx to reject `array` without creating a file.
  void expectWriteError(const IdxArray &array,
                        std::initializer_list<std::string> fragments) {
    std::string path = dir.path("out-idx");
    expectError([&] { writeIdx(path, array); }, path,
                DLRT_ERROR_INVALID_ARGUMENT, fragments);
    EXPECT_TRUE(dir.entries().empty());
  }

  TempDir dir;
};

//===----------------------------------------------------------------------===//
// Round trips and layout
//===----------------------------------------------------------------------===//

template <typename T>
void roundTrip(const TempDir &dir, const std::vector<T> &values,
               std::vector<int64_t> shape, uint8_t code) {
  SCOPED_TRACE(dlrtIdxTypeName(IdxTypeOf<T>::value));
  std::string path = dir.path(std::string("rt-") +
                              dlrtIdxTypeName(IdxTypeOf<T>::value));
  IdxArray array = IdxArray::of<T>(shape, values);
  writeIdx(path, array);
  std::string bytes = readBytes(path);
  ASSERT_GE(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("\0\0", 2) +
                                    static_cast<char>(code) +
                                    static_cast<char>(shape.size()));
  EXPECT_EQ(bytes.size(), 4 + 4 * shape.size() + values.size() * sizeof(T));

  IdxArray loaded = readIdx(path);
  EXPECT_EQ(loaded.type, IdxTypeOf<T>::value);
  EXPECT_EQ(loaded.shape, shape);
  EXPECT_EQ(loaded.bytes, array.bytes);
  ASSERT_EQ(loaded.elementCount(), static_cast<int64_t>(values.size()));
  for (size_t i = 0; i < values.size(); ++i)
    EXPECT_EQ(loaded.data<T>()[i], values[i]) << i;
}

TEST_F(IdxTest, RoundTripsEveryType) {
  roundTrip<uint8_t>(dir, {0, 1, 127, 128, 255, 9}, {2, 3}, 0x08);
  roundTrip<int8_t>(dir, {-128, -1, 0, 1, 127}, {5}, 0x09);
  roundTrip<int16_t>(dir, {-32768, -2, 0x0102, 32767}, {2, 1, 2}, 0x0B);
  roundTrip<int32_t>(dir, {INT32_MIN, -1, 0x01020304, INT32_MAX}, {4, 1},
                     0x0C);
  roundTrip<float>(dir, {1.5f, -0.0f, 3.4e38f, 1e-45f, -7.25f, 0.1f}, {3, 2},
                   0x0D);
  roundTrip<double>(dir, {3.141592653589793, -1e300, 5e-324}, {1, 1, 3},
                    0x0E);
}

TEST_F(IdxTest, WritesBigEndian) {
  std::string path = dir.path("be");
  writeIdx(path, IdxArray::of<int16_t>({2}, {0x0102, -2}));
  EXPECT_EQ(readBytes(path), header(0x0B, {2}) + be(0x0102, 2) + be(0xfffe, 2));
  writeIdx(path, IdxArray::of<float>({1}, {1.0f}));
  EXPECT_EQ(readBytes(path), header(0x0D, {1}) + be(0x3f800000, 4));
  writeIdx(path, IdxArray::of<double>({1}, {-2.0}));
  EXPECT_EQ(readBytes(path), header(0x0E, {1}) + be(0xc000000000000000, 8));
}

TEST_F(IdxTest, ReadsMnistLayout) {
  // The layout of train-images-idx3-ubyte and train-labels-idx1-ubyte.
  std::string images = header(0x08, {2, 2, 3}) + std::string("\x00\x10\x20"
                                                             "\x30\x40\x50"
                                                             "\x60\x70\x80"
                                                             "\x90\xa0\xff",
                                                             12);
  std::string labels = header(0x08, {2}) + std::string("\x07\x02", 2);
  writeBytes(dir.path("images"), images);
  writeBytes(dir.path("labels"), labels);
  EXPECT_EQ(images.substr(0, 4), be(0x00000803, 4));
  EXPECT_EQ(labels.substr(0, 4), be(0x00000801, 4));

  IdxArray loaded = readIdx(dir.path("images"));
  EXPECT_EQ(loaded.type, DLRT_IDX_U8);
  EXPECT_EQ(loaded.shape, (std::vector<int64_t>{2, 2, 3}));
  EXPECT_EQ(loaded.data<uint8_t>()[11], 0xff);

  Dataset dataset =
      readIdxDataset(dir.path("images"), dir.path("labels"), 10, 1.0f / 255);
  EXPECT_EQ(dataset.count, 2);
  EXPECT_EQ(dataset.sampleShape, (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(dataset.labels, (std::vector<int32_t>{7, 2}));
  ASSERT_EQ(dataset.features.size(), 12u);
  EXPECT_FLOAT_EQ(dataset.features[0], 0.0f);
  EXPECT_FLOAT_EQ(dataset.features[1], 16.0f / 255);
  EXPECT_FLOAT_EQ(dataset.features[11], 1.0f);
  EXPECT_TRUE(dataset.featureNames.empty());
}

TEST_F(IdxTest, RankZeroAndEmptyArrays) {
  std::string path = dir.path("scalar");
  writeIdx(path, IdxArray::of<int32_t>({}, {-5}));
  EXPECT_EQ(readBytes(path), header(0x0C, {}) + be(0xfffffffb, 4));
  IdxArray scalar = readIdx(path);
  EXPECT_TRUE(scalar.shape.empty());
  EXPECT_EQ(scalar.elementCount(), 1);
  EXPECT_EQ(scalar.data<int32_t>()[0], -5);

  writeIdx(path, IdxArray::of<uint8_t>({0, 28, 28}, {}));
  IdxArray empty = readIdx(path);
  EXPECT_EQ(empty.shape, (std::vector<int64_t>{0, 28, 28}));
  EXPECT_TRUE(empty.bytes.empty());
}

TEST_F(IdxTest, HighRank) {
  std::vector<int64_t> shape(DLRT_IDX_MAX_RANK, 1);
  shape[3] = 2;
  std::string path = dir.path("rank255");
  writeIdx(path, IdxArray::of<int8_t>(shape, {-1, 1}));
  IdxArray loaded = readIdx(path);
  EXPECT_EQ(loaded.shape, shape);
  EXPECT_EQ(loaded.data<int8_t>()[0], -1);
}

TEST_F(IdxTest, ReplacesAnExistingFile) {
  std::string path = dir.path("replace");
  writeBytes(path, "old contents");
  writeIdx(path, IdxArray::of<uint8_t>({1}, {42}));
  EXPECT_EQ(readIdx(path).bytes, (std::vector<unsigned char>{42}));
  EXPECT_EQ(dir.entries(), (std::set<std::string>{"replace"}));
}

TEST_F(IdxTest, ToFloat) {
  std::vector<float> pixels =
      IdxArray::of<uint8_t>({3}, {0, 255, 51}).toFloat(1.0f / 255);
  ASSERT_EQ(pixels.size(), 3u);
  EXPECT_EQ(pixels[0], 0.0f);
  EXPECT_FLOAT_EQ(pixels[1], 1.0f);
  EXPECT_FLOAT_EQ(pixels[2], 0.2f);
  EXPECT_EQ(IdxArray::of<int8_t>({2}, {-128, 127}).toFloat(),
            (std::vector<float>{-128.0f, 127.0f}));
  EXPECT_EQ(IdxArray::of<int16_t>({1}, {-300}).toFloat(2.0f),
            (std::vector<float>{-600.0f}));
  EXPECT_EQ(IdxArray::of<int32_t>({1}, {1 << 24}).toFloat(),
            (std::vector<float>{16777216.0f}));
  EXPECT_EQ(IdxArray::of<float>({1}, {0.5f}).toFloat(),
            (std::vector<float>{0.5f}));
  std::vector<float> wide =
      IdxArray::of<double>({3}, {0.25, 1e300, -1e300}).toFloat();
  EXPECT_EQ(wide[0], 0.25f);
  EXPECT_EQ(wide[1], std::numeric_limits<float>::infinity());
  EXPECT_EQ(wide[2], -std::numeric_limits<float>::infinity());
}

TEST_F(IdxTest, TypedAccessChecksTheType) {
  IdxArray array = IdxArray::of<uint8_t>({1}, {1});
  try {
    array.data<float>();
    ADD_FAILURE() << "no error";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_INVALID_ARGUMENT);
    EXPECT_STREQ(error.what(), "IDX array of type u8 accessed as f32");
  }
  EXPECT_THROW(IdxArray::of<int32_t>({2, 2}, {1, 2, 3}), Error);
}

TEST_F(IdxTest, TypeNamesAndSizes) {
  EXPECT_EQ(dlrtIdxTypeSize(DLRT_IDX_U8), 1u);
  EXPECT_EQ(dlrtIdxTypeSize(DLRT_IDX_I8), 1u);
  EXPECT_EQ(dlrtIdxTypeSize(DLRT_IDX_I16), 2u);
  EXPECT_EQ(dlrtIdxTypeSize(DLRT_IDX_I32), 4u);
  EXPECT_EQ(dlrtIdxTypeSize(DLRT_IDX_F32), 4u);
  EXPECT_EQ(dlrtIdxTypeSize(DLRT_IDX_F64), 8u);
  EXPECT_EQ(dlrtIdxTypeSize(static_cast<DlrtIdxType>(0x0A)), 0u);
  EXPECT_STREQ(dlrtIdxTypeName(DLRT_IDX_I16), "i16");
  EXPECT_STREQ(dlrtIdxTypeName(static_cast<DlrtIdxType>(7)), "unknown");
}

//===----------------------------------------------------------------------===//
// Reader errors
//===----------------------------------------------------------------------===//

TEST_F(IdxTest, EmptyFile) {
  expectReadError("", {"file is empty", "magic number"});
}

TEST_F(IdxTest, TruncatedMagic) {
  expectReadError(std::string("\0\0\x08", 3),
                  {"truncated header: the file is 3 bytes, shorter than the "
                   "4-byte magic number"});
}

TEST_F(IdxTest, BadMagic) {
  expectReadError(be(0x01000801, 4) + std::string(1, '\0'),
                  {"bad magic number 0x01000801", "two zero bytes"});
  expectReadError("P5\n28 28\n255\n",
                  {"bad magic number 0x50350a32", "two zero bytes"});
}

TEST_F(IdxTest, GzipCompressed) {
  expectReadError(std::string("\x1f\x8b\x08\x08\x00\x00\x00\x00", 8),
                  {"gzip-compressed", "gunzip"});
}

TEST_F(IdxTest, UnknownTypeCode) {
  for (uint8_t code : {0x00, 0x07, 0x0A, 0x0F, 0xFF}) {
    SCOPED_TRACE(static_cast<int>(code));
    char hex[8];
    std::snprintf(hex, sizeof(hex), "0x%02x", code);
    expectReadError(header(code, {1}) + std::string(8, '\0'),
                    {std::string("unknown element type code ") + hex,
                     "expected 0x08 (u8)"});
  }
}

TEST_F(IdxTest, TruncatedHeader) {
  expectReadError(be(0x00000803, 4) + be(60000, 4) + be(28, 4),
                  {"truncated header: 3 dimensions need a 16-byte header, "
                   "but the file is 12 bytes"});
  expectReadError(be(0x00000801, 4) + std::string("\0\0", 2),
                  {"truncated header: 1 dimensions need a 8-byte header"});
}

TEST_F(IdxTest, TruncatedData) {
  expectReadError(header(0x08, {2, 28, 28}) + std::string(1567, 'x'),
                  {"truncated data: shape [2, 28, 28] of u8 needs 1568 bytes "
                   "after the 16-byte header, but only 1567 follow it"});
  expectReadError(header(0x0B, {3}) + std::string(5, 'x'),
                  {"shape [3] of i16 needs 6 bytes", "only 5 follow"});
  expectReadError(header(0x0E, {1}), {"needs 8 bytes", "only 0 follow"});
}

TEST_F(IdxTest, TrailingBytes) {
  expectReadError(header(0x08, {2}) + "ab\n",
                  {"1 trailing bytes after the data: shape [2] of u8 makes a "
                   "file of 10 bytes, but it is 11"});
  expectReadError(header(0x0C, {}) + std::string(5, '\0'),
                  {"1 trailing bytes", "shape [] of i32"});
}

TEST_F(IdxTest, ExtentProductOverflow) {
  expectReadError(header(0x08, {0xffffffff, 0xffffffff, 0xffffffff}),
                  {"extents [4294967295, 4294967295, 4294967295] of u8 "
                   "overflow"});
  // The product fits in 64 bits only before the element size.
  expectReadError(header(0x0E, {0x80000000, 0x40000000}),
                  {"of f64 overflow"});
  // An extent of 0 anywhere makes the data empty, however large the rest.
  writeBytes(dir.path("zero"), header(0x0E, {0xffffffff, 0, 0xffffffff}));
  EXPECT_EQ(readIdx(dir.path("zero")).elementCount(), 0);
}

TEST_F(IdxTest, MissingFileAndDirectory) {
  std::string missing = dir.path("missing");
  expectError([&] { readIdx(missing); }, missing, DLRT_ERROR_NOT_FOUND,
              {"cannot open"});
  ASSERT_EQ(::mkdir(dir.path("sub").c_str(), 0700), 0);
  expectError([&] { readIdx(dir.path("sub")); }, dir.path("sub"),
              DLRT_ERROR_IO, {"not a regular file"});
}

//===----------------------------------------------------------------------===//
// Writer errors
//===----------------------------------------------------------------------===//

TEST_F(IdxTest, WriterRejectsInvalidArrays) {
  IdxArray array;
  array.type = static_cast<DlrtIdxType>(0x0A);
  array.shape = {1};
  array.bytes = {0};
  expectWriteError(array, {"invalid IDX element type 10"});

  array = IdxArray::of<uint8_t>(std::vector<int64_t>(256, 1), {7});
  expectWriteError(array, {"rank 256 exceeds the IDX limit of 255"});

  array = IdxArray::of<uint8_t>({0}, {});
  array.shape = {int64_t{1} << 32, 0};
  expectWriteError(array, {"extent 4294967296 of shape [4294967296, 0] is "
                           "outside the IDX range [0, 2^32)"});
  array.shape = {-1};
  expectWriteError(array, {"extent -1"});

  array = IdxArray::of<int16_t>({2}, {1, 2});
  array.bytes.pop_back();
  expectWriteError(array, {"shape [2] of i16 does not match the 3 bytes"});
}

TEST_F(IdxTest, FailedWriteKeepsTheOldFile) {
  std::string path = dir.path("keep");
  writeIdx(path, IdxArray::of<uint8_t>({1}, {1}));
  IdxArray bad = IdxArray::of<uint8_t>({1}, {2});
  bad.shape = {2};
  EXPECT_THROW(writeIdx(path, bad), Error);
  EXPECT_EQ(readIdx(path).bytes, (std::vector<unsigned char>{1}));
  EXPECT_EQ(dir.entries(), (std::set<std::string>{"keep"}));

  std::string nowhere = dir.path("no-such-dir/file");
  expectError([&] { writeIdx(nowhere, IdxArray::of<uint8_t>({1}, {1})); },
              nowhere, DLRT_ERROR_IO, {"cannot create a temporary file"});
}

//===----------------------------------------------------------------------===//
// Images and labels
//===----------------------------------------------------------------------===//

TEST_F(IdxTest, DatasetOfEveryLabelType) {
  writeIdx(dir.path("x"), IdxArray::of<float>({3, 2}, {1, 2, 3, 4, 5, 6}));
  writeIdx(dir.path("u8"), IdxArray::of<uint8_t>({3}, {0, 1, 2}));
  writeIdx(dir.path("i8"), IdxArray::of<int8_t>({3}, {0, 1, 2}));
  writeIdx(dir.path("i16"), IdxArray::of<int16_t>({3}, {0, 1, 2}));
  writeIdx(dir.path("i32"), IdxArray::of<int32_t>({3}, {0, 1, 2}));
  for (const char *labels : {"u8", "i8", "i16", "i32"}) {
    Dataset dataset = readIdxDataset(dir.path("x"), dir.path(labels), 3);
    EXPECT_EQ(dataset.labels, (std::vector<int32_t>{0, 1, 2})) << labels;
    EXPECT_EQ(dataset.sampleShape, (std::vector<int64_t>{2}));
    EXPECT_EQ(dataset.features, (std::vector<float>{1, 2, 3, 4, 5, 6}));
  }
  // Without a number of classes, any integer goes.
  writeIdx(dir.path("neg"), IdxArray::of<int16_t>({3}, {-1, 500, 2}));
  EXPECT_EQ(readIdxDataset(dir.path("x"), dir.path("neg")).labels,
            (std::vector<int32_t>{-1, 500, 2}));
}

TEST_F(IdxTest, DatasetErrors) {
  std::string images = dir.path("images");
  std::string labels = dir.path("labels");
  writeIdx(images, IdxArray::of<uint8_t>({3, 2}, {1, 2, 3, 4, 5, 6}));

  writeIdx(labels, IdxArray::of<uint8_t>({2}, {0, 1}));
  expectError([&] { readIdxDataset(images, labels, 10); }, labels,
              DLRT_ERROR_FORMAT, {"2 labels for the 3 samples of " + images});

  writeIdx(labels, IdxArray::of<uint8_t>({3}, {0, 10, 1}));
  expectError([&] { readIdxDataset(images, labels, 10); }, labels,
              DLRT_ERROR_FORMAT, {"label #1 is 10, out of range [0, 10)"});
  writeIdx(labels, IdxArray::of<int8_t>({3}, {0, -1, 1}));
  expectError([&] { readIdxDataset(images, labels, 10); }, labels,
              DLRT_ERROR_FORMAT, {"label #1 is -1, out of range"});

  writeIdx(labels, IdxArray::of<float>({3}, {0, 1, 2}));
  expectError([&] { readIdxDataset(images, labels, 10); }, labels,
              DLRT_ERROR_FORMAT, {"labels must be integers", "they are f32"});

  writeIdx(labels, IdxArray::of<uint8_t>({3, 1}, {0, 1, 2}));
  expectError([&] { readIdxDataset(images, labels, 10); }, labels,
              DLRT_ERROR_FORMAT, {"labels must have rank 1", "[3, 1]"});

  writeIdx(labels, IdxArray::of<uint8_t>({1}, {0}));
  writeIdx(images, IdxArray::of<uint8_t>({}, {0}));
  expectError([&] { readIdxDataset(images, labels, 10); }, images,
              DLRT_ERROR_FORMAT, {"rank 0"});

  // A problem in either file is reported against that file.
  writeBytes(images, "");
  expectError([&] { readIdxDataset(images, labels, 10); }, images,
              DLRT_ERROR_FORMAT, {"file is empty"});
}

//===----------------------------------------------------------------------===//
// C API
//===----------------------------------------------------------------------===//

TEST_F(IdxTest, CApiRoundTrip) {
  const int16_t values[4] = {1, -2, 300, -400};
  const int64_t shape[2] = {2, 2};
  DlrtIdxView view = {DLRT_IDX_I16, 2, shape, values, sizeof(values)};
  std::string path = dir.path("c");
  ASSERT_EQ(dlrtIdxWrite(path.c_str(), &view), DLRT_OK)
      << dlrtLastErrorMessage();

  DlrtIdxArray *array = nullptr;
  ASSERT_EQ(dlrtIdxRead(path.c_str(), &array), DLRT_OK)
      << dlrtLastErrorMessage();
  DlrtIdxView loaded;
  ASSERT_EQ(dlrtIdxGet(array, &loaded), DLRT_OK);
  EXPECT_EQ(loaded.type, DLRT_IDX_I16);
  ASSERT_EQ(loaded.rank, 2);
  EXPECT_EQ(loaded.shape[0], 2);
  EXPECT_EQ(loaded.shape[1], 2);
  ASSERT_EQ(loaded.byteSize, sizeof(values));
  EXPECT_EQ(std::memcmp(loaded.data, values, sizeof(values)), 0);
  dlrtIdxFree(array);
  dlrtIdxFree(nullptr);
}

TEST_F(IdxTest, CApiErrors) {
  DlrtIdxArray *array = reinterpret_cast<DlrtIdxArray *>(1);
  std::string path = dir.path("bad");
  writeBytes(path, header(0x08, {3}) + "ab");
  EXPECT_EQ(dlrtIdxRead(path.c_str(), &array), DLRT_ERROR_FORMAT);
  EXPECT_EQ(array, nullptr);
  EXPECT_EQ(std::string(dlrtLastErrorMessage()),
            path + ": truncated data: shape [3] of u8 needs 3 bytes after "
                   "the 8-byte header, but only 2 follow it");

  EXPECT_EQ(dlrtIdxRead(dir.path("none").c_str(), &array),
            DLRT_ERROR_NOT_FOUND);
  EXPECT_EQ(dlrtIdxRead(nullptr, &array), DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_STREQ(dlrtLastErrorMessage(), "dlrtIdxRead: path is NULL");
  EXPECT_EQ(dlrtIdxRead(path.c_str(), nullptr), DLRT_ERROR_INVALID_ARGUMENT);
  DlrtIdxView view;
  EXPECT_EQ(dlrtIdxGet(nullptr, &view), DLRT_ERROR_INVALID_ARGUMENT);

  const int64_t shape[1] = {4};
  const uint8_t data[4] = {1, 2, 3, 4};
  DlrtIdxView bad = {DLRT_IDX_U8, 1, shape, data, 3};
  std::string out = dir.path("out");
  EXPECT_EQ(dlrtIdxWrite(out.c_str(), &bad), DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(std::string(dlrtLastErrorMessage()),
            out + ": shape [4] of u8 does not match the 3 bytes given");
  bad.byteSize = 4;
  bad.rank = 256;
  EXPECT_EQ(dlrtIdxWrite(out.c_str(), &bad), DLRT_ERROR_INVALID_ARGUMENT);
  bad.rank = 1;
  bad.data = nullptr;
  EXPECT_EQ(dlrtIdxWrite(out.c_str(), &bad), DLRT_ERROR_INVALID_ARGUMENT);
  bad.data = data;
  bad.shape = nullptr;
  EXPECT_EQ(dlrtIdxWrite(out.c_str(), &bad), DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(dlrtIdxWrite(out.c_str(), nullptr), DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_FALSE(dir.entries().count("out"));
}

TEST_F(IdxTest, CApiDataset) {
  writeIdx(dir.path("x"), IdxArray::of<uint8_t>({2, 1, 2}, {0, 51, 102, 255}));
  writeIdx(dir.path("y"), IdxArray::of<uint8_t>({2}, {3, 4}));
  DlrtDataset *dataset = nullptr;
  ASSERT_EQ(dlrtIdxReadDataset(dir.path("x").c_str(), dir.path("y").c_str(),
                               5, 1.0f / 255, &dataset),
            DLRT_OK)
      << dlrtLastErrorMessage();
  DlrtDatasetView view;
  ASSERT_EQ(dlrtDatasetGet(dataset, &view), DLRT_OK);
  EXPECT_EQ(view.count, 2);
  ASSERT_EQ(view.sampleRank, 2);
  EXPECT_EQ(view.sampleShape[0], 1);
  EXPECT_EQ(view.sampleShape[1], 2);
  EXPECT_EQ(view.sampleSize, 2);
  EXPECT_FLOAT_EQ(view.features[1], 0.2f);
  EXPECT_FLOAT_EQ(view.features[3], 1.0f);
  ASSERT_NE(view.labels, nullptr);
  EXPECT_EQ(view.labels[1], 4);
  dlrtDatasetFree(dataset);

  EXPECT_EQ(dlrtIdxReadDataset(dir.path("x").c_str(), dir.path("y").c_str(),
                               4, 1.0f, &dataset),
            DLRT_ERROR_FORMAT);
  EXPECT_EQ(dataset, nullptr);
  EXPECT_NE(std::string(dlrtLastErrorMessage()).find("out of range [0, 4)"),
            std::string::npos);
  EXPECT_EQ(dlrtIdxReadDataset(nullptr, "y", 4, 1.0f, &dataset),
            DLRT_ERROR_INVALID_ARGUMENT);
}

} // namespace
