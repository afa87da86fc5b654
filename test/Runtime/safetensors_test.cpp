//===- safetensors_test.cpp - Tests of the safetensors reader and writer --===//
// SPDX-License-Identifier: Apache-2.0
//
// Weights files are the runtime's only untrusted input, so besides round
// trips this suite builds one corrupted file per validation rule and checks
// that loading fails with DLRT_ERROR_FORMAT and a message naming the file and
// the tensor. Interoperability is checked against byte layouts taken from the
// reference implementation's own tests (huggingface/safetensors tensor.rs),
// written out here byte for byte. The writer tests check that a failed write
// never damages an existing file or leaves a temporary file behind.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/safetensors.h"

#include "test_util.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dl::rt;
using dl::rt::test::lengthPrefix;
using dl::rt::test::readBytes;
using dl::rt::test::safetensorsBytes;
using dl::rt::test::TempDir;
using dl::rt::test::writeBytes;

namespace {

/// Little-endian bytes of a sequence of values, as safetensors stores them.
template <typename T>
std::string bytesOf(std::initializer_list<T> values) {
  std::string bytes;
  for (T value : values) {
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    bytes.append(raw, sizeof(T));
  }
  return bytes;
}

std::string dataOf(const TensorView &view) {
  return std::string(static_cast<const char *>(view.data), view.byteSize);
}

TensorView makeView(std::string name, DlrtDType dtype,
                    std::vector<int64_t> shape, const std::string &bytes) {
  TensorView view;
  view.name = std::move(name);
  view.dtype = dtype;
  view.shape = std::move(shape);
  view.data = bytes.empty() ? nullptr : bytes.data();
  view.byteSize = bytes.size();
  return view;
}

class SafetensorsTest : public ::testing::Test {
protected:
  /// Writes `bytes` to a file, loads it and expects an Error with `status`
  /// whose message names the file and contains every fragment.
  void expectLoadError(const std::string &bytes, DlrtStatus status,
                       std::initializer_list<std::string> fragments) {
    std::string path = dir.path("bad.safetensors");
    writeBytes(path, bytes);
    try {
      TensorFile::load(path);
      ADD_FAILURE() << "loading succeeded";
    } catch (const Error &error) {
      EXPECT_EQ(error.status(), status) << error.what();
      std::string message = error.what();
      EXPECT_EQ(message.rfind(path + ": ", 0), 0u) << message;
      for (const std::string &fragment : fragments)
        EXPECT_NE(message.find(fragment), std::string::npos)
            << "missing \"" << fragment << "\" in: " << message;
    }
  }

  /// A file whose header is `header` (verbatim) followed by `dataSize` bytes.
  void expectFormatError(const std::string &header, size_t dataSize,
                         std::initializer_list<std::string> fragments) {
    expectLoadError(safetensorsBytes(header, std::string(dataSize, '\0')),
                    DLRT_ERROR_FORMAT, fragments);
  }

  /// Expects writeSafetensors to reject its input without creating a file.
  void expectWriteError(const std::vector<TensorView> &tensors,
                        std::initializer_list<std::string> fragments,
                        const Metadata &metadata = {}) {
    std::string path = dir.path("out.safetensors");
    try {
      writeSafetensors(path, tensors, metadata);
      ADD_FAILURE() << "writing succeeded";
    } catch (const Error &error) {
      EXPECT_EQ(error.status(), DLRT_ERROR_INVALID_ARGUMENT) << error.what();
      std::string message = error.what();
      EXPECT_EQ(message.rfind(path + ": ", 0), 0u) << message;
      for (const std::string &fragment : fragments)
        EXPECT_NE(message.find(fragment), std::string::npos)
            << "missing \"" << fragment << "\" in: " << message;
    }
    EXPECT_TRUE(dir.entries().empty());
  }

  TempDir dir;
};

//===----------------------------------------------------------------------===//
// Round trips
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, RoundTripsEveryDType) {
  std::string f32 = bytesOf<float>({1.5f, -2.0f, 3.25f, 0.0f, 1e-3f, -7.0f});
  std::string f64 = bytesOf<double>({3.141592653589793, -1e300});
  std::string i32 = bytesOf<int32_t>({-1, 2, INT32_MAX});
  std::string i64 = bytesOf<int64_t>({INT64_MIN, 42});
  std::string u8 = bytesOf<uint8_t>({0, 127, 255, 9});
  std::string boolean = bytesOf<uint8_t>({1, 0, 1});
  std::vector<TensorView> tensors = {
      makeView("f32", DLRT_F32, {2, 3}, f32),
      makeView("f64", DLRT_F64, {2}, f64),
      makeView("i32", DLRT_I32, {3, 1}, i32),
      makeView("i64", DLRT_I64, {1, 2}, i64),
      makeView("u8", DLRT_U8, {2, 2}, u8),
      makeView("bool", DLRT_BOOL, {3}, boolean),
  };
  std::string path = dir.path("all.safetensors");
  writeSafetensors(path, tensors);

  TensorFile file = TensorFile::load(path);
  EXPECT_EQ(file.path(), path);
  ASSERT_EQ(file.size(), tensors.size());
  for (size_t i = 0; i < tensors.size(); ++i) {
    const TensorView &loaded = file.at(i);
    SCOPED_TRACE(tensors[i].name);
    EXPECT_EQ(loaded.name, tensors[i].name);
    EXPECT_EQ(loaded.dtype, tensors[i].dtype);
    EXPECT_EQ(loaded.shape, tensors[i].shape);
    EXPECT_EQ(dataOf(loaded),
              std::string(static_cast<const char *>(tensors[i].data),
                          tensors[i].byteSize));
    EXPECT_EQ(&file.get(tensors[i].name), &loaded);
  }
  EXPECT_TRUE(file.metadata().empty());
}

TEST_F(SafetensorsTest, RoundTripsScalarsAndEmptyTensors) {
  std::string scalar = bytesOf<double>({2.5});
  std::string vector = bytesOf<int32_t>({7, 8});
  std::vector<TensorView> tensors = {
      makeView("empty_first", DLRT_F32, {0}, ""),
      makeView("scalar", DLRT_F64, {}, scalar),
      makeView("empty_2d", DLRT_I64, {3, 0}, ""),
      makeView("vector", DLRT_I32, {2}, vector),
      makeView("empty_last", DLRT_BOOL, {0, 5, 2}, ""),
  };
  std::string path = dir.path("edge.safetensors");
  writeSafetensors(path, tensors);

  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), tensors.size());
  size_t i = 0;
  for (const TensorView &loaded : file) {
    SCOPED_TRACE(tensors[i].name);
    EXPECT_EQ(loaded.name, tensors[i].name);
    EXPECT_EQ(loaded.shape, tensors[i].shape);
    EXPECT_EQ(loaded.byteSize, tensors[i].byteSize);
    ++i;
  }
  const TensorView &loadedScalar = file.get("scalar");
  EXPECT_TRUE(loadedScalar.shape.empty());
  double value;
  std::memcpy(&value, loadedScalar.data, sizeof(value));
  EXPECT_EQ(value, 2.5);
  EXPECT_EQ(dataOf(file.get("vector")), vector);
}

TEST_F(SafetensorsTest, WritesAndReadsAnEmptyFile) {
  std::string path = dir.path("empty.safetensors");
  writeSafetensors(path, {});
  TensorFile file = TensorFile::load(path);
  EXPECT_TRUE(file.empty());
  EXPECT_EQ(file.begin(), file.end());
}

TEST_F(SafetensorsTest, RoundTripsMetadata) {
  Metadata metadata = {{"format", "pt"},
                       {"quote\"and\\slash", "line\nbreak"},
                       {"unicode \xc3\xa9", "\xe2\x9c\x93"},
                       {"empty", ""}};
  std::string bytes = bytesOf<float>({1.0f});
  std::string path = dir.path("meta.safetensors");
  writeSafetensors(path, {makeView("w", DLRT_F32, {1}, bytes)}, metadata);

  TensorFile file = TensorFile::load(path);
  EXPECT_EQ(file.metadata(), metadata);
  EXPECT_EQ(file.size(), 1u);
}

TEST_F(SafetensorsTest, OmitsMetadataKeyWhenEmpty) {
  std::string path = dir.path("nometa.safetensors");
  writeSafetensors(path, {});
  EXPECT_EQ(readBytes(path).find("__metadata__"), std::string::npos);
}

TEST_F(SafetensorsTest, KeepsTheCallersOrder) {
  std::string a = bytesOf<int32_t>({1}), b = bytesOf<int64_t>({2}),
              c = bytesOf<uint8_t>({3});
  std::string path = dir.path("order.safetensors");
  writeSafetensors(path, {makeView("zeta", DLRT_I32, {1}, a),
                          makeView("alpha", DLRT_I64, {1}, b),
                          makeView("mid", DLRT_U8, {1}, c)});
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 3u);
  EXPECT_EQ(file.at(0).name, "zeta");
  EXPECT_EQ(file.at(1).name, "alpha");
  EXPECT_EQ(file.at(2).name, "mid");
  // Laid out back to back in that order.
  auto *base = static_cast<const char *>(file.at(0).data);
  EXPECT_EQ(static_cast<const char *>(file.at(1).data), base + 4);
  EXPECT_EQ(static_cast<const char *>(file.at(2).data), base + 12);
}

TEST_F(SafetensorsTest, OrdersByDataOffsetNotHeaderOrder) {
  // The header lists "late" first, but its data comes second.
  std::string header =
      R"({"late":{"dtype":"U8","shape":[1],"data_offsets":[1,2]},)"
      R"("early":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}})";
  std::string path = dir.path("offsets.safetensors");
  writeBytes(path, safetensorsBytes(header, "EL"));
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 2u);
  EXPECT_EQ(file.at(0).name, "early");
  EXPECT_EQ(dataOf(file.at(0)), "E");
  EXPECT_EQ(file.at(1).name, "late");
  EXPECT_EQ(dataOf(file.at(1)), "L");
}

TEST_F(SafetensorsTest, DataBufferStartsAligned) {
  // A 1-byte first tensor and a header length that is not a multiple of 8:
  // the data buffer must still start 64-byte aligned in memory.
  std::string header =
      R"({"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}})";
  std::string path = dir.path("align.safetensors");
  writeBytes(path, safetensorsBytes(header, "x"));
  TensorFile file = TensorFile::load(path);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(file.at(0).data) %
                DLRT_DEFAULT_ALIGNMENT,
            0u);
}

TEST_F(SafetensorsTest, LooksUpByName) {
  std::string bytes = bytesOf<float>({1.0f, 2.0f});
  std::string path = dir.path("lookup.safetensors");
  writeSafetensors(path, {makeView("layer.0.weight", DLRT_F32, {2}, bytes)});
  TensorFile file = TensorFile::load(path);
  ASSERT_NE(file.find("layer.0.weight"), nullptr);
  EXPECT_EQ(file.find("layer.0.weight")->shape, std::vector<int64_t>{2});
  EXPECT_EQ(file.find("layer.0"), nullptr);
  try {
    file.get("missing");
    ADD_FAILURE() << "get succeeded";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_NOT_FOUND);
    std::string message = error.what();
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find("\"missing\""), std::string::npos) << message;
  }
  try {
    file.at(1);
    ADD_FAILURE() << "at succeeded";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_INVALID_ARGUMENT);
  }
}

static_assert(DTypeOf<float>::value == DLRT_F32 &&
                  DTypeOf<double>::value == DLRT_F64 &&
                  DTypeOf<int32_t>::value == DLRT_I32 &&
                  DTypeOf<int64_t>::value == DLRT_I64 &&
                  DTypeOf<uint8_t>::value == DLRT_U8,
              "DTypeOf maps each C++ element type to its dtype");

TEST_F(SafetensorsTest, BindsTensorsAsTypedPointers) {
  std::string kernel = bytesOf<float>({1, 2, 3, 4, 5, 6});
  std::string step = bytesOf<int64_t>({9});
  std::string mask = bytesOf<uint8_t>({1, 0});
  std::string path = dir.path("bind.safetensors");
  writeSafetensors(path, {makeView("kernel", DLRT_F32, {2, 3}, kernel),
                          makeView("step", DLRT_I64, {}, step),
                          makeView("mask", DLRT_BOOL, {2}, mask)});
  TensorFile file = TensorFile::load(path);

  const float *data = file.bind<float>("kernel", {2, 3});
  EXPECT_EQ(data, file.get("kernel").data);
  EXPECT_EQ(data[5], 6.0f);
  EXPECT_EQ(*file.bind<int64_t>("step", {}), 9);
  // BOOL has no C++ element type; bind it untyped.
  const void *bits = file.bind("mask", DLRT_BOOL, {2});
  EXPECT_EQ(static_cast<const uint8_t *>(bits)[0], 1);
}

TEST_F(SafetensorsTest, BindThrowsOnMismatch) {
  std::string kernel = bytesOf<float>({1, 2, 3, 4, 5, 6});
  std::string path = dir.path("bind.safetensors");
  writeSafetensors(path, {makeView("kernel", DLRT_F32, {2, 3}, kernel)});
  TensorFile file = TensorFile::load(path);
  auto expectError = [&](auto bind, DlrtStatus status,
                         const std::string &message) {
    try {
      bind();
      ADD_FAILURE() << "bind succeeded";
    } catch (const Error &error) {
      EXPECT_EQ(error.status(), status) << error.what();
      EXPECT_EQ(error.what(), path + ": " + message);
    }
  };
  expectError([&] { file.bind<double>("kernel", {2, 3}); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'kernel' has dtype f32 but the model expects f64");
  expectError([&] { file.bind<float>("kernel", {6}); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'kernel' has shape [2, 3] but the model expects [6] "
              "(rank 2 instead of 1)");
  expectError([&] { file.bind<float>("kernel", {3, 2}); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'kernel' has shape [2, 3] but the model expects [3, 2]");
  expectError([&] { file.bind<float>("bias", {3}); }, DLRT_ERROR_NOT_FOUND,
              "no tensor named 'bias' (the model expects f32 [3])");
  expectError([&] { file.bind("kernel", static_cast<DlrtDType>(42), {2, 3}); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "cannot bind tensor 'kernel': invalid dtype 42");
  expectError([&] { file.bind<float>("kernel", {2, -3}); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "cannot bind tensor 'kernel': expected shape [2, -3] has a "
              "negative extent");
}

TEST_F(SafetensorsTest, ViewsSurviveAMove) {
  std::string bytes = bytesOf<int64_t>({5, 6});
  std::string path = dir.path("move.safetensors");
  writeSafetensors(path, {makeView("t", DLRT_I64, {2}, bytes)});
  TensorFile first = TensorFile::load(path);
  const TensorView *view = &first.get("t");
  TensorFile second = std::move(first);
  EXPECT_EQ(&second.get("t"), view);
  EXPECT_EQ(dataOf(*view), bytes);
}

//===----------------------------------------------------------------------===//
// Byte layouts of the reference implementation
//===----------------------------------------------------------------------===//

// The example from the reference's SafeTensors::deserialize documentation:
// an unpadded 60-byte header and 16 zero bytes.
TEST_F(SafetensorsTest, LoadsReferenceDocumentationExample) {
  const char bytes[] =
      "<\x00\x00\x00\x00\x00\x00\x00"
      R"({"test":{"dtype":"I32","shape":[2,2],"data_offsets":[0,16]}})"
      "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00";
  std::string path = dir.path("reference.safetensors");
  writeBytes(path, std::string(bytes, sizeof(bytes) - 1));
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 1u);
  const TensorView &test = file.get("test");
  EXPECT_EQ(test.dtype, DLRT_I32);
  EXPECT_EQ(test.shape, (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(dataOf(test), std::string(16, '\0'));
}

// tensor.rs test_serialization_forced_alignement: a 65-byte header padded
// with 7 spaces, then the floats 0..5.
const std::string kReferenceAttn0 =
    std::string("\x48\0\0\0\0\0\0\0", 8) + // header length 72
    R"({"attn0":{"dtype":"F32","shape":[1,1,2,3],"data_offsets":[0,24]}})" +
    "       " +                     // 7 spaces of padding
    std::string("\x00\x00\x00\x00"  // 0.0f
                "\x00\x00\x80\x3f"  // 1.0f
                "\x00\x00\x00\x40"  // 2.0f
                "\x00\x00\x40\x40"  // 3.0f
                "\x00\x00\x80\x40"  // 4.0f
                "\x00\x00\xa0\x40", // 5.0f
                24);

TEST_F(SafetensorsTest, LoadsReferenceAlignedLayout) {
  std::string path = dir.path("attn0.safetensors");
  writeBytes(path, kReferenceAttn0);
  TensorFile file = TensorFile::load(path);
  const TensorView &attn0 = file.get("attn0");
  EXPECT_EQ(attn0.dtype, DLRT_F32);
  EXPECT_EQ(attn0.shape, (std::vector<int64_t>{1, 1, 2, 3}));
  EXPECT_EQ(dataOf(attn0),
            bytesOf<float>({0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f}));
}

TEST_F(SafetensorsTest, WritesReferenceAlignedLayoutByteForByte) {
  std::string data = bytesOf<float>({0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f});
  std::string path = dir.path("attn0.safetensors");
  writeSafetensors(path, {makeView("attn0", DLRT_F32, {1, 1, 2, 3}, data)});
  EXPECT_EQ(readBytes(path), kReferenceAttn0);
}

// tensor.rs test_empty: no tensors, without and with metadata.
TEST_F(SafetensorsTest, WritesReferenceEmptyLayoutsByteForByte) {
  std::string path = dir.path("empty.safetensors");
  writeSafetensors(path, {});
  EXPECT_EQ(readBytes(path), std::string("\x08\0\0\0\0\0\0\0{}      ", 16));

  writeSafetensors(path, {}, {{"framework", "pt"}});
  EXPECT_EQ(readBytes(path), std::string("\x28\0\0\0\0\0\0\0", 8) +
                                 R"({"__metadata__":{"framework":"pt"}})" +
                                 "     ");
  EXPECT_EQ(TensorFile::load(path).metadata().at("framework"), "pt");
}

//===----------------------------------------------------------------------===//
// Load errors: file and header
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, RejectsMissingFile) {
  std::string path = dir.path("missing.safetensors");
  try {
    TensorFile::load(path);
    ADD_FAILURE() << "loading succeeded";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_NOT_FOUND);
    EXPECT_EQ(std::string(error.what()).rfind(path + ": ", 0), 0u);
  }
}

TEST_F(SafetensorsTest, RejectsDirectory) {
  try {
    TensorFile::load(dir.str());
    ADD_FAILURE() << "loading succeeded";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_IO) << error.what();
  }
}

TEST_F(SafetensorsTest, RejectsFileShorterThanLengthField) {
  expectLoadError("", DLRT_ERROR_FORMAT, {"0 bytes", "too short"});
  expectLoadError(std::string("\x02\0\0\0\0", 5), DLRT_ERROR_FORMAT,
                  {"5 bytes", "too short"});
}

TEST_F(SafetensorsTest, RejectsHeaderLengthBeyondFile) {
  expectLoadError(lengthPrefix(100) + "{}", DLRT_ERROR_FORMAT,
                  {"header length 100", "2 bytes that follow"});
  expectLoadError(lengthPrefix(1), DLRT_ERROR_FORMAT,
                  {"header length 1", "0 bytes that follow"});
}

TEST_F(SafetensorsTest, RejectsAbsurdHeaderLength) {
  expectLoadError(lengthPrefix(100'000'001) + "{}", DLRT_ERROR_FORMAT,
                  {"header length 100000001", "limit"});
  expectLoadError(lengthPrefix(UINT64_MAX) + "{}", DLRT_ERROR_FORMAT,
                  {"header length 18446744073709551615", "limit"});
}

TEST_F(SafetensorsTest, RejectsJsonSyntaxErrorWithByteOffset) {
  // The offending '}' is the 7th byte of the header.
  expectFormatError(R"({"w": })", 0,
                    {"not valid JSON", "header byte 7", "syntax error"});
  expectFormatError("", 0, {"not valid JSON", "header byte 1"});
}

TEST_F(SafetensorsTest, RejectsTrailingGarbageAfterHeader) {
  // Spaces are the only padding the format allows. RapidJSON or nlohmann
  // alone would stop at the first NUL and accept this header.
  expectFormatError(std::string("{}\0\0\0\0\0\0", 8), 0,
                    {"not valid JSON", "NUL byte at header byte 3"});
  expectFormatError("{} x", 0, {"not valid JSON", "header byte 4"});
}

TEST_F(SafetensorsTest, AcceptsSpacePaddedHeader) {
  std::string path = dir.path("padded.safetensors");
  writeBytes(path, safetensorsBytes("{}" + std::string(30, ' ')));
  EXPECT_TRUE(TensorFile::load(path).empty());
}

TEST_F(SafetensorsTest, RejectsInvalidUtf8InHeader) {
  expectFormatError(
      "{\"w\xff\":{\"dtype\":\"U8\",\"shape\":[0],\"data_offsets\":[0,0]}}", 0,
      {"not valid JSON", "UTF-8"});
}

TEST_F(SafetensorsTest, RejectsTopLevelThatIsNotAnObject) {
  expectFormatError("[1, 2]", 0, {"header is a JSON array"});
  expectFormatError("\"text\"", 0, {"header is a JSON string"});
}

TEST_F(SafetensorsTest, RejectsDuplicateTensorNames) {
  // nlohmann would keep only the second "w"; the file must be rejected.
  expectFormatError(R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
                    R"("w":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}})",
                    2, {"duplicate tensor name \"w\""});
}

TEST_F(SafetensorsTest, RejectsDuplicateFieldInEntry) {
  expectFormatError(
      R"({"w":{"dtype":"U8","dtype":"F32","shape":[1],"data_offsets":[0,1]}})",
      1, {"tensor \"w\"", "duplicate key \"dtype\""});
}

TEST_F(SafetensorsTest, RejectsDuplicateMetadata) {
  expectFormatError(R"({"__metadata__":{"a":"1","a":"2"}})", 0,
                    {"duplicate __metadata__ key \"a\""});
  expectFormatError(R"({"__metadata__":{},"__metadata__":{}})", 0,
                    {"duplicate __metadata__ entry"});
}

//===----------------------------------------------------------------------===//
// JSON details of the header
//===----------------------------------------------------------------------===//

// A one-byte U8 tensor entry whose name is the JSON string `jsonName`
// (written with its quotes and escapes).
std::string entryNamed(const std::string &jsonName, uint64_t begin) {
  return jsonName + R"(:{"dtype":"U8","shape":[1],"data_offsets":[)" +
         std::to_string(begin) + "," + std::to_string(begin + 1) + "]}";
}

TEST_F(SafetensorsTest, DecodesJsonEscapesAndUtf8InNames) {
  std::string header = "{" + entryNamed(R"("a\u00e9")", 0) + "," +
                       entryNamed(R"("\ud83d\ude00")", 1) + "," +
                       entryNamed(R"("\"\\\/\b\f\n\r\t")", 2) + "," +
                       entryNamed("\"na\xc3\xafve \xe2\x9c\x93\"", 3) + "," +
                       entryNamed(R"("")", 4) + "}";
  std::string path = dir.path("escapes.safetensors");
  writeBytes(path, safetensorsBytes(header, "abcde"));
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 5u);
  EXPECT_EQ(file.at(0).name, "a\xc3\xa9");
  EXPECT_EQ(file.at(1).name, "\xf0\x9f\x98\x80");
  EXPECT_EQ(file.at(2).name, "\"\\/\b\f\n\r\t");
  EXPECT_EQ(file.at(3).name, "na\xc3\xafve \xe2\x9c\x93");
  EXPECT_EQ(file.at(4).name, "");
  EXPECT_EQ(dataOf(file.get("a\xc3\xa9")), "a");
}

TEST_F(SafetensorsTest, KeepsEscapedNulInNames) {
  // \u0000 is a valid escape (only a raw NUL byte is not), and the name
  // keeps every byte after it.
  std::string header = "{" + entryNamed(R"("a\u0000b")", 0) + "," +
                       entryNamed(R"("a")", 1) + "}";
  std::string path = dir.path("nul.safetensors");
  writeBytes(path, safetensorsBytes(header, "xy"));
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 2u);
  EXPECT_EQ(file.at(0).name, std::string("a\0b", 3));
  EXPECT_EQ(dataOf(file.get(std::string("a\0b", 3))), "x");
  EXPECT_EQ(dataOf(file.get("a")), "y");
  // A writer round trip escapes it again.
  std::string copy = dir.path("nul-copy.safetensors");
  writeSafetensors(copy, {file.at(0), file.at(1)});
  EXPECT_EQ(TensorFile::load(copy).at(0).name, std::string("a\0b", 3));
}

TEST_F(SafetensorsTest, AcceptsJsonWhitespaceAndMetadataEscapes) {
  std::string header = " \t\r\n{ \"__metadata__\" :\n{ \"k\\u0041\" : "
                       "\"line\\nbreak\" } ,\n \"w\" : { \"dtype\" : \"U8\" , "
                       "\"shape\" : [ 1 ] , \"data_offsets\" : [ 0 , 1 ] }\t}"
                       "\r\n ";
  std::string path = dir.path("spaces.safetensors");
  writeBytes(path, safetensorsBytes(header, "x"));
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 1u);
  EXPECT_EQ(file.at(0).shape, std::vector<int64_t>{1});
  EXPECT_EQ(file.metadata(), (Metadata{{"kA", "line\nbreak"}}));
}

TEST_F(SafetensorsTest, RejectsInvalidJsonStrings) {
  for (const std::string &name : {
           std::string(R"("\ud83d")"),          // lone high surrogate
           std::string(R"("\ud83dx")"),         // high surrogate, no low one
           std::string(R"("\ud83d\u0041")"),    // high surrogate, not a low one
           std::string(R"("\ude00")"),          // lone low surrogate
           std::string(R"("\x41")"),            // unknown escape
           std::string(R"("\u12")"),            // short \u escape
           std::string(R"("\u12g4")"),          // bad hex digit
           std::string("\"a\x01\""),            // raw control character
           std::string("\"a\x1f\""),            // raw control character
           std::string("\"\xc0\xaf\""),         // overlong encoding
           std::string("\"\xe0\x80\xaf\""),     // overlong encoding
           std::string("\"\xed\xa0\x80\""),     // UTF-8 encoded surrogate
           std::string("\"\xf4\x90\x80\x80\""), // beyond U+10FFFF
           std::string("\"\xf8\x88\x80\x80\x80\""), // 5-byte sequence
           std::string("\"\xe2\x82\""),             // truncated sequence
           std::string("\"\x80\""),                 // stray continuation byte
           std::string("\"unterminated"),
       }) {
    SCOPED_TRACE(name);
    expectFormatError("{" + entryNamed(name, 0) + "}", 1, {"not valid JSON"});
  }
}

// Where and what: the byte of the header and the problem, for the checks the
// runtime adds to RapidJSON and for a few of RapidJSON's own.
TEST_F(SafetensorsTest, ReportsJsonErrorsWithBytePositionAndProblem) {
  struct Case {
    std::string header;
    std::string byte;
    std::string problem;
  };
  for (const Case &c : std::vector<Case>{
           // RapidJSON 1.1.0 alone would accept a lone low surrogate.
           {R"({"\ude00":0})", "header byte 3", "unpaired UTF-16 surrogate"},
           // ... and go on to report a later error in the same string.
           {R"({"\udc00\ud800":0})", "header byte 3",
            "unpaired UTF-16 surrogate"},
           {R"({"a\udc00\x":0})", "header byte 4", "unpaired UTF-16 surrogate"},
           {"{\"a\\udc00", "header byte 4", "unpaired UTF-16 surrogate"},
           {R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"\ud800"})",
            "header byte 55", "unpaired UTF-16 surrogate"},
           {"{\"a\xff\":0}", "header byte 4", "invalid UTF-8 in a string"},
           {"{\"a\":0}\xff", "header byte 8",
            "unexpected byte 0xff after the value"},
           {"[\xc3\xa9]", "header byte 2", "unexpected byte 0xc3"},
           {R"({"a":tru})", "header byte 9", "expected the literal true"},
           {R"({"a":-})", "header byte 7", "expected a digit"},
           {R"({"a":1.})", "header byte 8", "expected a digit after"},
           {R"({"a":1,})", "header byte 8", "expected a string key"},
           {R"({ ,})", "header byte 3", R"(expected a string key or "}")"},
           {R"({"a" 1})", "header byte 6", R"(expected ":")"},
           {R"({"a":[1 2]})", "header byte 9", R"(expected "," or "]")"},
           {R"({"a":"\q"})", "header byte 7",
            R"(invalid escape: backslash followed by "q")"},
           {"{\"a\":\"\t\"}", "header byte 7", "byte 0x09 in a string"},
           {R"({"a":"\u12x4"})", "header byte 7", "invalid \\u escape"},
           {R"({"a":"b)", "header byte 8", "unterminated string"},
           // The loader names a raw NUL byte before parsing.
           {std::string("{\"a\":\"b\0\"}", 10), "NUL byte at header byte 8",
            ""},
       }) {
    SCOPED_TRACE(c.header);
    expectFormatError(c.header, 0, {"not valid JSON", c.byte, c.problem});
  }
}

TEST_F(SafetensorsTest, RejectsNumbersBeyondTheJsonReadersRange) {
  // RapidJSON refuses numbers of about 1e309 and more (RFC 8259 lets a
  // reader limit the range); no safetensors field takes one.
  for (const char *number : {"1e400", "1e309", "-1e400", "0e400"})
    expectFormatError(
        std::string(R"({"w":{"dtype":"U8","shape":[)") + number +
            R"(],"data_offsets":[0,0]}})",
        0, {"number too large for the JSON reader", "header byte 29"});
  // In range, it is a number that is not an integer.
  expectFormatError(R"({"w":{"dtype":"U8","shape":[1e300],)"
                    R"("data_offsets":[0,0]}})",
                    0, {"shape dimension 0 is 1e300", "non-negative integer"});
}

TEST_F(SafetensorsTest, RejectsInvalidJsonSyntax) {
  auto withShape = [](const std::string &shape) {
    return R"({"w":{"dtype":"U8","shape":)" + shape +
           R"(,"data_offsets":[0,1]}})";
  };
  for (const std::string &header : {
           std::string("{"),
           std::string("}"),
           std::string("{,}"),
           std::string(R"({"a":1,})"),
           std::string(R"({"a" 1})"),
           std::string(R"({"a":1 "b":2})"),
           std::string(R"({a:1})"),
           std::string(R"({'a':1})"),
           std::string(R"({"a":1}})"),
           std::string(R"({"a":1}{})"),
           std::string(R"({"a":[1,2})"),
           std::string(R"({"a":[1,2)"),
           std::string("{\"a\":1\x0b}"), // vertical tab is not whitespace
           withShape("[1,]"),
           withShape("[,1]"),
           withShape("[01]"),
           withShape("[1.]"),
           withShape("[.5]"),
           withShape("[+1]"),
           withShape("[1e]"),
           withShape("[1e+]"),
           withShape("[-]"),
           withShape("[0x10]"),
           withShape("[NaN]"),
           withShape("[Infinity]"),
           withShape("[tru]"),
           withShape("[nul]"),
           withShape("[True]"),
       }) {
    SCOPED_TRACE(header);
    expectFormatError(header, 1, {"not valid JSON"});
  }
}

TEST_F(SafetensorsTest, RejectsNonIntegerExtentsOfEveryJsonType) {
  auto withShape = [](const std::string &shape) {
    return R"({"w":{"dtype":"U8","shape":)" + shape +
           R"(,"data_offsets":[0,0]}})";
  };
  for (const char *extent : {"1e2", "1E2", "-0", "0.5", "true", "false", "[0]",
                             "{}", "18446744073709551616"}) {
    SCOPED_TRACE(extent);
    expectFormatError(withShape(std::string("[") + extent + "]"), 0,
                      {"tensor \"w\"", "shape dimension 0 is",
                       "expected a non-negative integer"});
  }
  // Large values are cut short in messages.
  expectFormatError(withShape("[\"" + std::string(200, 'x') + "\"]"), 0,
                    {"shape dimension 0 is \"xxxx", "..."});
  expectFormatError(withShape("[[1,2,3,4,5,6,7,8,9]]"), 0,
                    {"shape dimension 0 is a JSON array"});
}

TEST_F(SafetensorsTest, RejectsDuplicateKeysAfterDecodingEscapes) {
  // "\u0077" is "w": the same name spelled twice.
  expectFormatError("{" + entryNamed(R"("w")", 0) + "," +
                        entryNamed(R"("\u0077")", 1) + "}",
                    2, {"duplicate tensor name \"w\""});
}

TEST_F(SafetensorsTest, RejectsDuplicateKeysNestedInsideEntries) {
  expectFormatError(R"({"w":{"dtype":"U8","shape":[{"x":1,"x":2}],)"
                    R"("data_offsets":[0,0]}})",
                    0, {"tensor \"w\"", "duplicate key \"x\""});
}

//===----------------------------------------------------------------------===//
// Load errors: tensor entries
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, RejectsEntryThatIsNotAnObject) {
  expectFormatError(R"({"w":3})", 0,
                    {"tensor \"w\"", "entry is a JSON number"});
  expectFormatError(R"({"w":[]})", 0,
                    {"tensor \"w\"", "entry is a JSON array"});
}

TEST_F(SafetensorsTest, RejectsMissingFields) {
  expectFormatError(R"({"w":{"shape":[1],"data_offsets":[0,1]}})", 1,
                    {"tensor \"w\"", "missing field \"dtype\""});
  expectFormatError(R"({"w":{"dtype":"U8","data_offsets":[0,1]}})", 1,
                    {"tensor \"w\"", "missing field \"shape\""});
  expectFormatError(R"({"w":{"dtype":"U8","shape":[1]}})", 1,
                    {"tensor \"w\"", "missing field \"data_offsets\""});
}

TEST_F(SafetensorsTest, RejectsExtraFields) {
  expectFormatError(
      R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"offsets":1}})", 1,
      {"tensor \"w\"", "unexpected field \"offsets\""});
}

TEST_F(SafetensorsTest, RejectsUnknownDType) {
  expectFormatError(R"({"w":{"dtype":"F17","shape":[1],"data_offsets":[0,4]}})",
                    4, {"tensor \"w\"", "unsupported dtype \"F17\""});
  // A real safetensors dtype that dlrt does not handle.
  expectFormatError(R"({"w":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}})",
                    2, {"tensor \"w\"", "unsupported dtype \"F16\""});
  // Spellings are case-sensitive.
  expectFormatError(R"({"w":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}})",
                    4, {"tensor \"w\"", "unsupported dtype \"f32\""});
  expectFormatError(R"({"w":{"dtype":4,"shape":[1],"data_offsets":[0,4]}})", 4,
                    {"tensor \"w\"", "dtype is not a string"});
}

TEST_F(SafetensorsTest, RejectsBadShapes) {
  auto withShape = [](const std::string &shape) {
    return R"({"w":{"dtype":"U8","shape":)" + shape +
           R"(,"data_offsets":[0,0]}})";
  };
  expectFormatError(withShape("3"), 0,
                    {"tensor \"w\"", "shape is not an array"});
  expectFormatError(withShape("{}"), 0,
                    {"tensor \"w\"", "shape is not an array"});
  expectFormatError(
      withShape("[2,-1]"), 0,
      {"tensor \"w\"", "shape dimension 1 is -1", "non-negative integer"});
  expectFormatError(withShape("[2.0]"), 0,
                    {"tensor \"w\"", "shape dimension 0 is 2.0"});
  expectFormatError(withShape("[\"2\"]"), 0,
                    {"tensor \"w\"", "shape dimension 0 is \"2\""});
  expectFormatError(withShape("[null]"), 0,
                    {"tensor \"w\"", "shape dimension 0 is null"});
  // Fits in uint64 but not in the int64 extents the API exposes.
  expectFormatError(withShape("[9223372036854775808]"), 0,
                    {"tensor \"w\"", "shape dimension 0"});
}

TEST_F(SafetensorsTest, RejectsDeeplyNestedHeader) {
  // A million nested arrays would overflow the stack of a recursive parser
  // (RapidJSON's is one); the reader refuses anything nested deeper than 16
  // levels before it recurses further. The 17th bracket is byte 42 of the
  // header.
  const size_t depth = 1'000'000;
  std::string nested = std::string(depth, '[') + std::string(depth, ']');
  expectFormatError(R"({"w":{"dtype":"U8","shape":[)" + nested +
                        R"(],"data_offsets":[0,0]}})",
                    0, {"nests deeper than 16 levels", "header byte 42"});
  // The same with objects (fewer: each level is 5 bytes); the 17th level is
  // the brace at byte 127.
  const size_t objectDepth = 200'000;
  std::string objects;
  for (size_t i = 0; i < objectDepth; ++i)
    objects += R"({"k":)";
  objects += "0" + std::string(objectDepth, '}');
  expectFormatError(R"({"w":{"dtype":"U8","shape":[0],"data_offsets":[0,0],)"
                    R"("x":)" +
                        objects + "}}",
                    0, {"nests deeper than 16 levels", "header byte 127"});
  // Brackets inside strings are not nesting.
  std::string name(100, '[');
  std::string path = dir.path("brackets.safetensors");
  writeBytes(path, safetensorsBytes(R"({")" + name +
                                    R"(":{"dtype":"U8","shape":[0],)"
                                    R"("data_offsets":[0,0]}})"));
  EXPECT_EQ(TensorFile::load(path).at(0).name, name);
  // Nor does an escaped quote end a string: the JSON name \\\"{{{... is
  // backslash, quote, braces.
  std::string braces(100, '{');
  writeBytes(path, safetensorsBytes(R"({"\\\")" + braces +
                                    R"(":{"dtype":"U8","shape":[0],)"
                                    R"("data_offsets":[0,0]}})"));
  EXPECT_EQ(TensorFile::load(path).at(0).name, "\\\"" + braces);
}

TEST_F(SafetensorsTest, RejectsBadDataOffsets) {
  auto withOffsets = [](const std::string &offsets) {
    return R"({"w":{"dtype":"U8","shape":[2],"data_offsets":)" + offsets + "}}";
  };
  for (const char *bad :
       {"2", "[0]", "[0,1,2]", "[-1,1]", "[0,2.0]", "[\"0\",2]", "{}"})
    expectFormatError(withOffsets(bad), 2,
                      {"tensor \"w\"", "data_offsets is",
                       "expected two non-negative integers"});
  expectFormatError(withOffsets("[2,0]"), 2,
                    {"tensor \"w\"", "has begin after end"});
}

TEST_F(SafetensorsTest, RejectsOffsetsBeyondDataBuffer) {
  expectFormatError(R"({"w":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}})",
                    3, {"tensor \"w\"", "[0,4]", "3-byte data buffer"});
  expectFormatError(
      R"({"w":{"dtype":"U8","shape":[0],)"
      R"("data_offsets":[18446744073709551615,18446744073709551615]}})",
      0, {"tensor \"w\"", "past the end"});
}

TEST_F(SafetensorsTest, RejectsByteSizeMismatch) {
  expectFormatError(
      R"({"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,20]}})", 20,
      {"tensor \"w\"", "span 20 bytes", "shape [2, 3] of F32 needs 24"});
  expectFormatError(R"({"w":{"dtype":"I64","shape":[],"data_offsets":[0,4]}})",
                    4, {"tensor \"w\"", "shape [] of I64 needs 8"});
}

TEST_F(SafetensorsTest, RejectsByteSizeOverflow) {
  // 2^32 * 2^32 elements overflow 64 bits; a wrapping multiplication would
  // give 0 and match the empty range.
  expectFormatError(R"({"w":{"dtype":"U8","shape":[4294967296,4294967296],)"
                    R"("data_offsets":[0,0]}})",
                    0, {"tensor \"w\"", "overflows 64 bits"});
  // Element count fits, times 8 bytes does not (2^61 * 8 = 2^64).
  expectFormatError(R"({"w":{"dtype":"F64","shape":[2305843009213693952],)"
                    R"("data_offsets":[0,0]}})",
                    0, {"tensor \"w\"", "overflows 64 bits"});
}

//===----------------------------------------------------------------------===//
// Load errors: layout of the data buffer
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, RejectsOverlappingTensors) {
  expectFormatError(
      R"({"a":{"dtype":"U8","shape":[8],"data_offsets":[0,8]},)"
      R"("b":{"dtype":"U8","shape":[8],"data_offsets":[4,12]}})",
      12, {"tensor \"b\"", "[4, 12)", "overlaps tensor \"a\"", "[0, 8)"});
  expectFormatError(R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},)"
                    R"("b":{"dtype":"I32","shape":[1],"data_offsets":[0,4]}})",
                    4, {"overlaps tensor"});
}

TEST_F(SafetensorsTest, RejectsEmptyTensorInsideAnother) {
  // As in the reference, tensors must tile the buffer in order; an empty
  // tensor may only sit at a boundary.
  expectFormatError(R"({"a":{"dtype":"U8","shape":[8],"data_offsets":[0,8]},)"
                    R"("e":{"dtype":"U8","shape":[0],"data_offsets":[4,4]}})",
                    8, {"tensor \"e\"", "overlaps tensor \"a\""});
}

TEST_F(SafetensorsTest, AcceptsEmptyTensorsAtBoundaries) {
  std::string header =
      R"({"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},)"
      R"("e":{"dtype":"F32","shape":[0,3],"data_offsets":[2,2]},)"
      R"("b":{"dtype":"U8","shape":[1],"data_offsets":[2,3]},)"
      R"("z":{"dtype":"I64","shape":[0],"data_offsets":[3,3]}})";
  std::string path = dir.path("empties.safetensors");
  writeBytes(path, safetensorsBytes(header, "abc"));
  TensorFile file = TensorFile::load(path);
  ASSERT_EQ(file.size(), 4u);
  EXPECT_EQ(file.at(0).name, "a");
  EXPECT_EQ(file.at(1).name, "e");
  EXPECT_EQ(file.at(2).name, "b");
  EXPECT_EQ(file.at(3).name, "z");
}

TEST_F(SafetensorsTest, RejectsHoles) {
  expectFormatError(R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},)"
                    R"("b":{"dtype":"U8","shape":[4],"data_offsets":[8,12]}})",
                    12, {"data bytes [4, 8)", "hole before tensor \"b\""});
  expectFormatError(R"({"b":{"dtype":"U8","shape":[4],"data_offsets":[4,8]}})",
                    8, {"data bytes [0, 4)", "hole before tensor \"b\""});
  expectFormatError(R"({"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}})",
                    8, {"data bytes [4, 8)", "end of the data buffer"});
  expectFormatError("{}", 3, {"data bytes [0, 3)", "end of the data buffer"});
}

//===----------------------------------------------------------------------===//
// Load errors: metadata
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, RejectsMetadataThatIsNotAnObject) {
  expectFormatError(R"({"__metadata__":"pt"})", 0,
                    {"__metadata__ is a JSON string, expected an object"});
  expectFormatError(R"({"__metadata__":null})", 0,
                    {"__metadata__ is a JSON null"});
}

TEST_F(SafetensorsTest, RejectsMetadataValuesThatAreNotStrings) {
  expectFormatError(R"({"__metadata__":{"ok":"yes","epoch":3}})", 0,
                    {"__metadata__ value of key \"epoch\" is a JSON number"});
  expectFormatError(R"({"__metadata__":{"nested":{"a":"b"}}})", 0,
                    {"key \"nested\" is a JSON object"});
}

//===----------------------------------------------------------------------===//
// Writer input validation
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, WriterRejectsDuplicateNames) {
  std::string bytes = bytesOf<uint8_t>({1});
  expectWriteError({makeView("w", DLRT_U8, {1}, bytes),
                    makeView("v", DLRT_U8, {1}, bytes),
                    makeView("w", DLRT_U8, {1}, bytes)},
                   {"duplicate tensor name \"w\""});
}

TEST_F(SafetensorsTest, WriterRejectsReservedName) {
  expectWriteError({makeView("__metadata__", DLRT_U8, {0}, "")},
                   {"\"__metadata__\" is reserved"});
}

TEST_F(SafetensorsTest, WriterRejectsNullDataWithNonzeroSize) {
  TensorView view = makeView("w", DLRT_F32, {2}, "");
  view.byteSize = 8;
  expectWriteError({view}, {"tensor \"w\"", "data is null but byteSize is 8"});
}

TEST_F(SafetensorsTest, WriterRejectsSizeMismatch) {
  std::string bytes = bytesOf<float>({1.0f, 2.0f, 3.0f});
  expectWriteError(
      {makeView("w", DLRT_F32, {2, 2}, bytes)},
      {"tensor \"w\"", "byteSize is 12", "shape [2, 2] of F32 needs 16"});
}

TEST_F(SafetensorsTest, WriterRejectsBadShapeAndDType) {
  expectWriteError({makeView("w", DLRT_U8, {2, -1}, "")},
                   {"tensor \"w\"", "negative extent"});
  expectWriteError({makeView("w", static_cast<DlrtDType>(42), {1}, "x")},
                   {"tensor \"w\"", "invalid dtype 42"});
}

TEST_F(SafetensorsTest, WriterRejectsSizeOverflow) {
  expectWriteError({makeView("w", DLRT_F64, {INT64_MAX, INT64_MAX}, "")},
                   {"tensor \"w\"", "overflows 64 bits"});
}

TEST_F(SafetensorsTest, WriterRejectsInvalidUtf8) {
  expectWriteError({makeView("bad\xff", DLRT_U8, {0}, "")},
                   {"tensor name", "not valid UTF-8"});
  expectWriteError({}, {"metadata key", "not valid UTF-8"}, {{"k\xc3", "v"}});
  expectWriteError({}, {"value of metadata key \"k\"", "not valid UTF-8"},
                   {{"k", "\xe2\x9c"}});
}

//===----------------------------------------------------------------------===//
// Atomic replacement
//===----------------------------------------------------------------------===//

TEST_F(SafetensorsTest, ReplacesAnExistingFile) {
  std::string path = dir.path("model.safetensors");
  writeBytes(path, "old contents");
  std::string bytes = bytesOf<int32_t>({1, 2});
  writeSafetensors(path, {makeView("w", DLRT_I32, {2}, bytes)});
  EXPECT_EQ(dataOf(TensorFile::load(path).get("w")), bytes);
  EXPECT_EQ(dir.entries(), std::set<std::string>{"model.safetensors"});
}

TEST_F(SafetensorsTest, FailsCleanlyInNonexistentDirectory) {
  std::string path = dir.path("missing/model.safetensors");
  try {
    writeSafetensors(path, {});
    ADD_FAILURE() << "writing succeeded";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_IO);
    std::string message = error.what();
    EXPECT_EQ(message.rfind(path + ": ", 0), 0u) << message;
    EXPECT_NE(message.find("temporary file"), std::string::npos) << message;
  }
  EXPECT_TRUE(dir.entries().empty());
}

TEST_F(SafetensorsTest, FailedRenameLeavesNoTemporaryFile) {
  // A directory in the way makes the final rename fail after the temporary
  // file was fully written.
  std::string path = dir.path("model.safetensors");
  ASSERT_EQ(::mkdir(path.c_str(), 0755), 0);
  try {
    writeSafetensors(path, {});
    ADD_FAILURE() << "writing succeeded";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_IO);
    EXPECT_NE(std::string(error.what()).find("cannot rename"),
              std::string::npos)
        << error.what();
  }
  EXPECT_EQ(dir.entries(), std::set<std::string>{"model.safetensors"});
}

TEST_F(SafetensorsTest, FailedWriteKeepsTheOldFile) {
  // RLIMIT_FSIZE makes write() fail with EFBIG part-way through the tensor
  // data, which is the failure an atomic writer exists for. SIGXFSZ would
  // otherwise kill the test.
  std::string path = dir.path("model.safetensors");
  std::string old = safetensorsBytes("{}      ");
  writeBytes(path, old);
  std::string big(64 * 1024, 'x');

  struct rlimit saved;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  void (*savedHandler)(int) = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit limited = saved;
  limited.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
  bool threw = false;
  std::string message;
  try {
    writeSafetensors(path, {makeView("big", DLRT_U8, {65536}, big)});
  } catch (const Error &error) {
    threw = error.status() == DLRT_ERROR_IO;
    message = error.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, savedHandler);

  EXPECT_TRUE(threw) << message;
  EXPECT_NE(message.find("cannot write"), std::string::npos) << message;
  EXPECT_EQ(readBytes(path), old);
  EXPECT_EQ(dir.entries(), std::set<std::string>{"model.safetensors"});
}

TEST_F(SafetensorsTest, InvalidInputKeepsTheOldFile) {
  std::string path = dir.path("model.safetensors");
  writeBytes(path, "precious");
  TensorView view = makeView("w", DLRT_F32, {2}, "");
  view.byteSize = 8;
  EXPECT_THROW(writeSafetensors(path, {view}), Error);
  EXPECT_EQ(readBytes(path), "precious");
  EXPECT_EQ(dir.entries(), std::set<std::string>{"model.safetensors"});
}

TEST_F(SafetensorsTest, KeepsModeOfReplacedFileAndUmaskForNewOnes) {
  std::string existing = dir.path("existing.safetensors");
  writeBytes(existing, "old");
  ASSERT_EQ(::chmod(existing.c_str(), 0640), 0);
  writeSafetensors(existing, {});
  struct stat info;
  ASSERT_EQ(::stat(existing.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);

  mode_t savedMask = ::umask(027);
  std::string fresh = dir.path("fresh.safetensors");
  writeSafetensors(fresh, {});
  ::umask(savedMask);
  ASSERT_EQ(::stat(fresh.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
}

TEST_F(SafetensorsTest, WritesRelativePathsInTheCurrentDirectory) {
  std::string saved(4096, '\0');
  ASSERT_NE(::getcwd(saved.data(), saved.size()), nullptr);
  ASSERT_EQ(::chdir(dir.str().c_str()), 0);
  bool ok = true;
  try {
    writeSafetensors("relative.safetensors", {});
  } catch (const Error &error) {
    ok = false;
    ADD_FAILURE() << error.what();
  }
  ASSERT_EQ(::chdir(saved.c_str()), 0);
  EXPECT_TRUE(ok);
  EXPECT_EQ(dir.entries(), std::set<std::string>{"relative.safetensors"});
}

TEST_F(SafetensorsTest, RejectsPathsWithoutAFileName) {
  EXPECT_THROW(writeSafetensors("", {}), Error);
  EXPECT_THROW(writeSafetensors(dir.str() + "/", {}), Error);
  EXPECT_TRUE(dir.entries().empty());
}

} // namespace
