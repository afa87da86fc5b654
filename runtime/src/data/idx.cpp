//===- idx.cpp - IDX files: reader, writer and image/label data sets ------===//
// SPDX-License-Identifier: Apache-2.0
//
// IDX is the format of MNIST (http://yann.lecun.com/exdb/mnist/): a magic
// number 0x0000TTRR (big-endian; TT the element type code, RR the rank), RR
// big-endian u32 extents, then the elements, row-major and big-endian. There
// is no other structure, so the reader checks what there is exhaustively:
// the two zero bytes, the type code, that the header and the data are all
// there, and that nothing follows them. The size the extents imply is
// computed with overflow checks and compared with the file size before
// anything is allocated, so a corrupt header cannot ask for a huge buffer.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include "data_internal.h"

#include <cfloat>
#include <cstring>
#include <limits>

using namespace dl::rt;
using detail::Arg;

namespace {

constexpr uint64_t kMaxExtent = 0xffffffffu;

/// The type as a message shows it, by pointer to the enum (detail::Arg's
/// custom form), e.g. "u8".
void appendType(std::string &out, const void *type) {
  out += dlrtIdxTypeName(*static_cast<const DlrtIdxType *>(type));
}
Arg typeArg(const DlrtIdxType &type) { return Arg(appendType, &type); }

/// Reverses the bytes of each of the `count` elements of `size` bytes on a
/// little-endian host, converting between IDX's big-endian order and the
/// host's; a no-op on a big-endian host.
void swapBytes(unsigned char *bytes, size_t count, size_t size) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  (void)bytes;
  (void)count;
  (void)size;
#else
  if (size == 1)
    return;
  for (size_t i = 0; i < count; ++i, bytes += size)
    for (size_t lo = 0, hi = size - 1; lo < hi; ++lo, --hi) {
      unsigned char byte = bytes[lo];
      bytes[lo] = bytes[hi];
      bytes[hi] = byte;
    }
#endif
}

/// Product of the extents times `elementSize`, or false on overflow.
bool checkedByteSize(const std::vector<int64_t> &shape, uint64_t elementSize,
                     uint64_t &bytes) {
  bytes = elementSize;
  for (int64_t extent : shape)
    if (__builtin_mul_overflow(bytes, static_cast<uint64_t>(extent), &bytes))
      return false;
  return true;
}

template <typename T>
void convert(const unsigned char *bytes, size_t count, float scale,
             float *out) {
  for (size_t i = 0; i < count; ++i) {
    T value;
    std::memcpy(&value, bytes + i * sizeof(T), sizeof(T));
    if constexpr (std::is_same_v<T, double>) {
      // A double beyond the float range becomes an infinity, explicitly:
      // the C++ conversion would be undefined.
      if (value > FLT_MAX || value < -FLT_MAX) {
        out[i] = value > 0 ? std::numeric_limits<float>::infinity()
                           : -std::numeric_limits<float>::infinity();
        out[i] *= scale;
        continue;
      }
    }
    out[i] = static_cast<float>(value) * scale;
  }
}

} // namespace

//===----------------------------------------------------------------------===//
// IdxArray
//===----------------------------------------------------------------------===//

void IdxArray::checkType(DlrtIdxType requested) const {
  if (type != requested)
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT,
                 "IDX array of type {} accessed as {}",
                 {typeArg(type), typeArg(requested)});
}

void IdxArray::checkCount(size_t count) const {
  uint64_t expected;
  if (!checkedByteSize(shape, 1, expected) || expected != count)
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT,
                 "IDX array of shape {} given {} elements", {shape, count});
}

std::vector<float> IdxArray::toFloat(float scale) const {
  size_t size = dlrtIdxTypeSize(type);
  uint64_t expected;
  if (size == 0 || !checkedByteSize(shape, size, expected) ||
      expected != bytes.size())
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT,
                 "IDX array of type {} and shape {} holds {} bytes",
                 {typeArg(type), shape, bytes.size()});
  size_t count = bytes.size() / size;
  std::vector<float> out(count);
  const unsigned char *in = bytes.data();
  switch (type) {
  case DLRT_IDX_U8:
    convert<uint8_t>(in, count, scale, out.data());
    break;
  case DLRT_IDX_I8:
    convert<int8_t>(in, count, scale, out.data());
    break;
  case DLRT_IDX_I16:
    convert<int16_t>(in, count, scale, out.data());
    break;
  case DLRT_IDX_I32:
    convert<int32_t>(in, count, scale, out.data());
    break;
  case DLRT_IDX_F32:
    convert<float>(in, count, scale, out.data());
    break;
  default:
    convert<double>(in, count, scale, out.data());
    break;
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Reading and writing
//===----------------------------------------------------------------------===//

IdxArray dl::rt::readIdx(const std::string &path) {
  data::InputFile file(path);
  uint64_t fileSize = file.size();
  if (fileSize == 0)
    data::failFormat(path, "file is empty; an IDX file starts with a 4-byte "
                           "magic number 0x0000TTRR (type code, rank)");
  if (fileSize < 4)
    data::failFormat(path,
                     "truncated header: the file is {} bytes, shorter than "
                     "the 4-byte magic number",
                     {fileSize});
  unsigned char magic[4];
  file.read(magic, 4, 0);
  uint64_t magicValue = (uint64_t{magic[0]} << 24) | (uint64_t{magic[1]} << 16) |
                        (uint64_t{magic[2]} << 8) | magic[3];
  std::string magicText = data::hex(magicValue, 8);
  if (magic[0] == 0x1f && magic[1] == 0x8b)
    data::failFormat(path, "the file is gzip-compressed (magic number {}); "
                           "decompress it first, e.g. with gunzip",
                     {magicText});
  if (magic[0] != 0 || magic[1] != 0)
    data::failFormat(path,
                     "bad magic number {}: an IDX file starts with two zero "
                     "bytes, then the type code and the rank",
                     {magicText});
  auto type = static_cast<DlrtIdxType>(magic[2]);
  size_t elementSize = dlrtIdxTypeSize(type);
  if (elementSize == 0)
    data::failFormat(path,
                     "bad magic number {}: unknown element type code {}; "
                     "expected 0x08 (u8), 0x09 (i8), 0x0b (i16), 0x0c (i32), "
                     "0x0d (f32) or 0x0e (f64)",
                     {magicText, data::hex(magic[2], 2)});

  unsigned rank = magic[3];
  uint64_t headerSize = 4 + 4 * uint64_t{rank};
  if (fileSize < headerSize)
    data::failFormat(path,
                     "truncated header: {} dimensions need a {}-byte header, "
                     "but the file is {} bytes",
                     {rank, headerSize, fileSize});
  IdxArray array;
  array.type = type;
  if (rank > 0) {
    unsigned char extents[4 * DLRT_IDX_MAX_RANK];
    file.read(extents, 4 * rank, 4);
    for (unsigned i = 0; i < rank; ++i) {
      const unsigned char *e = extents + 4 * i;
      array.shape.push_back(static_cast<int64_t>(
          (uint64_t{e[0]} << 24) | (uint64_t{e[1]} << 16) |
          (uint64_t{e[2]} << 8) | e[3]));
    }
  }

  uint64_t dataSize;
  if (!checkedByteSize(array.shape, elementSize, dataSize) ||
      dataSize > std::numeric_limits<uint64_t>::max() - headerSize)
    data::failFormat(path,
                     "extents {} of {} overflow: the data would exceed 2^64 "
                     "bytes",
                     {array.shape, typeArg(type)});
  uint64_t available = fileSize - headerSize;
  if (available < dataSize)
    data::failFormat(path,
                     "truncated data: shape {} of {} needs {} bytes after the "
                     "{}-byte header, but only {} follow it",
                     {array.shape, typeArg(type), dataSize, headerSize,
                      available});
  if (available > dataSize)
    data::failFormat(path,
                     "{} trailing bytes after the data: shape {} of {} makes "
                     "a file of {} bytes, but it is {}",
                     {available - dataSize, array.shape, typeArg(type),
                      headerSize + dataSize, fileSize});
  if (dataSize > std::numeric_limits<size_t>::max())
    data::failFile(path, DLRT_ERROR_OUT_OF_MEMORY,
                   "{} bytes of data do not fit in memory", {dataSize});

  array.bytes.resize(static_cast<size_t>(dataSize));
  file.read(array.bytes.data(), array.bytes.size(), headerSize);
  swapBytes(array.bytes.data(), array.bytes.size() / elementSize, elementSize);
  return array;
}

void data::checkIdxArray(const std::string &path, DlrtIdxType type,
                         const std::vector<int64_t> &shape, size_t byteSize) {
  size_t elementSize = dlrtIdxTypeSize(type);
  if (elementSize == 0)
    failFile(path, DLRT_ERROR_INVALID_ARGUMENT, "invalid IDX element type {}",
             {static_cast<int>(type)});
  if (shape.size() > DLRT_IDX_MAX_RANK)
    failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
             "rank {} exceeds the IDX limit of {}",
             {shape.size(), DLRT_IDX_MAX_RANK});
  for (int64_t extent : shape)
    if (extent < 0 || static_cast<uint64_t>(extent) > kMaxExtent)
      failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
               "extent {} of shape {} is outside the IDX range [0, 2^32)",
               {extent, shape});
  uint64_t dataSize;
  if (!checkedByteSize(shape, elementSize, dataSize) || dataSize != byteSize)
    failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
             "shape {} of {} does not match the {} bytes given",
             {shape, typeArg(type), byteSize});
}

void dl::rt::writeIdx(const std::string &path, const IdxArray &array) {
  data::checkIdxArray(path, array.type, array.shape, array.bytes.size());
  size_t elementSize = dlrtIdxTypeSize(array.type);
  std::vector<unsigned char> header;
  header.reserve(4 + 4 * array.shape.size());
  header.push_back(0);
  header.push_back(0);
  header.push_back(static_cast<unsigned char>(array.type));
  header.push_back(static_cast<unsigned char>(array.shape.size()));
  for (int64_t extent : array.shape)
    for (int shift = 24; shift >= 0; shift -= 8)
      header.push_back(static_cast<unsigned char>(extent >> shift));
  std::vector<detail::ConstBytes> pieces = {{header.data(), header.size()}};
  std::vector<unsigned char> swapped;
  if (elementSize == 1) {
    pieces.push_back({array.bytes.data(), array.bytes.size()});
  } else {
    swapped = array.bytes;
    swapBytes(swapped.data(), swapped.size() / elementSize, elementSize);
    pieces.push_back({swapped.data(), swapped.size()});
  }
  detail::writeFileAtomically(path, pieces);
}

//===----------------------------------------------------------------------===//
// Data sets
//===----------------------------------------------------------------------===//

Dataset dl::rt::readIdxDataset(const std::string &imagesPath,
                               const std::string &labelsPath, int64_t classes,
                               float scale) {
  if (classes < 0)
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT,
                 "{}: the number of classes {} is negative",
                 {labelsPath, classes});
  IdxArray images = readIdx(imagesPath);
  IdxArray labels = readIdx(labelsPath);
  if (images.shape.empty())
    data::failFormat(imagesPath, "a scalar (rank 0) holds no samples; the "
                                 "first extent must count the images");
  if (labels.shape.size() != 1)
    data::failFormat(labelsPath,
                     "labels must have rank 1 (one label per sample), but "
                     "the shape is {}",
                     {labels.shape});
  DlrtIdxType type = labels.type;
  if (type == DLRT_IDX_F32 || type == DLRT_IDX_F64)
    data::failFormat(labelsPath,
                     "labels must be integers (u8, i8, i16 or i32), but they "
                     "are {}",
                     {typeArg(type)});
  if (labels.shape[0] != images.shape[0])
    data::failFormat(labelsPath, "{} labels for the {} samples of {}",
                     {labels.shape[0], images.shape[0], imagesPath});

  Dataset dataset;
  dataset.count = images.shape[0];
  dataset.sampleShape.assign(images.shape.begin() + 1, images.shape.end());
  dataset.labels.resize(static_cast<size_t>(dataset.count));
  for (size_t i = 0; i < dataset.labels.size(); ++i) {
    int32_t label;
    if (type == DLRT_IDX_U8)
      label = labels.bytes[i];
    else if (type == DLRT_IDX_I8)
      label = static_cast<int8_t>(labels.bytes[i]);
    else if (type == DLRT_IDX_I16)
      label = labels.data<int16_t>()[i];
    else
      label = labels.data<int32_t>()[i];
    if (classes > 0 && (label < 0 || label >= classes))
      data::failFormat(labelsPath, "label #{} is {}, out of range [0, {})",
                       {i, label, classes});
    dataset.labels[i] = label;
  }
  dataset.features = images.toFloat(scale);
  return dataset;
}

//===----------------------------------------------------------------------===//
// C API: element types (the rest is in c_api.cpp)
//===----------------------------------------------------------------------===//

extern "C" {

size_t dlrtIdxTypeSize(DlrtIdxType type) {
  switch (type) {
  case DLRT_IDX_U8:
  case DLRT_IDX_I8:
    return 1;
  case DLRT_IDX_I16:
    return 2;
  case DLRT_IDX_I32:
  case DLRT_IDX_F32:
    return 4;
  case DLRT_IDX_F64:
    return 8;
  default:
    return 0;
  }
}

const char *dlrtIdxTypeName(DlrtIdxType type) {
  switch (type) {
  case DLRT_IDX_U8:
    return "u8";
  case DLRT_IDX_I8:
    return "i8";
  case DLRT_IDX_I16:
    return "i16";
  case DLRT_IDX_I32:
    return "i32";
  case DLRT_IDX_F32:
    return "f32";
  case DLRT_IDX_F64:
    return "f64";
  default:
    return "unknown";
  }
}

} // extern "C"
