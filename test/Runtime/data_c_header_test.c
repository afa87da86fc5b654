//===- data_c_header_test.c - data.h compiled and used as C99 -------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The C part of data.h must be valid C99, like runtime.h: the build compiles
// this file with -std=c99 -Wall -Wextra -Wpedantic -Werror. Running it writes
// an IDX file and a CSV file in the directory given as the only argument and
// reads them back through the C API alone.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

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
  char images[4096], labels[4096], csv[4096];
  const uint8_t pixels[6] = {0, 51, 102, 153, 204, 255};
  const uint8_t classes[3] = {2, 0, 1};
  const int64_t imageShape[2] = {3, 2};
  const int64_t labelShape[1] = {3};
  DlrtIdxView view;
  DlrtIdxArray *array = NULL;
  DlrtDataset *dataset = NULL;
  DlrtDatasetView data;
  DlrtCsvOptions options;
  FILE *file;

  if (argc != 2) {
    fprintf(stderr, "usage: %s <scratch directory>\n", argv[0]);
    return 2;
  }
  snprintf(images, sizeof(images), "%s/data_c_images", argv[1]);
  snprintf(labels, sizeof(labels), "%s/data_c_labels", argv[1]);
  snprintf(csv, sizeof(csv), "%s/data_c.csv", argv[1]);

  check(dlrtIdxTypeSize(DLRT_IDX_I16) == 2, "i16 size");
  check(strcmp(dlrtIdxTypeName(DLRT_IDX_F64), "f64") == 0, "f64 name");

  view.type = DLRT_IDX_U8;
  view.rank = 2;
  view.shape = imageShape;
  view.data = pixels;
  view.byteSize = sizeof(pixels);
  check(dlrtIdxWrite(images, &view) == DLRT_OK, "write images");
  view.rank = 1;
  view.shape = labelShape;
  view.data = classes;
  view.byteSize = sizeof(classes);
  check(dlrtIdxWrite(labels, &view) == DLRT_OK, "write labels");

  check(dlrtIdxRead(images, &array) == DLRT_OK, "read images");
  check(dlrtIdxGet(array, &view) == DLRT_OK && view.rank == 2 &&
            view.shape[1] == 2 && view.byteSize == 6 &&
            ((const uint8_t *)view.data)[5] == 255,
        "images contents");
  dlrtIdxFree(array);

  check(dlrtIdxReadDataset(images, labels, 3, 1.0f / 255, &dataset) == DLRT_OK,
        "read data set");
  check(dlrtDatasetGet(dataset, &data) == DLRT_OK && data.count == 3 &&
            data.sampleSize == 2 && data.labels[0] == 2 &&
            data.features[5] == 1.0f,
        "data set contents");
  dlrtDatasetFree(dataset);

  file = fopen(csv, "w");
  check(file != NULL, "create CSV file");
  if (file) {
    fputs("x,y,label\n0.5,1,1\n2,3,0\n", file);
    fclose(file);
  }
  dlrtCsvOptionsInit(&options);
  options.labelColumn = -1;
  options.classes = 2;
  check(dlrtCsvRead(csv, &options, &dataset) == DLRT_OK, "read CSV");
  check(dlrtDatasetGet(dataset, &data) == DLRT_OK && data.count == 2 &&
            data.sampleSize == 2 && data.features[0] == 0.5f &&
            data.labels[1] == 0,
        "CSV contents");
  dlrtDatasetFree(dataset);
  options.classes = 1;
  check(dlrtCsvRead(csv, &options, &dataset) == DLRT_ERROR_FORMAT &&
            dataset == NULL &&
            strstr(dlrtLastErrorMessage(), "label 1 out of range") != NULL,
        "CSV label out of range");

  remove(images);
  remove(labels);
  remove(csv);
  return failures == 0 ? 0 : 1;
}
