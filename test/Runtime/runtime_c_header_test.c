//===- runtime_c_header_test.c - runtime.h compiled and used as C99 -------===//
// SPDX-License-Identifier: Apache-2.0
//
// Generated code and its callers include runtime.h from C, so the build
// compiles this file with -std=c99 -Wall -Wextra -Wpedantic -Werror and links
// it against the shared runtime. Running it writes and reads back a tensor
// through the C API alone, in the directory given as the only argument.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/runtime.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

static void check(int condition, const char *what) {
  if (!condition) {
    fprintf(stderr, "FAILED: %s (last error: %s)\n", what,
            dlrtLastErrorMessage());
    ++failures;
  }
}

int main(int argc, char **argv) {
  char path[4096];
  const int32_t values[3] = {1, -2, 3};
  const int64_t shape[1] = {3};
  DlrtTensorView tensor;
  DlrtTensorView loaded;
  DlrtTensorFile *file = NULL;
  const void *bound = NULL;
  void *buffer;

  if (argc != 2) {
    fprintf(stderr, "usage: %s <scratch directory>\n", argv[0]);
    return 2;
  }

  check(dlrtAbiVersion() == DLRT_ABI_VERSION, "ABI version");
  check(dlrtDTypeSize(DLRT_F64) == 8, "F64 size");
  check(strcmp(dlrtDTypeName(DLRT_BOOL), "BOOL") == 0, "BOOL name");
  check(strcmp(dlrtStatusName(DLRT_ERROR_FORMAT), "DLRT_ERROR_FORMAT") == 0,
        "status name");

  buffer = dlrtAlignedAlloc(100, DLRT_DEFAULT_ALIGNMENT);
  check(buffer != NULL && (uintptr_t)buffer % DLRT_DEFAULT_ALIGNMENT == 0,
        "aligned allocation");
  dlrtAlignedFree(buffer);

  check(dlrtTensorFileOpen("/nonexistent/dlrt.safetensors", &file) ==
            DLRT_ERROR_NOT_FOUND,
        "missing file status");
  check(file == NULL, "missing file handle");
  check(strstr(dlrtLastErrorMessage(), "/nonexistent/dlrt.safetensors") != NULL,
        "missing file message");

  snprintf(path, sizeof(path), "%s/c_header_test.safetensors", argv[1]);
  tensor.name = "values";
  tensor.dtype = DLRT_I32;
  tensor.rank = 1;
  tensor.shape = shape;
  tensor.data = values;
  tensor.byteSize = sizeof(values);
  check(dlrtTensorFileWrite(path, &tensor, 1) == DLRT_OK, "write");
  check(dlrtTensorFileOpen(path, &file) == DLRT_OK, "open");
  if (file) {
    check(dlrtTensorFileCount(file) == 1, "count");
    check(dlrtTensorFileGetByName(file, "values", &loaded) == DLRT_OK,
          "lookup");
    check(loaded.rank == 1 && loaded.shape[0] == 3, "shape");
    check(loaded.byteSize == sizeof(values) &&
              memcmp(loaded.data, values, sizeof(values)) == 0,
          "data");
    check(dlrtTensorFileBind(file, "values", DLRT_I32, 1, shape, &bound) ==
                  DLRT_OK &&
              bound == loaded.data,
          "bind");
    check(dlrtTensorFileBind(file, "values", DLRT_F32, 1, shape, &bound) ==
                  DLRT_ERROR_INVALID_ARGUMENT &&
              bound == NULL,
          "bind with the wrong dtype");
    check(strstr(dlrtLastErrorMessage(),
                 "tensor 'values' has dtype i32 but the model expects f32") !=
              NULL,
          "bind message");
    dlrtTensorFileClose(file);
  }
  remove(path);

  return failures == 0 ? 0 : 1;
}
