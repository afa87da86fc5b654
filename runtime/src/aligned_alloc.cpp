//===- aligned_alloc.cpp - Aligned allocation for tensor buffers ----------===//
// SPDX-License-Identifier: Apache-2.0
//
// Generated code expects tensor buffers aligned for its widest vector loads.
// This wraps posix_memalign rather than C11 aligned_alloc because the latter
// requires the size to be a multiple of the alignment (and sanitizers enforce
// it), which callers should not have to care about.
//
//===----------------------------------------------------------------------===//

#include "internal.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

using namespace dl::rt;

extern "C" {

void *dlrtAlignedAlloc(size_t bytes, size_t alignment) {
  // Messages are formatted into a stack buffer: this path must not allocate
  // before it knows whether memory is available.
  char message[160];
  if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) {
    std::snprintf(message, sizeof(message),
                  "dlrtAlignedAlloc: alignment %zu is not a power of two "
                  ">= %zu",
                  alignment, sizeof(void *));
    detail::setLastError(message);
    return nullptr;
  }
  // posix_memalign may return NULL for 0 bytes; asking for 1 keeps the
  // documented promise that NULL always means failure.
  void *ptr = nullptr;
  int rc = posix_memalign(&ptr, alignment, bytes == 0 ? 1 : bytes);
  if (rc != 0) {
    std::snprintf(message, sizeof(message),
                  "dlrtAlignedAlloc: cannot allocate %zu bytes aligned to "
                  "%zu: %s",
                  bytes, alignment,
                  rc == ENOMEM ? "out of memory" : "invalid argument");
    detail::setLastError(message);
    return nullptr;
  }
  return ptr;
}

void dlrtAlignedFree(void *ptr) { std::free(ptr); }

} // extern "C"
