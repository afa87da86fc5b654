//===- safetensors.cpp - Safetensors reader and atomic writer -------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Reads a whole safetensors file into one aligned buffer and validates the
// header strictly before handing out any pointer into it: weights files come
// from other tools and other people, and every offset we trust becomes a raw
// memory access in generated code. The rules follow the reference
// implementation (huggingface/safetensors, tensor.rs) and add what it leaves
// to serde: unknown fields, duplicate keys and metadata value types. JSON is
// parsed with nlohmann::ordered_json so that header order is kept for
// tie-breaking and error messages.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/safetensors.h"

#include "internal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>
#include <set>
#include <tuple>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dl::rt;
using Json = nlohmann::ordered_json;

namespace {

/// The reference implementation's limit (MAX_HEADER_SIZE). A larger length is
/// a corrupt or hostile file, and we would otherwise try to parse it.
constexpr uint64_t kMaxHeaderSize = 100'000'000;

/// A valid header nests three levels deep (header, entry, shape). nlohmann
/// copies values recursively when a parser callback is installed, so a header
/// of a million '[' would overflow the stack; anything deeper than this limit
/// is rejected before parsing.
constexpr size_t kMaxNesting = 16;

constexpr const char *kMetadataKey = "__metadata__";

constexpr const char *kSupportedDTypes = "F32, F64, I32, I64, U8, BOOL";

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

std::string shapeString(const std::vector<int64_t> &shape) {
  std::string result = "[";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i)
      result += ", ";
    result += std::to_string(shape[i]);
  }
  return result + "]";
}

std::string rangeString(uint64_t begin, uint64_t end) {
  return "[" + std::to_string(begin) + ", " + std::to_string(end) + ")";
}

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

/// Formats every load error as "<path>: [tensor "<name>": ]<problem>".
class Reporter {
public:
  explicit Reporter(const std::string &path) : path(path) {}

  [[noreturn]] void fail(DlrtStatus status, const std::string &problem) const {
    detail::fail(status, path + ": " + problem);
  }
  [[noreturn]] void format(const std::string &problem) const {
    fail(DLRT_ERROR_FORMAT, problem);
  }
  [[noreturn]] void tensor(const std::string &name,
                           const std::string &problem) const {
    format("tensor " + detail::quote(name) + ": " + problem);
  }
  /// `what` is a plain string so that passing errno directly is safe: no
  /// allocation can clobber it before the call.
  [[noreturn]] void io(const char *what, int errnum) const {
    fail(errnum == ENOENT ? DLRT_ERROR_NOT_FOUND : DLRT_ERROR_IO,
         std::string(what) + ": " + detail::systemMessage(errnum));
  }

private:
  const std::string &path;
};

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

/// Returns the 1-based header position of the first bracket that opens a
/// level deeper than kMaxNesting, or 0. Brackets inside strings do not count;
/// other syntax is left to the parser, which agrees with this scan on where
/// strings are up to its first error.
size_t findExcessiveNesting(const char *text, size_t size) {
  size_t depth = 0;
  bool inString = false;
  for (size_t i = 0; i < size; ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting)
        return i + 1;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return 0;
}

/// The first duplicate key the parser saw, with the top-level key it was
/// nested in (empty for a duplicate at top level).
struct Duplicate {
  std::string outerKey;
  std::string key;
};

/// nlohmann keeps only one value of a repeated key, so a file with two
/// tensors of the same name would silently lose one. The parser callback sees
/// every key before that happens; this tracks the keys of each open object.
class DuplicateKeyDetector {
public:
  bool operator()(int depth, Json::parse_event_t event, Json &parsed) {
    switch (event) {
    case Json::parse_event_t::object_start:
      open.emplace_back();
      break;
    case Json::parse_event_t::object_end:
      open.pop_back();
      break;
    case Json::parse_event_t::key: {
      const std::string &key = parsed.get_ref<const std::string &>();
      if (depth == 1)
        outerKey = key;
      if (!open.back().insert(key).second && !first)
        first = Duplicate{depth == 1 ? std::string() : outerKey, key};
      break;
    }
    default:
      break;
    }
    return true;
  }

  std::optional<Duplicate> first;

private:
  std::vector<std::set<std::string>> open;
  std::string outerKey;
};

/// A validated header entry, before the layout checks that need all of them.
struct Entry {
  std::string name;
  DlrtDType dtype;
  std::vector<int64_t> shape;
  uint64_t begin;
  uint64_t end;
  size_t headerIndex;
};

/// Renders an untrusted JSON value for an error message: scalars and short
/// flat arrays verbatim (cut to 64 bytes), anything else by its type, so that
/// a huge value in a bad header does not end up in the message.
std::string describe(const Json &value) {
  bool flat = value.is_primitive() ||
              (value.is_array() && value.size() <= 8 &&
               std::all_of(value.begin(), value.end(), [](const Json &element) {
                 return element.is_primitive();
               }));
  if (!flat)
    return std::string("a JSON ") + value.type_name();
  std::string text = value.dump();
  if (text.size() > 64)
    text = text.substr(0, 61) + "...";
  return text;
}

/// Reads a JSON value that must be a non-negative integer fitting in
/// `limit`; nlohmann stores those as number_unsigned.
std::optional<uint64_t> asIndex(const Json &value, uint64_t limit) {
  if (!value.is_number_unsigned())
    return std::nullopt;
  uint64_t result = value.get<uint64_t>();
  if (result > limit)
    return std::nullopt;
  return result;
}

Entry parseEntry(const Reporter &report, const std::string &name,
                 const Json &value, uint64_t dataSize, size_t headerIndex) {
  if (!value.is_object())
    report.tensor(name, std::string("entry is a JSON ") + value.type_name() +
                            ", expected an object");
  for (const auto &field : value.items()) {
    if (field.key() != "dtype" && field.key() != "shape" &&
        field.key() != "data_offsets")
      report.tensor(name, "unexpected field " + detail::quote(field.key()));
  }
  for (const char *required : {"dtype", "shape", "data_offsets"})
    if (!value.contains(required))
      report.tensor(name, std::string("missing field \"") + required + "\"");

  Entry entry;
  entry.name = name;
  entry.headerIndex = headerIndex;

  const Json &dtype = value["dtype"];
  if (!dtype.is_string())
    report.tensor(name, "dtype is not a string");
  std::optional<DlrtDType> parsedDType =
      parseDType(dtype.get_ref<const std::string &>());
  if (!parsedDType)
    report.tensor(name,
                  "unsupported dtype " +
                      detail::quote(dtype.get_ref<const std::string &>()) +
                      " (supported: " + kSupportedDTypes + ")");
  entry.dtype = *parsedDType;

  const Json &shape = value["shape"];
  if (!shape.is_array())
    report.tensor(name, "shape is not an array");
  for (size_t i = 0; i < shape.size(); ++i) {
    std::optional<uint64_t> extent =
        asIndex(shape[i], std::numeric_limits<int64_t>::max());
    if (!extent)
      report.tensor(name, "shape dimension " + std::to_string(i) + " is " +
                              describe(shape[i]) +
                              ", expected a non-negative integer");
    entry.shape.push_back(static_cast<int64_t>(*extent));
  }

  const Json &offsets = value["data_offsets"];
  std::optional<uint64_t> begin, end;
  if (offsets.is_array() && offsets.size() == 2) {
    begin = asIndex(offsets[0], std::numeric_limits<uint64_t>::max());
    end = asIndex(offsets[1], std::numeric_limits<uint64_t>::max());
  }
  if (!begin || !end)
    report.tensor(name, "data_offsets is " + describe(offsets) +
                            ", expected two non-negative integers");
  if (*begin > *end)
    report.tensor(name,
                  "data_offsets " + describe(offsets) + " has begin after end");
  if (*end > dataSize)
    report.tensor(name, "data_offsets " + describe(offsets) +
                            " reach past the end of the " +
                            std::to_string(dataSize) + "-byte data buffer");
  entry.begin = *begin;
  entry.end = *end;

  std::optional<uint64_t> expected =
      checkedByteSize(entry.shape, dlrtDTypeSize(entry.dtype));
  if (!expected)
    report.tensor(name, "byte size of shape " + shapeString(entry.shape) +
                            " of " + dlrtDTypeName(entry.dtype) +
                            " overflows 64 bits");
  if (*expected != entry.end - entry.begin)
    report.tensor(name, "data_offsets " + describe(offsets) + " span " +
                            std::to_string(entry.end - entry.begin) +
                            " bytes but shape " + shapeString(entry.shape) +
                            " of " + dlrtDTypeName(entry.dtype) + " needs " +
                            std::to_string(*expected));
  return entry;
}

Metadata parseMetadata(const Reporter &report, const Json &value) {
  if (!value.is_object())
    report.format(std::string(kMetadataKey) + " is a JSON " +
                  value.type_name() + ", expected an object");
  Metadata metadata;
  for (const auto &item : value.items()) {
    if (!item.value().is_string())
      report.format(std::string(kMetadataKey) + " value of key " +
                    detail::quote(item.key()) + " is a JSON " +
                    item.value().type_name() + ", expected a string");
    metadata.emplace(item.key(), item.value().get<std::string>());
  }
  return metadata;
}

/// Sorts `entries` by data range and checks that they tile the data buffer
/// exactly: no two tensors share a byte and no byte belongs to no tensor. The
/// format forbids holes, and the reference implementation rejects them too.
void checkLayout(const Reporter &report, std::vector<Entry> &entries,
                 uint64_t dataSize) {
  // Header order breaks ties between equal ranges (empty tensors), so the
  // order is deterministic and matches the writer's.
  std::sort(entries.begin(), entries.end(),
            [](const Entry &lhs, const Entry &rhs) {
              return std::tie(lhs.begin, lhs.end, lhs.headerIndex) <
                     std::tie(rhs.begin, rhs.end, rhs.headerIndex);
            });
  uint64_t covered = 0;
  const Entry *previous = nullptr;
  for (const Entry &entry : entries) {
    if (entry.begin < covered)
      report.tensor(entry.name,
                    "data range " + rangeString(entry.begin, entry.end) +
                        " overlaps tensor " + detail::quote(previous->name) +
                        " at " + rangeString(previous->begin, previous->end));
    if (entry.begin > covered)
      report.format("data bytes " + rangeString(covered, entry.begin) +
                    " belong to no tensor (hole before tensor " +
                    detail::quote(entry.name) + ")");
    covered = entry.end;
    if (entry.end > entry.begin)
      previous = &entry;
  }
  if (covered != dataSize)
    report.format("data bytes " + rangeString(covered, dataSize) +
                  " belong to no tensor (hole at the end of the data buffer)");
}

} // namespace

//===----------------------------------------------------------------------===//
// TensorFile
//===----------------------------------------------------------------------===//

struct TensorFile::Impl {
  std::string path;
  AlignedBuffer buffer;
  std::vector<TensorView> tensors;
  std::map<std::string, size_t, std::less<>> byName;
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
    report.format("file is " + std::to_string(fileSize) +
                  " bytes, too short for the 8-byte header length");

  unsigned char lengthBytes[8];
  readExactly(report, file.get(), lengthBytes, 8, 0);
  uint64_t headerSize = 0;
  for (int i = 7; i >= 0; --i)
    headerSize = (headerSize << 8) | lengthBytes[i];
  if (headerSize > kMaxHeaderSize)
    report.format("header length " + std::to_string(headerSize) +
                  " exceeds the limit of " + std::to_string(kMaxHeaderSize) +
                  " bytes");
  if (headerSize > fileSize - 8)
    report.format("header length " + std::to_string(headerSize) +
                  " exceeds the " + std::to_string(fileSize - 8) +
                  " bytes that follow it");
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
    report.fail(DLRT_ERROR_OUT_OF_MEMORY, "cannot allocate " +
                                              std::to_string(fileSize) +
                                              " bytes to load the file");
  unsigned char *fileBytes = buffer.get() + lead;
  readExactly(report, file.get(), fileBytes, fileSize, 0);
  const char *header = reinterpret_cast<const char *>(fileBytes + 8);
  const unsigned char *data = fileBytes + 8 + headerSize;

  // nlohmann stops at a NUL byte as if the input ended there, which would
  // accept arbitrary bytes after it; valid JSON never contains a raw NUL.
  if (const void *nul = std::memchr(header, '\0', headerSize))
    report.format("header is not valid JSON (NUL byte at header byte " +
                  std::to_string(static_cast<const char *>(nul) - header + 1) +
                  ")");

  if (size_t position = findExcessiveNesting(header, headerSize))
    report.format("header nests deeper than " + std::to_string(kMaxNesting) +
                  " levels (at header byte " + std::to_string(position) + ")");

  DuplicateKeyDetector duplicates;
  Json root;
  try {
    root = Json::parse(header, header + headerSize, std::ref(duplicates));
  } catch (const Json::parse_error &error) {
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line
    // 1, column 7: " prefix; the byte offset says the same, more usefully.
    std::string detailText = error.what();
    size_t colon = detailText.find(": ");
    if (colon != std::string::npos)
      detailText.erase(0, colon + 2);
    report.format("header is not valid JSON (error at header byte " +
                  std::to_string(error.byte) + "): " + detailText);
  } catch (const Json::exception &error) {
    report.format(std::string("header is not valid JSON: ") + error.what());
  }
  if (!root.is_object())
    report.format(std::string("header is a JSON ") + root.type_name() +
                  ", expected an object");
  if (duplicates.first) {
    const Duplicate &dup = *duplicates.first;
    if (dup.outerKey.empty())
      report.format(dup.key == kMetadataKey
                        ? std::string("duplicate __metadata__ entry")
                        : "duplicate tensor name " + detail::quote(dup.key));
    if (dup.outerKey == kMetadataKey)
      report.format("duplicate __metadata__ key " + detail::quote(dup.key));
    report.tensor(dup.outerKey, "duplicate key " + detail::quote(dup.key));
  }

  auto impl = std::make_unique<Impl>();
  impl->path = path;
  std::vector<Entry> entries;
  for (const auto &item : root.items()) {
    if (item.key() == kMetadataKey)
      impl->metadata = parseMetadata(report, item.value());
    else
      entries.push_back(parseEntry(report, item.key(), item.value(), dataSize,
                                   entries.size()));
  }
  checkLayout(report, entries, dataSize);

  impl->tensors.reserve(entries.size());
  for (Entry &entry : entries) {
    TensorView view;
    view.dtype = entry.dtype;
    view.shape = std::move(entry.shape);
    view.data = data + entry.begin;
    view.byteSize = static_cast<size_t>(entry.end - entry.begin);
    impl->byName.emplace(entry.name, impl->tensors.size());
    view.name = std::move(entry.name);
    impl->tensors.push_back(std::move(view));
  }
  impl->buffer = std::move(buffer);
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
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT,
                 impl->path + ": tensor index " + std::to_string(index) +
                     " is out of range (the file has " +
                     std::to_string(impl->tensors.size()) + " tensors)");
  return impl->tensors[index];
}

const TensorView *TensorFile::find(std::string_view name) const {
  auto it = impl->byName.find(name);
  return it == impl->byName.end() ? nullptr : &impl->tensors[it->second];
}

const TensorView &TensorFile::get(std::string_view name) const {
  if (const TensorView *view = find(name))
    return *view;
  detail::fail(DLRT_ERROR_NOT_FOUND,
               impl->path + ": no tensor named " + detail::quote(name));
}

const Metadata &TensorFile::metadata() const { return impl->metadata; }

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

namespace {

/// Throws unless `text` is valid UTF-8, which JSON requires; nlohmann's dump
/// would throw too, but without saying which name or key was at fault.
void checkUtf8(const std::string &path, const std::string &what,
               const std::string &text) {
  try {
    (void)Json(text).dump();
  } catch (const Json::type_error &) {
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT, path + ": " + what + " " +
                                                  detail::quote(text) +
                                                  " is not valid UTF-8");
  }
}

} // namespace

void dl::rt::writeSafetensors(const std::string &path,
                              const std::vector<TensorView> &tensors,
                              const Metadata &metadata) {
  auto invalid = [&](const std::string &problem) {
    detail::fail(DLRT_ERROR_INVALID_ARGUMENT, path + ": " + problem);
  };

  // The header is concatenated from dumped pieces rather than built as one
  // ordered_json object, whose inserts search linearly and would make
  // writing n tensors O(n^2).
  std::string headerText = "{";
  if (!metadata.empty()) {
    for (const auto &[key, value] : metadata) {
      checkUtf8(path, "metadata key", key);
      checkUtf8(path, "value of metadata key " + detail::quote(key), value);
    }
    headerText += Json(kMetadataKey).dump() + ":" + Json(metadata).dump();
  }

  std::set<std::string_view> names;
  uint64_t offset = 0;
  for (const TensorView &tensor : tensors) {
    std::string tensorName = "tensor " + detail::quote(tensor.name);
    if (tensor.name == kMetadataKey)
      invalid("tensor name \"__metadata__\" is reserved for metadata");
    checkUtf8(path, "tensor name", tensor.name);
    if (!names.insert(tensor.name).second)
      invalid("duplicate tensor name " + detail::quote(tensor.name));
    size_t elementSize = dlrtDTypeSize(tensor.dtype);
    if (elementSize == 0)
      invalid(tensorName + ": invalid dtype " +
              std::to_string(static_cast<int>(tensor.dtype)));
    for (int64_t extent : tensor.shape)
      if (extent < 0)
        invalid(tensorName + ": shape " + shapeString(tensor.shape) +
                " has a negative extent");
    std::optional<uint64_t> expected =
        checkedByteSize(tensor.shape, elementSize);
    if (!expected)
      invalid(tensorName + ": byte size of shape " + shapeString(tensor.shape) +
              " of " + dlrtDTypeName(tensor.dtype) + " overflows 64 bits");
    if (*expected != tensor.byteSize)
      invalid(tensorName + ": byteSize is " + std::to_string(tensor.byteSize) +
              " but shape " + shapeString(tensor.shape) + " of " +
              dlrtDTypeName(tensor.dtype) + " needs " +
              std::to_string(*expected));
    if (!tensor.data && tensor.byteSize != 0)
      invalid(tensorName + ": data is null but byteSize is " +
              std::to_string(tensor.byteSize));
    uint64_t end;
    if (__builtin_add_overflow(offset, tensor.byteSize, &end))
      invalid(tensorName + ": data buffer size overflows 64 bits");

    // Field order as the reference writer emits it.
    Json entry = Json::object();
    entry["dtype"] = dlrtDTypeName(tensor.dtype);
    entry["shape"] = tensor.shape;
    entry["data_offsets"] = Json::array({offset, end});
    if (headerText.size() > 1)
      headerText += ',';
    headerText += Json(tensor.name).dump() + ":" + entry.dump();
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

  std::vector<detail::ConstBytes> pieces;
  pieces.reserve(tensors.size() + 2);
  pieces.push_back({lengthBytes, sizeof(lengthBytes)});
  pieces.push_back({headerText.data(), headerText.size()});
  for (const TensorView &tensor : tensors)
    pieces.push_back({tensor.data, tensor.byteSize});
  detail::writeFileAtomically(path, pieces);
}
