//===- safetensors.cpp - Safetensors reader and atomic writer -------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Reads a whole safetensors file into one aligned buffer and validates the
// header strictly before handing out any pointer into it: weights files come
// from other tools and other people, and every offset we trust becomes a raw
// memory access in generated code. The rules follow the reference
// implementation (huggingface/safetensors, tensor.rs) and add what it leaves
// to serde: unknown fields, duplicate keys and metadata value types. The JSON
// reader (json.h, RapidJSON underneath) validates the header strictly,
// reports the first duplicate key, and keeps header order for tie-breaking
// and error messages.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/safetensors.h"

#include "internal.h"
#include "json.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dl::rt;
using detail::Arg;
namespace json = dl::rt::detail::json;

namespace {

/// The reference implementation's limit (MAX_HEADER_SIZE). A larger length is
/// a corrupt or hostile file, and we would otherwise try to parse it.
constexpr uint64_t kMaxHeaderSize = 100'000'000;

/// A valid header nests three levels deep (header, entry, shape). The JSON
/// reader recurses once per level, so it refuses anything deeper than this
/// rather than let a header of a million '[' overflow the stack.
constexpr size_t kMaxNesting = 16;

constexpr const char *kMetadataKey = "__metadata__";

std::optional<DlrtDType> parseDType(std::string_view name) {
  for (DlrtDType dtype :
       {DLRT_F32, DLRT_F64, DLRT_I32, DLRT_I64, DLRT_U8, DLRT_BOOL})
    if (name == dlrtDTypeName(dtype))
      return dtype;
  return std::nullopt;
}

/// Multiplies the extents and the element size, or returns nullopt on
/// overflow: a header can claim a shape whose byte size does not fit in 64
/// bits and must not wrap around to a plausible value.
std::optional<uint64_t> checkedByteSize(const std::vector<int64_t> &shape,
                                        size_t elementSize) {
  uint64_t bytes = elementSize;
  for (int64_t extent : shape)
    if (__builtin_mul_overflow(bytes, static_cast<uint64_t>(extent), &bytes))
      return std::nullopt;
  return bytes;
}

/// Formats every error about a file as "<path>: <problem>", the problem
/// given as a detail::format pattern and its arguments.
class Reporter {
public:
  using Args = std::initializer_list<Arg>;

  explicit Reporter(const std::string &path) : path(path) {}

  [[noreturn]] void fail(DlrtStatus status, const char *pattern,
                         Args args = {}) const {
    std::string message = path;
    message += ": ";
    detail::appendFormat(message, pattern, args);
    throw Error(status, message);
  }
  [[noreturn]] void format(const char *pattern, Args args = {}) const {
    fail(DLRT_ERROR_FORMAT, pattern, args);
  }
  /// A format error about the header entry of tensor `name`.
  [[noreturn]] void tensor(std::string_view name, const char *pattern,
                           Args args = {}) const {
    std::string message = path;
    message += ": tensor ";
    message += detail::quote(name);
    message += ": ";
    detail::appendFormat(message, pattern, args);
    throw Error(DLRT_ERROR_FORMAT, message);
  }
  /// `what` is a plain string so that passing errno directly is safe: no
  /// allocation can clobber it before the call.
  [[noreturn]] void io(const char *what, int errnum) const {
    fail(errnum == ENOENT ? DLRT_ERROR_NOT_FOUND : DLRT_ERROR_IO, "{}: {}",
         {what, detail::systemMessage(errnum)});
  }

private:
  const std::string &path;
};

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

/// Closes a file descriptor on scope exit.
class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : fd(fd) {}
  FileDescriptor(const FileDescriptor &) = delete;
  FileDescriptor &operator=(const FileDescriptor &) = delete;
  ~FileDescriptor() {
    if (fd >= 0)
      ::close(fd);
  }
  int get() const { return fd; }

private:
  int fd;
};

struct AlignedFree {
  void operator()(void *ptr) const { dlrtAlignedFree(ptr); }
};
using AlignedBuffer = std::unique_ptr<unsigned char, AlignedFree>;

/// Reads exactly `size` bytes at `offset`; a short read means the file
/// shrank after we sized the buffer, which we report rather than use stale
/// zeros.
void readExactly(const Reporter &report, int fd, unsigned char *out,
                 size_t size, uint64_t offset) {
  while (size > 0) {
    ssize_t got = ::pread(fd, out, size, static_cast<off_t>(offset));
    if (got < 0) {
      if (errno == EINTR)
        continue;
      report.io("cannot read", errno);
    }
    if (got == 0)
      report.fail(DLRT_ERROR_IO, "file shrank while being read");
    out += got;
    size -= static_cast<size_t>(got);
    offset += static_cast<uint64_t>(got);
  }
}

/// Where a validated header entry's data lies, for the layout checks that
/// need all of them. Plain data, so that sorting needs no C++ template code.
struct Range {
  uint64_t begin;
  uint64_t end;
  /// Position of the entry in the header.
  size_t headerIndex;
};

/// qsort order of ranges: by (begin, end), header order breaking ties
/// between equal ranges (empty tensors), so that the order is deterministic
/// and matches the writer's.
int compareRanges(const void *lhsPointer, const void *rhsPointer) {
  const auto &lhs = *static_cast<const Range *>(lhsPointer);
  const auto &rhs = *static_cast<const Range *>(rhsPointer);
  if (lhs.begin != rhs.begin)
    return lhs.begin < rhs.begin ? -1 : 1;
  if (lhs.end != rhs.end)
    return lhs.end < rhs.end ? -1 : 1;
  return lhs.headerIndex < rhs.headerIndex ? -1 : 1;
}

/// Appends an untrusted JSON value (a json::Value) to an error message:
/// scalars and short flat arrays as JSON (numbers as written, strings
/// re-escaped; cut to 64 bytes), anything else by its type, so that a huge
/// value in a bad header does not end up in the message.
void describe(std::string &out, const void *valuePointer) {
  const auto &value = *static_cast<const json::Value *>(valuePointer);
  std::string text;
  if (value.isPrimitive()) {
    text = value.text();
  } else if (value.isArray() && value.size() <= 8) {
    text = "[";
    json::Value::Cursor elements(value);
    for (json::Value element; elements.next(element);) {
      if (!element.isPrimitive()) {
        out += "a JSON array";
        return;
      }
      if (text.size() > 1)
        text += ',';
      text += element.text();
    }
    text += ']';
  } else {
    out += "a JSON ";
    out += value.typeName();
    return;
  }
  if (text.size() > 64) {
    // Cut at a character boundary so the message stays valid UTF-8.
    size_t cut = 61;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80)
      --cut;
    text.replace(cut, std::string::npos, "...");
  }
  out += text;
}

Arg described(const json::Value &value) { return Arg(describe, &value); }

/// Validates the header entry of tensor `name` and fills `tensor` from it,
/// except for the data pointer; returns where its data lies.
Range parseEntry(const Reporter &report, const std::string &name,
                 json::Value value, uint64_t dataSize, TensorView &tensor) {
  if (!value.isObject())
    report.tensor(name, "entry is a JSON {}, expected an object",
                  {value.typeName()});
  static const char *const kFields[] = {"dtype", "shape", "data_offsets"};
  json::Value fields[3];
  json::Value::Cursor members(value);
  std::string key;
  for (json::Value field; members.next(key, field);) {
    size_t i = 0;
    while (i < 3 && key != kFields[i])
      ++i;
    if (i == 3)
      report.tensor(name, "unexpected field {}", {Arg::quoted(key)});
    fields[i] = field;
  }
  for (size_t i = 0; i < 3; ++i)
    if (!fields[i])
      report.tensor(name, "missing field \"{}\"", {kFields[i]});
  const json::Value &dtype = fields[0], &shape = fields[1],
                    &offsets = fields[2];

  tensor.name = name;

  if (!dtype.isString())
    report.tensor(name, "dtype is not a string");
  std::string dtypeName = dtype.asString();
  std::optional<DlrtDType> parsedDType = parseDType(dtypeName);
  if (!parsedDType)
    report.tensor(name,
                  "unsupported dtype {} (supported: F32, F64, I32, I64, U8, "
                  "BOOL)",
                  {Arg::quoted(dtypeName)});
  tensor.dtype = *parsedDType;

  if (!shape.isArray())
    report.tensor(name, "shape is not an array");
  json::Value::Cursor extents(shape);
  for (json::Value extent; extents.next(extent);) {
    std::optional<uint64_t> value =
        extent.asIndex(std::numeric_limits<int64_t>::max());
    if (!value)
      report.tensor(name,
                    "shape dimension {} is {}, expected a non-negative integer",
                    {tensor.shape.size(), described(extent)});
    tensor.shape.push_back(static_cast<int64_t>(*value));
  }

  std::optional<uint64_t> begin, end;
  if (offsets.isArray() && offsets.size() == 2) {
    json::Value::Cursor bounds(offsets);
    json::Value bound;
    bounds.next(bound);
    begin = bound.asIndex(std::numeric_limits<uint64_t>::max());
    bounds.next(bound);
    end = bound.asIndex(std::numeric_limits<uint64_t>::max());
  }
  if (!begin || !end)
    report.tensor(name,
                  "data_offsets is {}, expected two non-negative integers",
                  {described(offsets)});
  if (*begin > *end)
    report.tensor(name, "data_offsets {} has begin after end",
                  {described(offsets)});
  if (*end > dataSize)
    report.tensor(name,
                  "data_offsets {} reach past the end of the {}-byte data "
                  "buffer",
                  {described(offsets), dataSize});
  std::optional<uint64_t> expected =
      checkedByteSize(tensor.shape, dlrtDTypeSize(tensor.dtype));
  if (!expected)
    report.tensor(name, "byte size of shape {} of {} overflows 64 bits",
                  {tensor.shape, tensor.dtype});
  if (*expected != *end - *begin)
    report.tensor(name,
                  "data_offsets {} span {} bytes but shape {} of {} needs {}",
                  {described(offsets), *end - *begin, tensor.shape,
                   tensor.dtype, *expected});
  tensor.byteSize = static_cast<size_t>(*expected);
  return Range{*begin, *end, 0};
}

Metadata parseMetadata(const Reporter &report, json::Value value) {
  if (!value.isObject())
    report.format("__metadata__ is a JSON {}, expected an object",
                  {value.typeName()});
  Metadata metadata;
  json::Value::Cursor members(value);
  std::string key;
  for (json::Value item; members.next(key, item);) {
    if (!item.isString())
      report.format(
          "__metadata__ value of key {} is a JSON {}, expected a string",
          {Arg::quoted(key), item.typeName()});
    metadata.emplace(std::move(key), item.asString());
  }
  return metadata;
}

/// Sorts `ranges` by data range and checks that they tile the data buffer
/// exactly: no two tensors share a byte and no byte belongs to no tensor. The
/// format forbids holes, and the reference implementation rejects them too.
/// `tensors` are in header order.
void checkLayout(const Reporter &report, std::vector<Range> &ranges,
                 const std::vector<TensorView> &tensors, uint64_t dataSize) {
  if (!ranges.empty())
    std::qsort(ranges.data(), ranges.size(), sizeof(Range), compareRanges);
  uint64_t covered = 0;
  const Range *previous = nullptr;
  for (const Range &range : ranges) {
    const std::string &name = tensors[range.headerIndex].name;
    if (range.begin < covered)
      report.tensor(name, "data range [{}, {}) overlaps tensor {} at [{}, {})",
                    {range.begin, range.end,
                     Arg::quoted(tensors[previous->headerIndex].name),
                     previous->begin, previous->end});
    if (range.begin > covered)
      report.format(
          "data bytes [{}, {}) belong to no tensor (hole before tensor {})",
          {covered, range.begin, Arg::quoted(name)});
    covered = range.end;
    if (range.end > range.begin)
      previous = &range;
  }
  if (covered != dataSize)
    report.format("data bytes [{}, {}) belong to no tensor (hole at the end "
                  "of the data buffer)",
                  {covered, dataSize});
}

} // namespace

//===----------------------------------------------------------------------===//
// TensorFile
//===----------------------------------------------------------------------===//

struct TensorFile::Impl {
  std::string path;
  AlignedBuffer buffer;
  /// Start of the data buffer inside `buffer`.
  const unsigned char *data = nullptr;
  std::vector<TensorView> tensors;
  detail::NameIndex byName;
  Metadata metadata;
};

TensorFile::TensorFile(std::unique_ptr<Impl> impl) : impl(std::move(impl)) {}
TensorFile::TensorFile(TensorFile &&other) noexcept = default;
TensorFile &TensorFile::operator=(TensorFile &&other) noexcept = default;
TensorFile::~TensorFile() = default;

TensorFile TensorFile::load(const std::string &path) {
  Reporter report(path);
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0)
    report.io("cannot open", errno);
  struct stat info;
  if (::fstat(file.get(), &info) != 0)
    report.io("cannot stat", errno);
  if (!S_ISREG(info.st_mode))
    report.fail(DLRT_ERROR_IO, "not a regular file");
  auto fileSize = static_cast<uint64_t>(info.st_size);
  if (fileSize < 8)
    report.format("file is {} bytes, too short for the 8-byte header length",
                  {fileSize});

  unsigned char lengthBytes[8];
  readExactly(report, file.get(), lengthBytes, 8, 0);
  uint64_t headerSize = 0;
  for (int i = 7; i >= 0; --i)
    headerSize = (headerSize << 8) | lengthBytes[i];
  if (headerSize > kMaxHeaderSize)
    report.format("header length {} exceeds the limit of {} bytes",
                  {headerSize, kMaxHeaderSize});
  if (headerSize > fileSize - 8)
    report.format("header length {} exceeds the {} bytes that follow it",
                  {headerSize, fileSize - 8});
  uint64_t dataSize = fileSize - 8 - headerSize;
  if (fileSize > std::numeric_limits<size_t>::max() - DLRT_DEFAULT_ALIGNMENT)
    report.fail(DLRT_ERROR_OUT_OF_MEMORY, "file is too large for memory");

  // Shift the file inside the buffer so that the data buffer, not the length
  // field, starts aligned: that is where the tensors are.
  size_t lead =
      (DLRT_DEFAULT_ALIGNMENT - (8 + headerSize) % DLRT_DEFAULT_ALIGNMENT) %
      DLRT_DEFAULT_ALIGNMENT;
  AlignedBuffer buffer(static_cast<unsigned char *>(
      dlrtAlignedAlloc(lead + fileSize, DLRT_DEFAULT_ALIGNMENT)));
  if (!buffer)
    report.fail(DLRT_ERROR_OUT_OF_MEMORY,
                "cannot allocate {} bytes to load the file", {fileSize});
  unsigned char *fileBytes = buffer.get() + lead;
  readExactly(report, file.get(), fileBytes, fileSize, 0);
  const char *header = reinterpret_cast<const char *>(fileBytes + 8);
  const unsigned char *data = fileBytes + 8 + headerSize;

  // Valid JSON never contains a raw NUL. Checked first, and named, because
  // it is the classic mistake of a writer that pads the header with NULs
  // instead of spaces.
  if (const void *nul = std::memchr(header, '\0', headerSize))
    report.format("header is not valid JSON (NUL byte at header byte {})",
                  {static_cast<const char *>(nul) - header + 1});

  json::Duplicate duplicate;
  json::Document document;
  json::Value root;
  try {
    root = document.parse(std::string_view(header, headerSize), kMaxNesting,
                          duplicate);
  } catch (const json::SyntaxError &error) {
    if (error.tooDeep)
      report.format("header nests deeper than {} levels (at header byte {})",
                    {kMaxNesting, error.byte});
    if (error.numberTooLarge)
      report.format("header has a number too large for the JSON reader at "
                    "header byte {} (no safetensors field takes one beyond "
                    "64 bits)",
                    {error.byte});
    report.format("header is not valid JSON (syntax error at header byte "
                  "{}): {}",
                  {error.byte, error.problem});
  }
  if (!root.isObject())
    report.format("header is a JSON {}, expected an object", {root.typeName()});
  if (duplicate.found) {
    const json::Duplicate &dup = duplicate;
    if (dup.outerKey.empty() && dup.key == kMetadataKey)
      report.format("duplicate __metadata__ entry");
    if (dup.outerKey.empty())
      report.format("duplicate tensor name {}", {Arg::quoted(dup.key)});
    if (dup.outerKey == kMetadataKey)
      report.format("duplicate __metadata__ key {}", {Arg::quoted(dup.key)});
    report.tensor(dup.outerKey, "duplicate key {}", {Arg::quoted(dup.key)});
  }

  auto impl = std::make_unique<Impl>();
  impl->path = path;
  std::vector<TensorView> tensors; // in header order
  std::vector<Range> ranges;
  json::Value::Cursor members(root);
  std::string key;
  for (json::Value value; members.next(key, value);) {
    if (key == kMetadataKey) {
      impl->metadata = parseMetadata(report, value);
      continue;
    }
    tensors.emplace_back();
    ranges.push_back(parseEntry(report, key, value, dataSize, tensors.back()));
    ranges.back().headerIndex = tensors.size() - 1;
  }
  checkLayout(report, ranges, tensors, dataSize);

  impl->tensors.reserve(tensors.size());
  for (const Range &range : ranges) {
    TensorView &tensor = tensors[range.headerIndex];
    tensor.data = data + range.begin;
    impl->byName.insert(tensor.name, impl->tensors.size());
    impl->tensors.push_back(std::move(tensor));
  }
  impl->buffer = std::move(buffer);
  impl->data = data;
  return TensorFile(std::move(impl));
}

const std::string &TensorFile::path() const { return impl->path; }
size_t TensorFile::size() const { return impl->tensors.size(); }

TensorFile::const_iterator TensorFile::begin() const {
  return impl->tensors.begin();
}
TensorFile::const_iterator TensorFile::end() const {
  return impl->tensors.end();
}

const TensorView &TensorFile::at(size_t index) const {
  if (index >= impl->tensors.size())
    Reporter(impl->path)
        .fail(DLRT_ERROR_INVALID_ARGUMENT,
              "tensor index {} is out of range (the file has {} tensors)",
              {index, impl->tensors.size()});
  return impl->tensors[index];
}

const TensorView *TensorFile::find(std::string_view name) const {
  const size_t *index = impl->byName.find(name);
  return index ? &impl->tensors[*index] : nullptr;
}

const TensorView &TensorFile::get(std::string_view name) const {
  if (const TensorView *view = find(name))
    return *view;
  Reporter(impl->path)
      .fail(DLRT_ERROR_NOT_FOUND, "no tensor named {}", {Arg::quoted(name)});
}

namespace {

/// The dtype as models and dlc's messages spell it: "f32", ..., "bool".
const char *modelDTypeName(DlrtDType dtype) {
  static const char *const names[] = {"f32", "f64", "i32", "i64", "u8", "bool"};
  auto index = static_cast<size_t>(dtype);
  return index < sizeof(names) / sizeof(names[0]) ? names[index] : "unknown";
}

} // namespace

// The messages speak to whoever runs a compiled model, in the words of dlc's
// own diagnostics: 'name' in single quotes and dtypes as the model spells
// them.
const void *TensorFile::bind(std::string_view name, DlrtDType dtype,
                             const std::vector<int64_t> &shape) const {
  Reporter report(impl->path);
  Arg quotedName = Arg::singleQuoted(name);
  size_t elementSize = dlrtDTypeSize(dtype);
  if (elementSize == 0)
    report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                "cannot bind tensor {}: invalid dtype {}",
                {quotedName, static_cast<int>(dtype)});
  for (int64_t extent : shape)
    if (extent < 0)
      report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                  "cannot bind tensor {}: expected shape {} has a negative "
                  "extent",
                  {quotedName, shape});

  const TensorView *tensor = find(name);
  if (!tensor)
    report.fail(DLRT_ERROR_NOT_FOUND,
                "no tensor named {} (the model expects {} {})",
                {quotedName, modelDTypeName(dtype), shape});
  if (tensor->dtype != dtype)
    report.fail(
        DLRT_ERROR_INVALID_ARGUMENT,
        "tensor {} has dtype {} but the model expects {}",
        {quotedName, modelDTypeName(tensor->dtype), modelDTypeName(dtype)});
  if (tensor->shape.size() != shape.size())
    report.fail(
        DLRT_ERROR_INVALID_ARGUMENT,
        "tensor {} has shape {} but the model expects {} (rank {} "
        "instead of {})",
        {quotedName, tensor->shape, shape, tensor->shape.size(), shape.size()});
  if (tensor->shape != shape)
    report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                "tensor {} has shape {} but the model expects {}",
                {quotedName, tensor->shape, shape});
  // The data buffer starts DLRT_DEFAULT_ALIGNMENT-aligned, so the offset
  // decides the alignment.
  auto offset = static_cast<size_t>(
      static_cast<const unsigned char *>(tensor->data) - impl->data);
  if (offset % elementSize != 0)
    report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                "tensor {} starts at byte {} of the data buffer, which is not "
                "a multiple of the {}-byte size of its {} elements; write the "
                "file with its tensors ordered by decreasing element size",
                {quotedName, offset, elementSize, modelDTypeName(dtype)});
  return tensor->data;
}

const Metadata &TensorFile::metadata() const { return impl->metadata; }

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

void dl::rt::writeSafetensors(const std::string &path,
                              const std::vector<TensorView> &tensors,
                              const Metadata &metadata) {
  Reporter report(path);

  // Compact JSON, fields in the order the reference writer emits them.
  std::string headerText = "{";
  if (!metadata.empty()) {
    headerText += "\"__metadata__\":{";
    for (const auto &[key, value] : metadata) {
      // JSON requires UTF-8; say which key or value is at fault.
      if (!json::isValidUtf8(key))
        report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                    "metadata key {} is not valid UTF-8", {Arg::quoted(key)});
      if (!json::isValidUtf8(value))
        report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                    "value of metadata key {} {} is not valid UTF-8",
                    {Arg::quoted(key), Arg::quoted(value)});
      if (headerText.back() != '{')
        headerText += ',';
      json::appendString(headerText, key);
      headerText += ':';
      json::appendString(headerText, value);
    }
    headerText += '}';
  }

  detail::NameIndex names;
  uint64_t offset = 0;
  for (const TensorView &tensor : tensors) {
    Arg name = Arg::quoted(tensor.name);
    if (tensor.name == kMetadataKey)
      report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor name \"__metadata__\" is reserved for metadata");
    if (!json::isValidUtf8(tensor.name))
      report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor name {} is not valid UTF-8", {name});
    if (!names.insert(tensor.name, 0))
      report.fail(DLRT_ERROR_INVALID_ARGUMENT, "duplicate tensor name {}",
                  {name});
    size_t elementSize = dlrtDTypeSize(tensor.dtype);
    if (elementSize == 0)
      report.fail(DLRT_ERROR_INVALID_ARGUMENT, "tensor {}: invalid dtype {}",
                  {name, static_cast<int>(tensor.dtype)});
    for (int64_t extent : tensor.shape)
      if (extent < 0)
        report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                    "tensor {}: shape {} has a negative extent",
                    {name, tensor.shape});
    std::optional<uint64_t> expected =
        checkedByteSize(tensor.shape, elementSize);
    if (!expected)
      report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor {}: byte size of shape {} of {} overflows 64 bits",
                  {name, tensor.shape, tensor.dtype});
    if (*expected != tensor.byteSize)
      report.fail(
          DLRT_ERROR_INVALID_ARGUMENT,
          "tensor {}: byteSize is {} but shape {} of {} needs {}",
          {name, tensor.byteSize, tensor.shape, tensor.dtype, *expected});
    if (!tensor.data && tensor.byteSize != 0)
      report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor {}: data is null but byteSize is {}",
                  {name, tensor.byteSize});
    uint64_t end;
    if (__builtin_add_overflow(offset, tensor.byteSize, &end))
      report.fail(DLRT_ERROR_INVALID_ARGUMENT,
                  "tensor {}: data buffer size overflows 64 bits", {name});

    if (headerText.size() > 1)
      headerText += ',';
    json::appendString(headerText, tensor.name);
    headerText += ":{\"dtype\":\"";
    headerText += dlrtDTypeName(tensor.dtype);
    headerText += "\",\"shape\":[";
    for (size_t i = 0; i < tensor.shape.size(); ++i) {
      if (i)
        headerText += ',';
      Arg(tensor.shape[i]).appendTo(headerText);
    }
    detail::appendFormat(headerText, "],\"data_offsets\":[{},{}]}",
                         {offset, end});
    offset = end;
  }
  headerText += '}';

  // Spaces are JSON whitespace, so padding keeps the header valid while
  // making the data buffer start 8-byte aligned in the file, which lets
  // readers that map the file use 8-byte types in place.
  headerText.append((8 - headerText.size() % 8) % 8, ' ');
  unsigned char lengthBytes[8];
  uint64_t headerSize = headerText.size();
  for (int i = 0; i < 8; ++i)
    lengthBytes[i] = static_cast<unsigned char>(headerSize >> (8 * i));

  std::vector<detail::ConstBytes> pieces(tensors.size() + 2);
  pieces[0] = {lengthBytes, sizeof(lengthBytes)};
  pieces[1] = {headerText.data(), headerText.size()};
  for (size_t i = 0; i < tensors.size(); ++i)
    pieces[i + 2] = {tensors[i].data, tensors[i].byteSize};
  detail::writeFileAtomically(path, pieces);
}
