//===- runtime_c_api_test.cpp - Tests of the runtime C API ----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Generated code and C applications see only runtime.h, so this suite drives
// the runtime through the C functions alone: enum spellings, the safetensors
// round trip, and above all the error boundary. Every failure must come back
// as a status with a last-error message, never as an exception, and the
// message must be per thread.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/runtime.h"

#include "test_util.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using dl::rt::test::safetensorsBytes;
using dl::rt::test::TempDir;
using dl::rt::test::writeBytes;

namespace {

std::string lastError() { return dlrtLastErrorMessage(); }

::testing::AssertionResult lastErrorContains(const std::string &fragment) {
  std::string message = lastError();
  if (message.find(fragment) != std::string::npos)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "last error \"" << message << "\" lacks \"" << fragment << "\"";
}

TEST(RuntimeCApiTest, ReportsAbiVersion) {
  EXPECT_EQ(DLRT_ABI_VERSION, 1);
  EXPECT_EQ(dlrtAbiVersion(), DLRT_ABI_VERSION);
}

TEST(RuntimeCApiTest, NamesStatuses) {
  EXPECT_STREQ(dlrtStatusName(DLRT_OK), "DLRT_OK");
  EXPECT_STREQ(dlrtStatusName(DLRT_ERROR_IO), "DLRT_ERROR_IO");
  EXPECT_STREQ(dlrtStatusName(DLRT_ERROR_FORMAT), "DLRT_ERROR_FORMAT");
  EXPECT_STREQ(dlrtStatusName(DLRT_ERROR_INVALID_ARGUMENT),
               "DLRT_ERROR_INVALID_ARGUMENT");
  EXPECT_STREQ(dlrtStatusName(DLRT_ERROR_NOT_FOUND), "DLRT_ERROR_NOT_FOUND");
  EXPECT_STREQ(dlrtStatusName(DLRT_ERROR_OUT_OF_MEMORY),
               "DLRT_ERROR_OUT_OF_MEMORY");
  EXPECT_STREQ(dlrtStatusName(DLRT_ERROR_INTERNAL), "DLRT_ERROR_INTERNAL");
  EXPECT_STREQ(dlrtStatusName(static_cast<DlrtStatus>(99)),
               "DLRT_UNKNOWN_STATUS");
}

TEST(RuntimeCApiTest, DescribesDTypes) {
  struct Expected {
    DlrtDType dtype;
    size_t size;
    const char *name;
  };
  for (Expected e :
       {Expected{DLRT_F32, 4, "F32"}, Expected{DLRT_F64, 8, "F64"},
        Expected{DLRT_I32, 4, "I32"}, Expected{DLRT_I64, 8, "I64"},
        Expected{DLRT_U8, 1, "U8"}, Expected{DLRT_BOOL, 1, "BOOL"}}) {
    EXPECT_EQ(dlrtDTypeSize(e.dtype), e.size) << e.name;
    EXPECT_STREQ(dlrtDTypeName(e.dtype), e.name);
  }
  EXPECT_EQ(dlrtDTypeSize(static_cast<DlrtDType>(6)), 0u);
  EXPECT_STREQ(dlrtDTypeName(static_cast<DlrtDType>(6)), "UNKNOWN");
}

class RuntimeCApiFileTest : public ::testing::Test {
protected:
  TempDir dir;
};

TEST_F(RuntimeCApiFileTest, WritesAndReadsTensors) {
  const float weights[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f};
  const int64_t weightsShape[] = {2, 3};
  const int64_t step = 1234;
  DlrtTensorView tensors[] = {
      {"weights", DLRT_F32, 2, weightsShape, weights, sizeof(weights)},
      {"step", DLRT_I64, 0, nullptr, &step, sizeof(step)},
  };
  std::string path = dir.path("c.safetensors");
  ASSERT_EQ(dlrtTensorFileWrite(path.c_str(), tensors, 2), DLRT_OK)
      << lastError();

  DlrtTensorFile *file = nullptr;
  ASSERT_EQ(dlrtTensorFileOpen(path.c_str(), &file), DLRT_OK) << lastError();
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(dlrtTensorFileCount(file), 2u);

  DlrtTensorView view;
  ASSERT_EQ(dlrtTensorFileGetByIndex(file, 0, &view), DLRT_OK);
  EXPECT_STREQ(view.name, "weights");
  EXPECT_EQ(view.dtype, DLRT_F32);
  ASSERT_EQ(view.rank, 2);
  EXPECT_EQ(view.shape[0], 2);
  EXPECT_EQ(view.shape[1], 3);
  ASSERT_EQ(view.byteSize, sizeof(weights));
  EXPECT_EQ(std::memcmp(view.data, weights, sizeof(weights)), 0);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(view.data) % DLRT_DEFAULT_ALIGNMENT,
            0u);

  ASSERT_EQ(dlrtTensorFileGetByName(file, "step", &view), DLRT_OK);
  EXPECT_STREQ(view.name, "step");
  EXPECT_EQ(view.dtype, DLRT_I64);
  EXPECT_EQ(view.rank, 0);
  EXPECT_EQ(view.shape, nullptr);
  ASSERT_EQ(view.byteSize, sizeof(step));
  int64_t loadedStep;
  std::memcpy(&loadedStep, view.data, sizeof(loadedStep));
  EXPECT_EQ(loadedStep, step);

  dlrtTensorFileClose(file);
}

TEST_F(RuntimeCApiFileTest, WritesEmptyFileFromNullArray) {
  std::string path = dir.path("empty.safetensors");
  ASSERT_EQ(dlrtTensorFileWrite(path.c_str(), nullptr, 0), DLRT_OK)
      << lastError();
  DlrtTensorFile *file = nullptr;
  ASSERT_EQ(dlrtTensorFileOpen(path.c_str(), &file), DLRT_OK);
  EXPECT_EQ(dlrtTensorFileCount(file), 0u);
  dlrtTensorFileClose(file);
}

TEST_F(RuntimeCApiFileTest, OpenReportsMissingFile) {
  std::string path = dir.path("missing.safetensors");
  DlrtTensorFile *file = reinterpret_cast<DlrtTensorFile *>(&path);
  DlrtStatus status = DLRT_OK;
  EXPECT_NO_THROW(status = dlrtTensorFileOpen(path.c_str(), &file));
  EXPECT_EQ(status, DLRT_ERROR_NOT_FOUND);
  EXPECT_EQ(file, nullptr);
  EXPECT_TRUE(lastErrorContains(path));
}

TEST_F(RuntimeCApiFileTest, OpenReportsFormatErrorsNamingFileAndTensor) {
  std::string path = dir.path("corrupt.safetensors");
  writeBytes(path, safetensorsBytes(R"({"layer.1":{"dtype":"Q4","shape":[1],)"
                                    R"("data_offsets":[0,1]}})",
                                    "x"));
  DlrtTensorFile *file = nullptr;
  DlrtStatus status = DLRT_OK;
  EXPECT_NO_THROW(status = dlrtTensorFileOpen(path.c_str(), &file));
  EXPECT_EQ(status, DLRT_ERROR_FORMAT);
  EXPECT_EQ(file, nullptr);
  EXPECT_TRUE(lastErrorContains(path));
  EXPECT_TRUE(lastErrorContains("tensor \"layer.1\""));
  EXPECT_TRUE(lastErrorContains("\"Q4\""));
}

TEST_F(RuntimeCApiFileTest, OpenReportsOutOfMemory) {
  // A sparse file far larger than memory; the loader must fail to allocate
  // and say so rather than crash. Skipped where the file system cannot hold
  // it.
  std::string path = dir.path("huge.safetensors");
  int fd = ::open(path.c_str(), O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(fd, 0);
  std::string bytes = safetensorsBytes("{}      ");
  bool ok = ::write(fd, bytes.data(), bytes.size()) ==
                static_cast<ssize_t>(bytes.size()) &&
            ::ftruncate(fd, off_t{1} << 43) == 0;
  ::close(fd);
  if (!ok)
    GTEST_SKIP() << "cannot create an 8 TiB sparse file here";
  DlrtTensorFile *file = nullptr;
  EXPECT_EQ(dlrtTensorFileOpen(path.c_str(), &file), DLRT_ERROR_OUT_OF_MEMORY);
  EXPECT_EQ(file, nullptr);
  EXPECT_TRUE(lastErrorContains(path));
}

TEST_F(RuntimeCApiFileTest, RejectsNullArguments) {
  DlrtTensorFile *file = nullptr;
  EXPECT_EQ(dlrtTensorFileOpen(nullptr, &file), DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(lastErrorContains("path is NULL"));
  EXPECT_EQ(dlrtTensorFileOpen("x", nullptr), DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(lastErrorContains("out is NULL"));

  DlrtTensorView view;
  EXPECT_EQ(dlrtTensorFileGetByIndex(nullptr, 0, &view),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(dlrtTensorFileGetByName(nullptr, "w", &view),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(dlrtTensorFileCount(nullptr), 0u);
  dlrtTensorFileClose(nullptr);
  EXPECT_EQ(dlrtTensorFileWrite(nullptr, nullptr, 0),
            DLRT_ERROR_INVALID_ARGUMENT);
}

TEST_F(RuntimeCApiFileTest, AccessorsReportMissingTensors) {
  std::string path = dir.path("one.safetensors");
  const uint8_t byte = 1;
  DlrtTensorView tensor = {"only", DLRT_U8, 0, nullptr, &byte, 1};
  ASSERT_EQ(dlrtTensorFileWrite(path.c_str(), &tensor, 1), DLRT_OK);
  DlrtTensorFile *file = nullptr;
  ASSERT_EQ(dlrtTensorFileOpen(path.c_str(), &file), DLRT_OK);

  DlrtTensorView view;
  DlrtStatus status = DLRT_OK;
  EXPECT_NO_THROW(status = dlrtTensorFileGetByIndex(file, 1, &view));
  EXPECT_EQ(status, DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(lastErrorContains("index 1 is out of range"));
  EXPECT_NO_THROW(status = dlrtTensorFileGetByName(file, "other", &view));
  EXPECT_EQ(status, DLRT_ERROR_NOT_FOUND);
  EXPECT_TRUE(lastErrorContains(path));
  EXPECT_TRUE(lastErrorContains("\"other\""));
  dlrtTensorFileClose(file);
}

//===----------------------------------------------------------------------===//
// dlrtTensorFileBind
//===----------------------------------------------------------------------===//

/// A file with the tensors a small model would bind, opened for each test.
class RuntimeCApiBindTest : public RuntimeCApiFileTest {
protected:
  void SetUp() override {
    const int64_t kernelShape[] = {4, 3};
    const int64_t biasShape[] = {3};
    const int64_t maskShape[] = {2};
    const uint8_t mask[] = {1, 0};
    // By decreasing element size, so that every tensor is aligned.
    DlrtTensorView tensors[] = {
        {"step", DLRT_I64, 0, nullptr, &step, sizeof(step)},
        {"dense0.kernel", DLRT_F32, 2, kernelShape, kernel, sizeof(kernel)},
        {"dense0.bias", DLRT_F32, 1, biasShape, bias, sizeof(bias)},
        {"mask", DLRT_BOOL, 1, maskShape, mask, sizeof(mask)},
    };
    path = dir.path("weights.safetensors");
    ASSERT_EQ(dlrtTensorFileWrite(path.c_str(), tensors, 4), DLRT_OK)
        << lastError();
    ASSERT_EQ(dlrtTensorFileOpen(path.c_str(), &file), DLRT_OK) << lastError();
  }
  void TearDown() override { dlrtTensorFileClose(file); }

  /// Binds `name` and expects `status`, a NULL data pointer and exactly
  /// `message` (after "<path>: ") as the last error.
  void expectBindError(const char *name, DlrtDType dtype,
                       std::vector<int64_t> shape, DlrtStatus status,
                       const std::string &message) {
    const void *data = &step; // any non-NULL value
    DlrtStatus got = DLRT_OK;
    EXPECT_NO_THROW(got = dlrtTensorFileBind(file, name, dtype,
                                             static_cast<int64_t>(shape.size()),
                                             shape.data(), &data));
    EXPECT_EQ(got, status) << dlrtStatusName(got);
    EXPECT_EQ(data, nullptr);
    EXPECT_EQ(lastError(), path + ": " + message);
  }

  float kernel[12] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  float bias[3] = {0.5f, -0.5f, 1.5f};
  int64_t step = 42;
  std::string path;
  DlrtTensorFile *file = nullptr;
};

TEST_F(RuntimeCApiBindTest, BindsMatchingTensors) {
  const int64_t kernelShape[] = {4, 3};
  const void *data = nullptr;
  ASSERT_EQ(dlrtTensorFileBind(file, "dense0.kernel", DLRT_F32, 2, kernelShape,
                               &data),
            DLRT_OK)
      << lastError();
  DlrtTensorView view;
  ASSERT_EQ(dlrtTensorFileGetByName(file, "dense0.kernel", &view), DLRT_OK);
  EXPECT_EQ(data, view.data); // in place, no copy
  EXPECT_EQ(std::memcmp(data, kernel, sizeof(kernel)), 0);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(data) % sizeof(float), 0u);

  const int64_t biasShape[] = {3};
  ASSERT_EQ(
      dlrtTensorFileBind(file, "dense0.bias", DLRT_F32, 1, biasShape, &data),
      DLRT_OK)
      << lastError();
  EXPECT_EQ(std::memcmp(data, bias, sizeof(bias)), 0);

  const int64_t maskShape[] = {2};
  ASSERT_EQ(dlrtTensorFileBind(file, "mask", DLRT_BOOL, 1, maskShape, &data),
            DLRT_OK)
      << lastError();
  EXPECT_EQ(static_cast<const uint8_t *>(data)[0], 1);
}

TEST_F(RuntimeCApiBindTest, BindsScalarsWithOrWithoutShapePointer) {
  const void *data = nullptr;
  ASSERT_EQ(dlrtTensorFileBind(file, "step", DLRT_I64, 0, nullptr, &data),
            DLRT_OK)
      << lastError();
  int64_t loaded;
  std::memcpy(&loaded, data, sizeof(loaded));
  EXPECT_EQ(loaded, step);
  const int64_t unused[] = {7};
  data = nullptr;
  EXPECT_EQ(dlrtTensorFileBind(file, "step", DLRT_I64, 0, unused, &data),
            DLRT_OK);
  EXPECT_NE(data, nullptr);
}

TEST_F(RuntimeCApiBindTest, SuccessLeavesLastErrorUnchanged) {
  expectBindError("missing", DLRT_F32, {3}, DLRT_ERROR_NOT_FOUND,
                  "no tensor named 'missing' (the model expects f32 [3])");
  std::string before = lastError();
  const void *data = nullptr;
  ASSERT_EQ(dlrtTensorFileBind(file, "step", DLRT_I64, 0, nullptr, &data),
            DLRT_OK);
  EXPECT_EQ(lastError(), before);
}

TEST_F(RuntimeCApiBindTest, RejectsWrongDType) {
  expectBindError("dense0.kernel", DLRT_F64, {4, 3},
                  DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'dense0.kernel' has dtype f32 but the model expects "
                  "f64");
  expectBindError("step", DLRT_I32, {}, DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'step' has dtype i64 but the model expects i32");
  // Same size, different type: BOOL is not U8.
  expectBindError("mask", DLRT_U8, {2}, DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'mask' has dtype bool but the model expects u8");
}

TEST_F(RuntimeCApiBindTest, RejectsWrongRank) {
  expectBindError("dense0.kernel", DLRT_F32, {12}, DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'dense0.kernel' has shape [4, 3] but the model "
                  "expects [12] (rank 2 instead of 1)");
  expectBindError("dense0.bias", DLRT_F32, {1, 3}, DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'dense0.bias' has shape [3] but the model expects "
                  "[1, 3] (rank 1 instead of 2)");
  expectBindError("step", DLRT_I64, {1}, DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'step' has shape [] but the model expects [1] "
                  "(rank 0 instead of 1)");
}

TEST_F(RuntimeCApiBindTest, RejectsWrongExtent) {
  expectBindError("dense0.kernel", DLRT_F32, {4, 5},
                  DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'dense0.kernel' has shape [4, 3] but the model "
                  "expects [4, 5]");
  expectBindError("dense0.kernel", DLRT_F32, {3, 4},
                  DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'dense0.kernel' has shape [4, 3] but the model "
                  "expects [3, 4]");
}

TEST_F(RuntimeCApiBindTest, DTypeIsCheckedBeforeShape) {
  expectBindError("dense0.kernel", DLRT_I32, {12}, DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor 'dense0.kernel' has dtype f32 but the model expects "
                  "i32");
}

TEST_F(RuntimeCApiBindTest, ReportsMissingTensor) {
  expectBindError("dense1.kernel", DLRT_F32, {3, 2}, DLRT_ERROR_NOT_FOUND,
                  "no tensor named 'dense1.kernel' (the model expects f32 "
                  "[3, 2])");
  // Names are exact: no prefix match, no case folding.
  expectBindError("dense0", DLRT_F32, {}, DLRT_ERROR_NOT_FOUND,
                  "no tensor named 'dense0' (the model expects f32 [])");
  expectBindError("DENSE0.BIAS", DLRT_F32, {3}, DLRT_ERROR_NOT_FOUND,
                  "no tensor named 'DENSE0.BIAS' (the model expects f32 [3])");
}

TEST_F(RuntimeCApiBindTest, EscapesNamesInMessages) {
  expectBindError("it's\n", DLRT_F32, {}, DLRT_ERROR_NOT_FOUND,
                  "no tensor named 'it\\'s\\x0a' (the model expects f32 [])");
}

TEST_F(RuntimeCApiBindTest, RejectsBadArguments) {
  const int64_t shape[] = {3};
  const void *data = &step;
  DlrtStatus status = DLRT_OK;
  EXPECT_NO_THROW(status = dlrtTensorFileBind(nullptr, "dense0.bias", DLRT_F32,
                                              1, shape, &data));
  EXPECT_EQ(status, DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(data, nullptr);
  EXPECT_EQ(lastError(), "dlrtTensorFileBind: file is NULL");

  data = &step;
  EXPECT_EQ(dlrtTensorFileBind(file, nullptr, DLRT_F32, 1, shape, &data),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(data, nullptr);
  EXPECT_EQ(lastError(), "dlrtTensorFileBind: name is NULL");

  EXPECT_EQ(
      dlrtTensorFileBind(file, "dense0.bias", DLRT_F32, 1, shape, nullptr),
      DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(lastError(), "dlrtTensorFileBind: data is NULL");

  data = &step;
  EXPECT_EQ(dlrtTensorFileBind(file, "dense0.bias", DLRT_F32, -1, shape, &data),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(data, nullptr);
  EXPECT_EQ(lastError(),
            path + ": cannot bind tensor 'dense0.bias': rank -1 is negative");

  data = &step;
  EXPECT_EQ(
      dlrtTensorFileBind(file, "dense0.bias", DLRT_F32, 1, nullptr, &data),
      DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(data, nullptr);
  EXPECT_EQ(lastError(), path + ": cannot bind tensor 'dense0.bias': shape is "
                                "NULL but rank is 1");

  expectBindError("dense0.bias", static_cast<DlrtDType>(17), {3},
                  DLRT_ERROR_INVALID_ARGUMENT,
                  "cannot bind tensor 'dense0.bias': invalid dtype 17");
  expectBindError("dense0.kernel", DLRT_F32, {4, -1},
                  DLRT_ERROR_INVALID_ARGUMENT,
                  "cannot bind tensor 'dense0.kernel': expected shape "
                  "[4, -1] has a negative extent");
}

TEST_F(RuntimeCApiFileTest, BindRejectsMisalignedData) {
  // Laid out in the caller's order, the F32 tensor starts at byte 1 of the
  // data buffer; generated code must never get a misaligned float pointer.
  const uint8_t byte = 7;
  const float value = 1.0f;
  const int64_t one[] = {1};
  DlrtTensorView tensors[] = {
      {"b", DLRT_U8, 1, one, &byte, 1},
      {"w", DLRT_F32, 1, one, &value, sizeof(value)},
  };
  std::string path = dir.path("misaligned.safetensors");
  ASSERT_EQ(dlrtTensorFileWrite(path.c_str(), tensors, 2), DLRT_OK);
  DlrtTensorFile *file = nullptr;
  ASSERT_EQ(dlrtTensorFileOpen(path.c_str(), &file), DLRT_OK);
  const void *data = &byte;
  EXPECT_EQ(dlrtTensorFileBind(file, "w", DLRT_F32, 1, one, &data),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(data, nullptr);
  EXPECT_EQ(lastError(),
            path + ": tensor 'w' starts at byte 1 of the data buffer, which "
                   "is not a multiple of the 4-byte size of its f32 elements; "
                   "write the file with its tensors ordered by decreasing "
                   "element size");
  // One-byte elements are always aligned.
  EXPECT_EQ(dlrtTensorFileBind(file, "b", DLRT_U8, 1, one, &data), DLRT_OK);
  EXPECT_EQ(*static_cast<const uint8_t *>(data), byte);
  dlrtTensorFileClose(file);
}

TEST_F(RuntimeCApiFileTest, WriteValidatesViews) {
  std::string path = dir.path("out.safetensors");
  const float data[2] = {1.0f, 2.0f};
  const int64_t shape[] = {2};
  auto expectInvalid = [&](DlrtTensorView view, const std::string &fragment) {
    DlrtStatus status = DLRT_OK;
    EXPECT_NO_THROW(status = dlrtTensorFileWrite(path.c_str(), &view, 1));
    EXPECT_EQ(status, DLRT_ERROR_INVALID_ARGUMENT);
    EXPECT_TRUE(lastErrorContains(path));
    EXPECT_TRUE(lastErrorContains(fragment));
  };
  expectInvalid({nullptr, DLRT_F32, 1, shape, data, 8}, "name is NULL");
  expectInvalid({"w", DLRT_F32, -1, shape, data, 8}, "rank -1 is negative");
  expectInvalid({"w", DLRT_F32, 1, nullptr, data, 8}, "shape is NULL");
  expectInvalid({"w", DLRT_F32, 1, shape, nullptr, 8}, "data is null");
  expectInvalid({"w", DLRT_F32, 1, shape, data, 4}, "needs 8");
  expectInvalid({"w", static_cast<DlrtDType>(17), 1, shape, data, 8},
                "invalid dtype 17");

  DlrtTensorView twice[] = {{"w", DLRT_F32, 1, shape, data, 8},
                            {"w", DLRT_F32, 1, shape, data, 8}};
  EXPECT_EQ(dlrtTensorFileWrite(path.c_str(), twice, 2),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(lastErrorContains("duplicate tensor name \"w\""));
  EXPECT_EQ(dlrtTensorFileWrite(path.c_str(), nullptr, 1),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_TRUE(dir.entries().empty());
}

TEST_F(RuntimeCApiFileTest, WriteReportsIoErrors) {
  std::string path = dir.path("no/such/dir.safetensors");
  DlrtStatus status = DLRT_OK;
  EXPECT_NO_THROW(status = dlrtTensorFileWrite(path.c_str(), nullptr, 0));
  EXPECT_EQ(status, DLRT_ERROR_IO);
  EXPECT_TRUE(lastErrorContains(path));
  EXPECT_TRUE(dir.entries().empty());
}

TEST_F(RuntimeCApiFileTest, LastErrorIsPerThread) {
  DlrtTensorFile *file = nullptr;
  std::string mine = dir.path("mine.safetensors");
  ASSERT_NE(dlrtTensorFileOpen(mine.c_str(), &file), DLRT_OK);
  std::string before = lastError();
  ASSERT_NE(before.find(mine), std::string::npos);

  std::string theirs = dir.path("theirs.safetensors");
  std::string seenByOtherThread;
  std::thread other([&] {
    seenByOtherThread = lastError();
    DlrtTensorFile *otherFile = nullptr;
    (void)dlrtTensorFileOpen(theirs.c_str(), &otherFile);
  });
  other.join();
  EXPECT_EQ(seenByOtherThread, "");
  EXPECT_EQ(lastError(), before);
}

TEST_F(RuntimeCApiFileTest, SuccessLeavesLastErrorUnchanged) {
  DlrtTensorFile *file = nullptr;
  ASSERT_NE(dlrtTensorFileOpen(dir.path("none").c_str(), &file), DLRT_OK);
  std::string before = lastError();
  std::string path = dir.path("ok.safetensors");
  ASSERT_EQ(dlrtTensorFileWrite(path.c_str(), nullptr, 0), DLRT_OK);
  EXPECT_EQ(lastError(), before);
}

} // namespace
