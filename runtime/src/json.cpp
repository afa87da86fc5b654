//===- json.cpp - The strict JSON reader and writer of the runtime --------===//
// SPDX-License-Identifier: Apache-2.0
//
// Reading: RapidJSON's SAX reader checks the grammar and decodes; the
// Document::Builder, its handler, turns the events into a flat tree and adds
// the checks RapidJSON lacks (json.h). This file is the only one that
// includes RapidJSON. UTF-8 validation (isValidUtf8, also the writer's) and
// writing (appendString) are ours.
//
// How RapidJSON is used, and why (each choice keeps the code small, which
// the runtime's size budget needs; runtime/README.md, "The JSON reader"):
//  - rapidjson::Reader::Parse, recursive (not iterative): the handler
//    refuses an array or object beyond the depth limit before RapidJSON
//    recurses into it, so the limit bounds the recursion.
//  - kParseNumbersAsStringsFlag: numbers arrive as their text, so integers
//    keep every digit and no string-to-double code is instantiated.
//  - kParseInsituFlag, over a copy of the text that the Document keeps:
//    strings are decoded in place and numbers are left where they are, so
//    the tree only records offsets into the copy. Without it, RapidJSON
//    copies every string and number through its own stack, which costs 5 KB
//    more code. The copy is NUL-terminated, as the in-situ stream needs;
//    RapidJSON takes a NUL byte for the end of the text, so parse() turns a
//    NUL where the value ends into an error of its own. (No
//    rapidjson::MemoryStream: it would avoid the copy but needs the larger
//    configuration, and EncodedInputStream<UTF8<>, MemoryStream> would skip
//    a byte order mark, which JSON does not allow here.)
//  - No kParseValidateEncodingFlag (600 bytes of code): parse() finds the
//    first byte of the text that is not valid UTF-8 itself and hands
//    RapidJSON only the text before it, so that RapidJSON stops there as at
//    a NUL byte, and then names the byte. Invalid UTF-8 is an error anywhere
//    in a JSON text (RFC 8259, section 8.1), so the error is the same as if
//    RapidJSON had validated: at the same byte, unless a syntax error comes
//    first.
//  - RAPIDJSON_ASSERT keeps its default, assert(): in reader.h it only
//    checks RapidJSON's own invariants and that a string or number is
//    shorter than 4 GiB, which parse() guarantees by refusing texts of
//    512 MiB or more, so no input can reach it (and Release builds compile it
//    out). RAPIDJSON_HAS_STDSTRING stays 0: the reader needs no std::string.
//  - RapidJSON 1.1.0 decodes a lone low surrogate escape (\udc00) into
//    invalid UTF-8 instead of rejecting it, so the handler checks every
//    decoded string with isValidUtf8.
//  - The stack RapidJSON allocates (for in-situ parsing, only ever its
//    initial 256 bytes) throws std::bad_alloc instead of returning null.
//
//===----------------------------------------------------------------------===//

#include "json.h"

#include "internal.h"

#include <rapidjson/reader.h>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <new>

using namespace dl::rt::detail::json;
using dl::rt::detail::format;
using dl::rt::detail::NameIndex;

namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
constexpr size_t kMaxText = size_t(1) << 29;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Returns the length of the UTF-8 sequence that starts at `p` and lies
/// within `available` bytes, or 0 if it is not a valid one (RFC 3629,
/// table 3-7 of the Unicode standard).
size_t utf8Length(const char *p, size_t available) {
  auto lead = static_cast<unsigned char>(p[0]);
  if (lead < 0x80)
    return 1;
  size_t length;
  unsigned char low = 0x80, high = 0xbf; // range of the second byte
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0)
      low = 0xa0; // overlong
    else if (lead == 0xed)
      high = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0)
      low = 0x90; // overlong
    else if (lead == 0xf4)
      high = 0x8f; // beyond U+10FFFF
  } else {
    return 0;
  }
  if (available < length)
    return 0;
  auto second = static_cast<unsigned char>(p[1]);
  if (second < low || second > high)
    return 0;
  for (size_t i = 2; i < length; ++i)
    if ((static_cast<unsigned char>(p[i]) & 0xc0) != 0x80)
      return 0;
  return length;
}

/// The length of the longest prefix of `text` that is valid UTF-8: the
/// offset of the first sequence that is not.
size_t validUtf8Length(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t length = utf8Length(text.data() + i, text.size() - i);
    if (length == 0)
      break;
    i += length;
  }
  return i;
}

/// "\"x\"" for a printable ASCII byte, "byte 0x0b" for any other, "end of
/// input" past the end of `text`.
std::string describeByteAt(std::string_view text, size_t offset) {
  if (offset >= text.size())
    return "end of input";
  char c = text[offset];
  auto byte = static_cast<unsigned char>(c);
  if (byte > 0x20 && byte < 0x7f)
    return {'"', c, '"'};
  char description[16];
  std::snprintf(description, sizeof(description), "byte 0x%02x", byte);
  return description;
}

/// What is wrong at `offset` of `text` where RapidJSON stopped with `code`;
/// kParseErrorTermination means the handler stopped it, for nesting too deep
/// or else for a lone low surrogate escape.
std::string describeError(rapidjson::ParseErrorCode code, std::string_view text,
                          size_t offset, bool tooDeep) {
  const char *pattern = "unexpected {}, expected {}";
  const char *expected = "a value";
  switch (code) {
  case rapidjson::kParseErrorDocumentRootNotSingular:
    pattern = "unexpected {} after the value";
    break;
  case rapidjson::kParseErrorValueInvalid: {
    // A literal cut short ("tru]"), a minus sign without digits, or a byte
    // that starts no value.
    size_t start = offset;
    while (start > 0 && text[start - 1] >= 'a' && text[start - 1] <= 'z')
      --start;
    if (start < offset)
      expected = text[start] == 't'   ? "the literal true"
                 : text[start] == 'f' ? "the literal false"
                                      : "the literal null";
    else if (offset > 0 && text[offset - 1] == '-')
      expected = "a digit";
    break;
  }
  case rapidjson::kParseErrorObjectMissName: {
    size_t before = offset;
    while (before > 0 && isSpace(text[before - 1]))
      --before;
    expected =
        text[before - 1] == '{' ? "a string key or \"}\"" : "a string key";
    break;
  }
  case rapidjson::kParseErrorObjectMissColon:
    expected = "\":\"";
    break;
  case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
    expected = "\",\" or \"}\"";
    break;
  case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
    expected = "\",\" or \"]\"";
    break;
  case rapidjson::kParseErrorNumberMissFraction:
    expected = "a digit after the decimal point";
    break;
  case rapidjson::kParseErrorNumberMissExponent:
    expected = "a digit of the exponent";
    break;
  case rapidjson::kParseErrorStringEscapeInvalid:
    // At the backslash of an unknown escape, or at a control character.
    if (text[offset] == '\\') {
      pattern = "invalid escape: backslash followed by {}";
      ++offset;
      if (offset == text.size())
        pattern = "unterminated string";
      break;
    }
    [[fallthrough]];
  case rapidjson::kParseErrorStringMissQuotationMark:
    // At the end, a NUL byte or the first byte that is not UTF-8.
    pattern = offset == text.size() ? "unterminated string"
              : static_cast<unsigned char>(text[offset]) >= 0x80
                  ? "invalid UTF-8 in a string"
                  : "{} in a string (control characters must be escaped)";
    break;
  case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
    pattern = "invalid \\u escape: expected four hexadecimal digits";
    break;
  case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
    pattern = "unpaired UTF-16 surrogate escape";
    break;
  case rapidjson::kParseErrorNumberTooBig:
    pattern = "number too large (the reader's range ends near 1e308)";
    break;
  case rapidjson::kParseErrorTermination:
    pattern = tooDeep ? "arrays and objects nested too deeply"
                      : "unpaired UTF-16 surrogate escape";
    break;
  default: // kParseErrorDocumentEmpty
    break;
  }
  return format(pattern, {describeByteAt(text, offset), expected});
}

/// Offset of the \u escape of the first lone UTF-16 low surrogate in the
/// string whose contents start at text[from], up to its end or `end`; `end`
/// if there is none. RapidJSON has read the string up to there, so its
/// escapes are complete and a high surrogate escape is followed by a low one.
size_t findLoneLowSurrogate(std::string_view text, size_t from, size_t end) {
  for (size_t i = from; i + 6 <= end && text[i] != '"';) {
    if (text[i] != '\\') {
      ++i;
      continue;
    }
    if (text[i + 1] != 'u') {
      i += 2;
      continue;
    }
    unsigned unit = 0;
    for (size_t k = i + 2; k < i + 6; ++k) {
      unsigned c = static_cast<unsigned char>(text[k]);
      unit = unit * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    if (unit >= 0xdc00 && unit <= 0xdfff)
      return i;
    i += unit >= 0xd800 && unit <= 0xdbff ? 12 : 6;
  }
  return end;
}

/// Offset of the opening quote of the string in which RapidJSON found an
/// error at `offset`: the last quote before it that no backslash escapes.
size_t findStringStart(std::string_view text, size_t offset) {
  for (size_t quote = offset;;) {
    quote = text.rfind('"', quote - 1);
    size_t backslashes = 0;
    while (backslashes < quote && text[quote - 1 - backslashes] == '\\')
      ++backslashes;
    if (backslashes % 2 == 0)
      return quote;
  }
}

/// RapidJSON's stack allocator, throwing std::bad_alloc when out of memory.
/// RapidJSON's own CrtAllocator returns null, which its stack would then
/// write through. (Only what internal::Stack uses of RapidJSON's Allocator
/// concept.)
struct Allocator {
  void *Realloc(void *old, size_t, size_t size) {
    if (size == 0) {
      std::free(old);
      return nullptr;
    }
    void *result = std::realloc(old, size);
    if (!result)
      throw std::bad_alloc();
    return result;
  }
  static void Free(void *pointer) { std::free(pointer); }
};

} // namespace

//===----------------------------------------------------------------------===//
// Document
//===----------------------------------------------------------------------===//

/// The SAX handler: appends a node per event, checks depth, decoded strings
/// and duplicate keys, and records where it stopped the parse when it does.
class Document::Builder
    : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Builder> {
public:
  Builder(Document &document, rapidjson::InsituStringStream &input,
          std::string_view text, size_t maxDepth)
      : document(document), nodes(document.nodes), input(input), text(text),
        maxDepth(maxDepth) {}

  bool Null() { return add(Kind::Null); }
  bool Bool(bool value) { return add(value ? Kind::True : Kind::False); }
  bool RawNumber(const char *number, rapidjson::SizeType length, bool) {
    return add(Kind::Number, number, length);
  }
  bool String(const char *string, rapidjson::SizeType length, bool) {
    return add(Kind::String, string, length);
  }
  bool Key(const char *string, rapidjson::SizeType length, bool) {
    if (depth == 1)
      outerKey = static_cast<uint32_t>(nodes.size());
    return add(Kind::Key, string, length);
  }
  bool StartObject() { return start(Kind::Object); }
  bool StartArray() { return start(Kind::Array); }
  bool EndObject(rapidjson::SizeType members) {
    findDuplicate();
    return end(members);
  }
  bool EndArray(rapidjson::SizeType elements) { return end(elements); }

  /// Where the handler stopped the parse, and whether for nesting too
  /// deep (else for a lone low surrogate escape).
  size_t failedAt = 0;
  bool tooDeep = false;
  /// The key node of the first duplicate key, and that of the top-level key
  /// it lies under, if any.
  uint32_t duplicate = kNone;
  uint32_t duplicateOuterKey = kNone;

private:
  bool add(Kind kind, const char *string = nullptr, size_t length = 0) {
    size_t offset = string ? string - document.buffer.data() : 0;
    if ((kind == Kind::String || kind == Kind::Key) &&
        !isValidUtf8({string, length})) {
      failedAt = findLoneLowSurrogate(text, offset, text.size());
      return false;
    }
    nodes.push_back({static_cast<uint32_t>(offset), static_cast<uint32_t>(kind),
                     static_cast<uint32_t>(length)});
    return true;
  }
  bool start(Kind kind) {
    if (depth == maxDepth) {
      failedAt = input.Tell() - 1; // the bracket
      tooDeep = true;
      return false;
    }
    ++depth;
    // Until the end, `second` links to the enclosing open container.
    nodes.push_back({0, static_cast<uint32_t>(kind), open});
    open = static_cast<uint32_t>(nodes.size() - 1);
    return true;
  }
  bool end(rapidjson::SizeType count) {
    Node &container = nodes[open];
    open = container.second;
    container.first = count;
    container.second = static_cast<uint32_t>(nodes.size());
    --depth;
    return true;
  }
  /// Finds the first key that the object ending now repeats and keeps it if
  /// it comes before the one found so far: inner objects end first.
  void findDuplicate() {
    if (duplicate < open)
      return; // one in an earlier member of an enclosing object
    NameIndex keys;
    for (uint32_t key = open + 1; key < nodes.size();
         key = document.skip(key + 1)) {
      if (!keys.insert(std::string(document.string(nodes[key])), 0)) {
        if (key < duplicate) {
          duplicate = key;
          duplicateOuterKey = depth > 1 ? outerKey : kNone;
        }
        return;
      }
    }
  }

  Document &document;
  std::vector<Node> &nodes;
  rapidjson::InsituStringStream &input;
  std::string_view text;
  size_t maxDepth;
  size_t depth = 0;
  /// The innermost open array or object.
  uint32_t open = kNone;
  /// The last key of the top-level object.
  uint32_t outerKey = kNone;
};

Value Document::parse(std::string_view text, size_t maxDepth,
                      Duplicate &firstDuplicate) {
  nodes.clear();
  // Offsets and counts in nodes have 29 bits; a text shorter than 512 MiB
  // has fewer values and bytes than that.
  if (text.size() >= kMaxText)
    throw SyntaxError{1, "text of 512 MiB or more", false, false};
  buffer.assign(text.data(), validUtf8Length(text));
  rapidjson::InsituStringStream input(&buffer[0]);
  Builder builder(*this, input, text, maxDepth);
  rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, Allocator>
      reader;
  rapidjson::ParseResult result =
      reader.Parse<rapidjson::kParseNumbersAsStringsFlag |
                   rapidjson::kParseInsituFlag>(input, builder);
  rapidjson::ParseErrorCode code = result.Code();
  size_t offset = result.Offset();
  if (code == rapidjson::kParseErrorTermination) {
    offset = builder.failedAt;
  } else if (code == rapidjson::kParseErrorNone) {
    if (input.Tell() == text.size()) {
      if (builder.duplicate != kNone) {
        firstDuplicate.found = true;
        firstDuplicate.key = string(nodes[builder.duplicate]);
        if (builder.duplicateOuterKey != kNone)
          firstDuplicate.outerKey = string(nodes[builder.duplicateOuterKey]);
      }
      return Value(this, 0);
    }
    // RapidJSON stops at a NUL byte or at the end of the valid UTF-8 as at
    // the end of the text.
    code = rapidjson::kParseErrorDocumentRootNotSingular;
    offset = input.Tell();
  } else if (code >= rapidjson::kParseErrorStringUnicodeEscapeInvalidHex &&
             code <= rapidjson::kParseErrorStringMissQuotationMark) {
    // RapidJSON lets a lone low surrogate escape pass, so the handler only
    // sees it in a complete string: an error later in the same string comes
    // after it.
    size_t lone =
        findLoneLowSurrogate(text, findStringStart(text, offset) + 1, offset);
    if (lone < offset) {
      code = rapidjson::kParseErrorTermination;
      offset = lone;
    }
  }
  throw SyntaxError{
      offset + 1, describeError(code, text, offset, builder.tooDeep),
      builder.tooDeep, code == rapidjson::kParseErrorNumberTooBig};
}

uint32_t Document::skip(uint32_t index) const {
  const Node &node = nodes[index];
  return node.kind() == Kind::Object || node.kind() == Kind::Array ? node.second
                                                                   : index + 1;
}

std::string_view Document::string(const Node &node) const {
  return std::string_view(buffer).substr(node.first, node.second);
}

//===----------------------------------------------------------------------===//
// Value
//===----------------------------------------------------------------------===//

bool Value::isObject() const {
  return document->nodes[node].kind() == Document::Kind::Object;
}

bool Value::isArray() const {
  return document->nodes[node].kind() == Document::Kind::Array;
}

bool Value::isString() const {
  return document->nodes[node].kind() == Document::Kind::String;
}

const char *Value::typeName() const {
  switch (document->nodes[node].kind()) {
  case Document::Kind::Object:
    return "object";
  case Document::Kind::Array:
    return "array";
  case Document::Kind::String:
  case Document::Kind::Key:
    return "string";
  case Document::Kind::Number:
    return "number";
  case Document::Kind::True:
  case Document::Kind::False:
    return "boolean";
  case Document::Kind::Null:
    break;
  }
  return "null";
}

std::optional<uint64_t> Value::asIndex(uint64_t limit) const {
  const Document::Node &number = document->nodes[node];
  if (number.kind() != Document::Kind::Number)
    return std::nullopt;
  uint64_t result = 0;
  for (char c : document->string(number)) {
    if (c < '0' || c > '9' || __builtin_mul_overflow(result, 10, &result) ||
        __builtin_add_overflow(result, static_cast<uint64_t>(c - '0'), &result))
      return std::nullopt;
  }
  if (result > limit)
    return std::nullopt;
  return result;
}

std::string Value::asString() const {
  const Document::Node &string = document->nodes[node];
  if (string.kind() != Document::Kind::String)
    return {};
  return std::string(document->string(string));
}

std::string Value::text() const {
  static const char *const literals[] = {"true", "false", "null"};
  const Document::Node &value = document->nodes[node];
  std::string result;
  if (value.kind() == Document::Kind::String)
    appendString(result, document->string(value));
  else if (value.kind() == Document::Kind::Number)
    result = document->string(value);
  else if (value.kind() >= Document::Kind::True)
    result = literals[static_cast<int>(value.kind()) -
                      static_cast<int>(Document::Kind::True)];
  return result;
}

size_t Value::size() const {
  return isObject() || isArray() ? document->nodes[node].first : 0;
}

Value::Cursor::Cursor(const Value &container)
    : document(container.document), position(container.node + 1),
      end(container.document->skip(container.node)) {}

bool Value::Cursor::next(Value &element) {
  if (position == end)
    return false;
  if (document->nodes[position].kind() == Document::Kind::Key)
    ++position;
  element = Value(document, position);
  position = document->skip(position);
  return true;
}

bool Value::Cursor::next(std::string &key, Value &value) {
  if (position == end)
    return false;
  key.clear();
  if (document->nodes[position].kind() == Document::Kind::Key)
    key = document->string(document->nodes[position++]);
  value = Value(document, position);
  position = document->skip(position);
  return true;
}

//===----------------------------------------------------------------------===//
// UTF-8 and the writer
//===----------------------------------------------------------------------===//

bool dl::rt::detail::json::isValidUtf8(std::string_view text) {
  return validUtf8Length(text) == text.size();
}

void dl::rt::detail::json::appendString(std::string &out,
                                        std::string_view text) {
  static const char hexDigits[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        out += "\\u00";
        out += hexDigits[c >> 4];
        out += hexDigits[c & 15];
      } else {
        out += c;
      }
    }
  }
  out += '"';
}
