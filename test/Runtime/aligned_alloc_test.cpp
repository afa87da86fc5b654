//===- aligned_alloc_test.cpp - Tests of dlrtAlignedAlloc -----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Generated code issues aligned vector loads on buffers from
// dlrtAlignedAlloc, so the alignment promise is checked for every power of
// two we expect to see, together with the documented edge cases: zero bytes,
// bad alignments and requests that cannot be satisfied.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/runtime.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <string>

namespace {

bool isAligned(const void *ptr, size_t alignment) {
  return reinterpret_cast<uintptr_t>(ptr) % alignment == 0;
}

TEST(AlignedAllocTest, HonoursEveryPowerOfTwoAlignment) {
  for (size_t alignment = sizeof(void *); alignment <= 4096; alignment *= 2) {
    for (size_t bytes : {size_t{1}, size_t{7}, size_t{64}, size_t{1000}}) {
      void *ptr = dlrtAlignedAlloc(bytes, alignment);
      ASSERT_NE(ptr, nullptr) << bytes << " bytes at " << alignment;
      EXPECT_TRUE(isAligned(ptr, alignment)) << bytes << " at " << alignment;
      // The whole range must be writable; ASan flags an undersized block.
      std::memset(ptr, 0xab, bytes);
      dlrtAlignedFree(ptr);
    }
  }
}

TEST(AlignedAllocTest, DefaultAlignmentIsACacheLine) {
  EXPECT_EQ(DLRT_DEFAULT_ALIGNMENT, 64);
  void *ptr = dlrtAlignedAlloc(3, DLRT_DEFAULT_ALIGNMENT);
  ASSERT_NE(ptr, nullptr);
  EXPECT_TRUE(isAligned(ptr, DLRT_DEFAULT_ALIGNMENT));
  dlrtAlignedFree(ptr);
}

TEST(AlignedAllocTest, ZeroBytesGivesUniqueNonNullPointers) {
  void *first = dlrtAlignedAlloc(0, 64);
  void *second = dlrtAlignedAlloc(0, 64);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(first, second);
  EXPECT_TRUE(isAligned(first, 64));
  dlrtAlignedFree(first);
  dlrtAlignedFree(second);
}

TEST(AlignedAllocTest, RejectsBadAlignments) {
  for (size_t alignment : {size_t{0}, size_t{1}, size_t{2}, size_t{4},
                           size_t{24}, size_t{100}, sizeof(void *) + 1}) {
    if (alignment == sizeof(void *))
      continue;
    EXPECT_EQ(dlrtAlignedAlloc(16, alignment), nullptr) << alignment;
    EXPECT_NE(std::string(dlrtLastErrorMessage()).find("alignment"),
              std::string::npos)
        << dlrtLastErrorMessage();
  }
}

TEST(AlignedAllocTest, ImpossibleSizeReturnsNullWithMessage) {
  EXPECT_EQ(dlrtAlignedAlloc(SIZE_MAX - 4096, 64), nullptr);
  EXPECT_NE(std::string(dlrtLastErrorMessage()).find("cannot allocate"),
            std::string::npos)
      << dlrtLastErrorMessage();
}

TEST(AlignedAllocTest, FreeOfNullIsANoOp) { dlrtAlignedFree(nullptr); }

} // namespace
