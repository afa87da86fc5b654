//===- c_api.cpp - C API of the data readers ------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Thin wrappers over readIdx, writeIdx, readIdxDataset and readCsv, built
// like the runtime's own C API (runtime/src/c_api.cpp): raw pointers are
// checked, the C++ code runs inside detail::callAtBoundary so that no
// exception escapes and the message lands in dlrtLastErrorMessage(), and
// handles own the C++ objects their views point into.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include "data_internal.h"

using namespace dl::rt;

static_assert(sizeof(DlrtIdxType) == 4 && sizeof(DlrtCsvHeader) == 4,
              "DLRT enums must be 32 bits wide");

struct DlrtIdxArray {
  IdxArray array;
};

struct DlrtDataset {
  Dataset dataset;
};

namespace {

[[noreturn]] void nullArgument(const char *what) {
  detail::fail(DLRT_ERROR_INVALID_ARGUMENT, "{} is NULL", {what});
}

} // namespace

extern "C" {

DlrtStatus dlrtIdxRead(const char *path, DlrtIdxArray **out) {
  return detail::callAtBoundary([&] {
    if (!out)
      nullArgument("dlrtIdxRead: out");
    *out = nullptr;
    if (!path)
      nullArgument("dlrtIdxRead: path");
    *out = new DlrtIdxArray{readIdx(path)};
  });
}

DlrtStatus dlrtIdxGet(const DlrtIdxArray *array, DlrtIdxView *out) {
  return detail::callAtBoundary([&] {
    if (!array || !out)
      nullArgument("dlrtIdxGet: array or out");
    const IdxArray &in = array->array;
    out->type = in.type;
    out->rank = static_cast<int64_t>(in.shape.size());
    out->shape = in.shape.empty() ? nullptr : in.shape.data();
    out->data = in.bytes.empty() ? nullptr : in.bytes.data();
    out->byteSize = in.bytes.size();
  });
}

void dlrtIdxFree(DlrtIdxArray *array) { delete array; }

DlrtStatus dlrtIdxWrite(const char *path, const DlrtIdxView *array) {
  return detail::callAtBoundary([&] {
    if (!path)
      nullArgument("dlrtIdxWrite: path");
    if (!array)
      nullArgument("dlrtIdxWrite: array");
    if (array->rank < 0 || array->rank > DLRT_IDX_MAX_RANK)
      data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                     "rank {} is outside the IDX range [0, {}]",
                     {array->rank, DLRT_IDX_MAX_RANK});
    if (array->rank > 0 && !array->shape)
      data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                     "shape is NULL but rank is {}", {array->rank});
    if (array->byteSize > 0 && !array->data)
      data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                     "data is NULL but byteSize is {}", {array->byteSize});
    IdxArray copy;
    copy.type = array->type;
    copy.shape.assign(array->shape, array->shape + array->rank);
    // Checked before copying: a byteSize that does not match the shape could
    // read past the caller's buffer.
    data::checkIdxArray(path, copy.type, copy.shape, array->byteSize);
    auto *bytes = static_cast<const unsigned char *>(array->data);
    copy.bytes.assign(bytes, bytes + array->byteSize);
    writeIdx(path, copy);
  });
}

DlrtStatus dlrtIdxReadDataset(const char *imagesPath, const char *labelsPath,
                              int64_t classes, float scale,
                              DlrtDataset **out) {
  return detail::callAtBoundary([&] {
    if (!out)
      nullArgument("dlrtIdxReadDataset: out");
    *out = nullptr;
    if (!imagesPath || !labelsPath)
      nullArgument("dlrtIdxReadDataset: imagesPath or labelsPath");
    *out = new DlrtDataset{
        readIdxDataset(imagesPath, labelsPath, classes, scale)};
  });
}

void dlrtCsvOptionsInit(DlrtCsvOptions *options) {
  if (!options)
    return;
  CsvOptions defaults;
  options->header = defaults.header;
  options->delimiter = defaults.delimiter;
  options->labelColumn = defaults.labelColumn;
  options->classes = defaults.classes;
}

DlrtStatus dlrtCsvRead(const char *path, const DlrtCsvOptions *options,
                       DlrtDataset **out) {
  return detail::callAtBoundary([&] {
    if (!out)
      nullArgument("dlrtCsvRead: out");
    *out = nullptr;
    if (!path)
      nullArgument("dlrtCsvRead: path");
    CsvOptions cxx;
    if (options) {
      if (options->delimiter < 1 || options->delimiter > 127)
        data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                       "delimiter {} is not an ASCII character",
                       {options->delimiter});
      cxx.header = options->header;
      cxx.delimiter = static_cast<char>(options->delimiter);
      cxx.labelColumn = options->labelColumn;
      cxx.classes = options->classes;
    }
    *out = new DlrtDataset{readCsv(path, cxx)};
  });
}

DlrtStatus dlrtDatasetGet(const DlrtDataset *dataset, DlrtDatasetView *out) {
  return detail::callAtBoundary([&] {
    if (!dataset || !out)
      nullArgument("dlrtDatasetGet: dataset or out");
    const Dataset &in = dataset->dataset;
    int64_t sampleSize = 1;
    for (int64_t extent : in.sampleShape)
      sampleSize *= extent;
    out->count = in.count;
    out->sampleRank = static_cast<int64_t>(in.sampleShape.size());
    out->sampleShape = in.sampleShape.empty() ? nullptr : in.sampleShape.data();
    out->sampleSize = sampleSize;
    out->features = in.features.empty() ? nullptr : in.features.data();
    out->labels = in.labels.empty() ? nullptr : in.labels.data();
  });
}

void dlrtDatasetFree(DlrtDataset *dataset) { delete dataset; }

} // extern "C"
