//===- data.h - Training data input: IDX and CSV files, synthetic digits --===//
// SPDX-License-Identifier: Apache-2.0
//
// The data side of training, in the library dl_runtime_data (dl::runtime_data),
// which links dl_runtime but is kept out of it: the shared runtime that every
// compiled model loads has a size budget, and most programs never read a data
// set. Three sources:
//
//   - IDX files, the format of MNIST and its relatives (a big-endian magic
//     number 0x0000TTRR with element type TT and rank RR, RR big-endian u32
//     extents, then the big-endian elements): readIdx / writeIdx, and
//     readIdxDataset for an images file paired with a labels file;
//   - numeric CSV tables with an optional header line and a label column:
//     readCsv;
//   - makeDigits, the synthetic 28x28 handwritten-looking digits that the
//     dl-make-digits tool writes as MNIST-format IDX files, for tests and for
//     machines without the real data.
//
// Every reader validates strictly and reports failures like the rest of the
// runtime: C++ functions throw dl::rt::Error, C functions return a DlrtStatus
// and leave the message in dlrtLastErrorMessage(). Messages start with the
// path of the file, then say where (`line 7, column 3`) and what is wrong.
// The C part of this header is valid C99; the C++ part needs C++17.
// runtime/README.md ("Training data") documents the rules in full.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_DATA_H
#define DL_RUNTIME_DATA_H

#include "dl/runtime/runtime.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

//===----------------------------------------------------------------------===//
// IDX files (C API)
//===----------------------------------------------------------------------===//

/// Element type of an IDX file: the third byte of its magic number.
typedef enum DlrtIdxType {
  /// Unsigned 8-bit integer (MNIST images and labels).
  DLRT_IDX_U8 = 0x08,
  /// Signed 8-bit integer.
  DLRT_IDX_I8 = 0x09,
  /// Signed 16-bit integer.
  DLRT_IDX_I16 = 0x0B,
  /// Signed 32-bit integer.
  DLRT_IDX_I32 = 0x0C,
  /// IEEE 754 binary32.
  DLRT_IDX_F32 = 0x0D,
  /// IEEE 754 binary64.
  DLRT_IDX_F64 = 0x0E,
  /// Not a type; pins the enum to 32 bits like DLRT_STATUS_FORCE_INT32.
  DLRT_IDX_TYPE_FORCE_INT32 = 0x7fffffff
} DlrtIdxType;

/// The largest rank an IDX file can hold (the rank is one byte).
#define DLRT_IDX_MAX_RANK 255

/// Size of one element in bytes, or 0 for a value outside the enum.
DLRT_API size_t dlrtIdxTypeSize(DlrtIdxType type);

/// The type as models spell it ("u8", "i8", "i16", "i32", "f32", "f64"), or
/// "unknown" for a value outside the enum. Never NULL.
DLRT_API const char *dlrtIdxTypeName(DlrtIdxType type);

/// An IDX array: dense, row-major, elements in the host's byte order (the
/// reader converts from the file's big-endian order, the writer back).
typedef struct DlrtIdxView {
  DlrtIdxType type;
  /// Number of dimensions, 0 to DLRT_IDX_MAX_RANK.
  int64_t rank;
  /// `rank` extents, each below 2^32; may be NULL when rank is 0.
  const int64_t *shape;
  /// `byteSize` bytes; may be NULL when byteSize is 0.
  const void *data;
  /// Product of the extents times dlrtIdxTypeSize(type).
  size_t byteSize;
} DlrtIdxView;

/// An IDX file read into memory; opaque.
typedef struct DlrtIdxArray DlrtIdxArray;

/// Reads and validates the IDX file at `path` and stores a new handle in
/// `*out` (NULL on failure). DLRT_ERROR_NOT_FOUND if the file does not exist,
/// DLRT_ERROR_IO if it cannot be read, DLRT_ERROR_FORMAT if it is not a valid
/// IDX file (bad magic number, unknown type code, truncated header or data,
/// trailing bytes, extents whose product overflows).
DLRT_API DlrtStatus dlrtIdxRead(const char *path, DlrtIdxArray **out);

/// Fills `*out` with the array; its pointers stay valid until dlrtIdxFree.
DLRT_API DlrtStatus dlrtIdxGet(const DlrtIdxArray *array, DlrtIdxView *out);

/// Releases the array; NULL is a no-op.
DLRT_API void dlrtIdxFree(DlrtIdxArray *array);

/// Writes `array` as an IDX file at `path`, atomically like
/// dlrtTensorFileWrite. DLRT_ERROR_INVALID_ARGUMENT, before touching the
/// disk, for an invalid type, a rank above DLRT_IDX_MAX_RANK, an extent
/// outside [0, 2^32), or a byteSize that does not match the shape.
DLRT_API DlrtStatus dlrtIdxWrite(const char *path, const DlrtIdxView *array);

//===----------------------------------------------------------------------===//
// Labeled data sets (C API)
//===----------------------------------------------------------------------===//

/// Samples as float features plus optional int32 labels; opaque.
typedef struct DlrtDataset DlrtDataset;

/// A data set's contents; pointers stay valid until dlrtDatasetFree.
typedef struct DlrtDatasetView {
  /// Number of samples.
  int64_t count;
  /// Rank and extents of one sample: [28, 28] for MNIST images, [k] for a
  /// CSV table with k feature columns. sampleShape may be NULL when
  /// sampleRank is 0.
  int64_t sampleRank;
  const int64_t *sampleShape;
  /// Elements per sample: the product of sampleShape.
  int64_t sampleSize;
  /// count * sampleSize features, sample after sample; may be NULL when
  /// empty.
  const float *features;
  /// count labels, or NULL when the data set has none.
  const int32_t *labels;
} DlrtDatasetView;

/// Reads an images file and a labels file (IDX) into a data set: the images
/// may have any type and a rank of at least 1, whose first extent is the
/// number of samples; each element becomes a float multiplied by `scale`
/// (1.0f / 255 for MNIST pixels in [0, 1]). The labels must be a rank-1
/// integer array (u8, i8, i16 or i32) with one label per image, each in
/// [0, classes) when `classes` > 0. Errors name the file at fault.
DLRT_API DlrtStatus dlrtIdxReadDataset(const char *imagesPath,
                                       const char *labelsPath, int64_t classes,
                                       float scale, DlrtDataset **out);

/// Whether the first line of a CSV file holds column names.
typedef enum DlrtCsvHeader {
  /// A header if any field of the first line is not a number.
  DLRT_CSV_HEADER_AUTO = 0,
  /// The first line is a header.
  DLRT_CSV_HEADER_PRESENT = 1,
  /// The first line is data.
  DLRT_CSV_HEADER_ABSENT = 2,
  DLRT_CSV_HEADER_FORCE_INT32 = 0x7fffffff
} DlrtCsvHeader;

/// The value of DlrtCsvOptions.labelColumn for a table without labels.
#define DLRT_CSV_NO_LABEL INT64_MIN

/// How readCsv / dlrtCsvRead reads a table. Start from dlrtCsvOptionsInit.
typedef struct DlrtCsvOptions {
  /// DLRT_CSV_HEADER_AUTO by default.
  DlrtCsvHeader header;
  /// Field separator, ',' by default; ';' and '\t' are common. Must not be
  /// a character that can occur in a number, a quote, a space or a line end.
  int32_t delimiter;
  /// 0-based index of the label column; negative values count from the end
  /// (-1 is the last column). DLRT_CSV_NO_LABEL (the default): every column
  /// is a feature.
  int64_t labelColumn;
  /// When > 0, every label must be an integer in [0, classes). 0 (the
  /// default) only requires labels to be integers that fit in int32.
  int64_t classes;
} DlrtCsvOptions;

/// Sets `*options` to the defaults.
DLRT_API void dlrtCsvOptionsInit(DlrtCsvOptions *options);

/// Reads a numeric CSV table (see readCsv) into a data set. `options` may be
/// NULL for the defaults.
DLRT_API DlrtStatus dlrtCsvRead(const char *path,
                                const DlrtCsvOptions *options,
                                DlrtDataset **out);

/// Fills `*out` with the data set's contents.
DLRT_API DlrtStatus dlrtDatasetGet(const DlrtDataset *dataset,
                                   DlrtDatasetView *out);

/// Releases the data set; NULL is a no-op.
DLRT_API void dlrtDatasetFree(DlrtDataset *dataset);

#ifdef __cplusplus
} // extern "C"

#include "dl/runtime/error.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace dl::rt {

//===----------------------------------------------------------------------===//
// IDX files (C++ API)
//===----------------------------------------------------------------------===//

/// IdxTypeOf<T>::value is the IDX element type of C++ type T.
template <typename T>
struct IdxTypeOf;
template <>
struct IdxTypeOf<uint8_t> {
  static constexpr DlrtIdxType value = DLRT_IDX_U8;
};
template <>
struct IdxTypeOf<int8_t> {
  static constexpr DlrtIdxType value = DLRT_IDX_I8;
};
template <>
struct IdxTypeOf<int16_t> {
  static constexpr DlrtIdxType value = DLRT_IDX_I16;
};
template <>
struct IdxTypeOf<int32_t> {
  static constexpr DlrtIdxType value = DLRT_IDX_I32;
};
template <>
struct IdxTypeOf<float> {
  static constexpr DlrtIdxType value = DLRT_IDX_F32;
};
template <>
struct IdxTypeOf<double> {
  static constexpr DlrtIdxType value = DLRT_IDX_F64;
};

/// The contents of an IDX file: element type, extents and the elements,
/// dense and row-major in the host's byte order.
struct IdxArray {
  DlrtIdxType type = DLRT_IDX_U8;
  std::vector<int64_t> shape;
  /// elementCount() * dlrtIdxTypeSize(type) bytes.
  std::vector<unsigned char> bytes;

  /// The product of the extents (1 for rank 0).
  int64_t elementCount() const {
    int64_t count = 1;
    for (int64_t extent : shape)
      count *= extent;
    return count;
  }

  /// The elements as T, which must be the type's C++ counterpart (see
  /// IdxTypeOf); throws DLRT_ERROR_INVALID_ARGUMENT otherwise.
  template <typename T>
  const T *data() const {
    checkType(IdxTypeOf<T>::value);
    return reinterpret_cast<const T *>(bytes.data());
  }

  /// Every element converted to float and multiplied by `scale`.
  DLRT_API std::vector<float> toFloat(float scale = 1.0f) const;

  /// An array of type IdxTypeOf<T> with the given extents and elements;
  /// throws DLRT_ERROR_INVALID_ARGUMENT if their numbers differ.
  template <typename T>
  static IdxArray of(std::vector<int64_t> shape, const std::vector<T> &values) {
    IdxArray array;
    array.type = IdxTypeOf<T>::value;
    array.shape = std::move(shape);
    array.checkCount(values.size());
    array.bytes.resize(values.size() * sizeof(T));
    if (!values.empty())
      std::memcpy(array.bytes.data(), values.data(), array.bytes.size());
    return array;
  }

private:
  DLRT_API void checkType(DlrtIdxType requested) const;
  DLRT_API void checkCount(size_t count) const;
};

/// Reads and validates the IDX file at `path`. Throws Error with
/// DLRT_ERROR_NOT_FOUND, DLRT_ERROR_IO or DLRT_ERROR_FORMAT as dlrtIdxRead
/// returns them.
DLRT_API IdxArray readIdx(const std::string &path);

/// Writes `array` to `path` as an IDX file, atomically (temporary file,
/// fsync, rename; after a failure an existing file is unchanged). Throws
/// DLRT_ERROR_INVALID_ARGUMENT, before touching the disk, for an invalid
/// type, a rank above 255, an extent outside [0, 2^32) or a byte count that
/// does not match the shape; DLRT_ERROR_IO if the write fails.
DLRT_API void writeIdx(const std::string &path, const IdxArray &array);

//===----------------------------------------------------------------------===//
// Labeled data sets (C++ API)
//===----------------------------------------------------------------------===//

/// Samples as float features and, optionally, int32 class labels.
struct Dataset {
  /// Number of samples.
  int64_t count = 0;
  /// Extents of one sample ([28, 28] for MNIST images, [k] for a CSV table
  /// with k feature columns).
  std::vector<int64_t> sampleShape;
  /// count * product(sampleShape) features, sample after sample.
  std::vector<float> features;
  /// count labels, or empty when the data set has none.
  std::vector<int32_t> labels;
  /// For a CSV file with a header: the names of the feature columns (the
  /// label column left out); empty otherwise.
  std::vector<std::string> featureNames;
  /// For a CSV file with a header and a label column: its name.
  std::string labelName;
};

/// An images file and a labels file read as a Dataset; see
/// dlrtIdxReadDataset. Both files are validated as by readIdx, then checked
/// against each other: the same number of samples, integer labels of rank 1,
/// each in [0, classes) when classes > 0. MNIST:
/// `readIdxDataset(dir + "/train-images-idx3-ubyte",
///                 dir + "/train-labels-idx1-ubyte", 10, 1.0f / 255)`.
DLRT_API Dataset readIdxDataset(const std::string &imagesPath,
                                const std::string &labelsPath,
                                int64_t classes = 0, float scale = 1.0f);

/// How readCsv reads a table; the fields mean what they do in DlrtCsvOptions.
struct CsvOptions {
  DlrtCsvHeader header = DLRT_CSV_HEADER_AUTO;
  char delimiter = ',';
  int64_t labelColumn = DLRT_CSV_NO_LABEL;
  int64_t classes = 0;
};

/// Reads a numeric CSV table: lines end in "\n" or "\r\n", fields are
/// separated by options.delimiter, spaces and tabs around a field are
/// ignored, and a UTF-8 byte order mark at the start is skipped. Every line
/// must have as many fields as the first; every field other than a header's
/// must be a finite decimal number (as strtod reads it in the C locale, an
/// optional '+' included; no quotes, no hexadecimal, no nan or inf) that fits
/// in a float; labels must be integers that fit in int32, and in
/// [0, classes) when classes > 0. Empty lines at the end are ignored, elsewhere
/// they are an error. A file with no data line is an error. Failures throw
/// Error: DLRT_ERROR_FORMAT with `<path>: line L, column C: ...` (both
/// 1-based), DLRT_ERROR_INVALID_ARGUMENT for a bad delimiter or a label
/// column the table does not have, DLRT_ERROR_NOT_FOUND / DLRT_ERROR_IO when
/// the file cannot be read.
DLRT_API Dataset readCsv(const std::string &path,
                         const CsvOptions &options = {});

//===----------------------------------------------------------------------===//
// Synthetic digits (dl-make-digits)
//===----------------------------------------------------------------------===//

/// Images and labels in MNIST's layout: images u8 [count, 28, 28] (0 is
/// background, 255 full ink), labels u8 [count] in 0-9.
struct DigitImages {
  IdxArray images;
  IdxArray labels;
};

/// Renders `count` digits from stroke templates with random shifts, scale,
/// rotation, shape, stroke thickness and pixel noise. Sample i depends only
/// on (seed, stream, i), computed with integer arithmetic alone, so the
/// result is the same byte for byte on every platform; dl-make-digits uses
/// stream 0 for the training set and stream 1 for the test set. Labels are
/// drawn uniformly. Throws DLRT_ERROR_INVALID_ARGUMENT for a negative count.
DLRT_API DigitImages makeDigits(int64_t count, uint64_t seed,
                                uint64_t stream = 0);

/// The file names MNIST uses, which writeDigits writes in `directory`.
inline constexpr const char *kMnistTrainImages = "train-images-idx3-ubyte";
inline constexpr const char *kMnistTrainLabels = "train-labels-idx1-ubyte";
inline constexpr const char *kMnistTestImages = "t10k-images-idx3-ubyte";
inline constexpr const char *kMnistTestLabels = "t10k-labels-idx1-ubyte";

/// What dl-make-digits does: writes makeDigits(train, seed, 0) and
/// makeDigits(test, seed, 1) as the four MNIST files in `directory`, which
/// must exist.
DLRT_API void writeDigits(const std::string &directory, int64_t train,
                          int64_t test, uint64_t seed);

} // namespace dl::rt

#endif // __cplusplus

#endif // DL_RUNTIME_DATA_H
