//===- json.cpp - The strict JSON reader and writer of the runtime --------===//
// SPDX-License-Identifier: Apache-2.0
//
// A recursive-descent validator for RFC 8259 JSON and in-place accessors for
// the text it accepted. The validator is the only code that sees untrusted
// bytes; it rejects everything the grammar does not allow (trailing commas,
// leading zeros, single quotes, NaN, raw control characters, bad escapes,
// unpaired surrogates, invalid UTF-8) and stops at a fixed nesting depth, so
// recursion cannot exhaust the stack. The accessors then assume valid input.
//
//===----------------------------------------------------------------------===//

#include "json.h"

#include "internal.h"

#include <cstdio>
#include <utility>

using namespace dl::rt::detail::json;
using dl::rt::detail::format;
using dl::rt::detail::NameIndex;

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c) {
  if (isDigit(c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

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

void appendUtf8(std::string &out, uint32_t codePoint) {
  if (codePoint < 0x80) {
    out += static_cast<char>(codePoint);
    return;
  }
  char bytes[4];
  size_t length = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  for (size_t i = length - 1; i > 0; --i) {
    bytes[i] = static_cast<char>(0x80 | (codePoint & 0x3f));
    codePoint >>= 6;
  }
  static const unsigned char leadMarks[] = {0, 0, 0xc0, 0xe0, 0xf0};
  bytes[0] = static_cast<char>(leadMarks[length] | codePoint);
  out.append(bytes, length);
}

/// Reads JSON text. parse() validates with it; the accessors reuse its string
/// decoder on text that is known to be valid.
class Reader {
public:
  Reader(std::string_view text, size_t maxDepth = 0,
         Duplicate *firstDuplicate = nullptr)
      : begin(text.data()), pos(begin), end(begin + text.size()),
        maxDepth(maxDepth), firstDuplicate(firstDuplicate) {}

  Value document() {
    skipSpace();
    const char *start = pos;
    value(0);
    Value result(std::string_view(start, static_cast<size_t>(pos - start)));
    skipSpace();
    if (pos != end)
      fail(pos, format("unexpected {} after the value", {describeByte(*pos)}));
    return result;
  }

  /// Reads the string at `pos`, appending its decoded contents to `out`
  /// unless null, and moves past it.
  void string(std::string *out) {
    ++pos; // the opening quote
    for (;;) {
      if (pos == end)
        fail(pos, "unterminated string");
      char c = *pos;
      if (c == '"') {
        ++pos;
        return;
      }
      if (static_cast<unsigned char>(c) < 0x20)
        fail(pos, format("{} in a string (control characters must be escaped)",
                         {describeByte(c)}));
      if (c == '\\') {
        escape(out);
        continue;
      }
      size_t length = utf8Length(pos, static_cast<size_t>(end - pos));
      if (length == 0)
        fail(pos, "invalid UTF-8 in a string");
      if (out)
        out->append(pos, length);
      pos += length;
    }
  }

private:
  [[noreturn]] void fail(const char *at, std::string problem,
                         bool tooDeep = false) const {
    throw SyntaxError{static_cast<size_t>(at - begin) + 1, std::move(problem),
                      tooDeep};
  }

  /// "\"x\"" for a printable ASCII byte, "byte 0x0b" for any other.
  static std::string describeByte(char c) {
    auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7f)
      return {'"', c, '"'};
    char text[16];
    std::snprintf(text, sizeof(text), "byte 0x%02x", byte);
    return text;
  }

  [[noreturn]] void unexpected(const char *expected) const {
    if (pos == end)
      fail(pos, format("unexpected end of input, expected {}", {expected}));
    fail(pos,
         format("unexpected {}, expected {}", {describeByte(*pos), expected}));
  }

  void skipSpace() {
    while (pos != end && isSpace(*pos))
      ++pos;
  }

  /// Moves past `c` if it is next.
  bool consume(char c) {
    if (pos == end || *pos != c)
      return false;
    ++pos;
    return true;
  }

  void value(size_t depth) {
    if (pos == end)
      unexpected("a value");
    switch (*pos) {
    case '{':
      return object(depth + 1);
    case '[':
      return array(depth + 1);
    case '"':
      return string(nullptr);
    case 't':
      return literal("true");
    case 'f':
      return literal("false");
    case 'n':
      return literal("null");
    default:
      if (*pos == '-' || isDigit(*pos))
        return number();
      unexpected("a value");
    }
  }

  void enter(size_t depth) {
    if (depth > maxDepth)
      fail(pos, "", true);
    ++pos; // the bracket
    skipSpace();
  }

  void object(size_t depth) {
    enter(depth);
    if (consume('}'))
      return;
    NameIndex keys;
    for (bool first = true;; first = false) {
      if (pos == end || *pos != '"')
        unexpected(first ? "a string key or \"}\"" : "a string key");
      std::string key;
      string(&key);
      if (depth == 1)
        outerKey = key;
      if (!keys.insert(key, 0) && firstDuplicate && !firstDuplicate->found) {
        firstDuplicate->found = true;
        if (depth > 1)
          firstDuplicate->outerKey = outerKey;
        firstDuplicate->key = key;
      }
      skipSpace();
      if (!consume(':'))
        unexpected("\":\"");
      skipSpace();
      value(depth);
      skipSpace();
      if (consume('}'))
        return;
      if (!consume(','))
        unexpected("\",\" or \"}\"");
      skipSpace();
    }
  }

  void array(size_t depth) {
    enter(depth);
    if (consume(']'))
      return;
    for (;;) {
      value(depth);
      skipSpace();
      if (consume(']'))
        return;
      if (!consume(','))
        unexpected("\",\" or \"]\"");
      skipSpace();
    }
  }

  void literal(const char *word) {
    for (const char *c = word; *c; ++c)
      if (!consume(*c))
        unexpected(format("the literal {}", {word}).c_str());
  }

  void digits() {
    if (pos == end || !isDigit(*pos))
      unexpected("a digit");
    while (pos != end && isDigit(*pos))
      ++pos;
  }

  /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  void number() {
    consume('-');
    if (!consume('0'))
      digits();
    if (consume('.'))
      digits();
    if (consume('e') || consume('E')) {
      if (!consume('+'))
        consume('-');
      digits();
    }
  }

  void escape(std::string *out) {
    const char *start = pos;
    ++pos; // the backslash
    if (pos == end)
      fail(pos, "unterminated string");
    char c = *pos++;
    char decoded;
    switch (c) {
    case '"':
    case '\\':
    case '/':
      decoded = c;
      break;
    case 'b':
      decoded = '\b';
      break;
    case 'f':
      decoded = '\f';
      break;
    case 'n':
      decoded = '\n';
      break;
    case 'r':
      decoded = '\r';
      break;
    case 't':
      decoded = '\t';
      break;
    case 'u': {
      uint32_t codePoint = hex4();
      if (codePoint >= 0xdc00 && codePoint <= 0xdfff)
        fail(start, "unpaired UTF-16 surrogate escape");
      if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
        if (!consume('\\') || !consume('u'))
          fail(start, "unpaired UTF-16 surrogate escape");
        uint32_t low = hex4();
        if (low < 0xdc00 || low > 0xdfff)
          fail(start, "unpaired UTF-16 surrogate escape");
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
      }
      if (out)
        appendUtf8(*out, codePoint);
      return;
    }
    default:
      fail(start, format("invalid escape: backslash followed by {}",
                         {describeByte(c)}));
    }
    if (out)
      *out += decoded;
  }

  uint32_t hex4() {
    uint32_t result = 0;
    for (int i = 0; i < 4; ++i) {
      int digit = pos == end ? -1 : hexValue(*pos);
      if (digit < 0)
        unexpected("a hexadecimal digit of a \\u escape");
      result = result * 16 + static_cast<uint32_t>(digit);
      ++pos;
    }
    return result;
  }

  const char *begin;
  const char *pos;
  const char *end;
  size_t maxDepth;
  Duplicate *firstDuplicate;
  std::string outerKey;
};

/// Returns the end of the valid JSON value that starts at `p`, given that
/// the text continues up to `end`.
const char *skipValue(const char *p, const char *end) {
  size_t depth = 0;
  do {
    char c = *p;
    if (c == '"') {
      for (++p; *p != '"'; ++p)
        if (*p == '\\')
          ++p;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (depth == 0) {
      // A number or literal: runs up to the next delimiter.
      while (p + 1 != end && !isSpace(p[1]) && p[1] != ',' && p[1] != ']' &&
             p[1] != '}')
        ++p;
    }
    ++p;
  } while (depth > 0);
  return p;
}

} // namespace

const char *Value::typeName() const {
  switch (text[0]) {
  case '{':
    return "object";
  case '[':
    return "array";
  case '"':
    return "string";
  case 't':
  case 'f':
    return "boolean";
  case 'n':
    return "null";
  default:
    return "number";
  }
}

std::optional<uint64_t> Value::asIndex(uint64_t limit) const {
  uint64_t result = 0;
  for (char c : text) {
    if (!isDigit(c) || __builtin_mul_overflow(result, 10, &result) ||
        __builtin_add_overflow(result, static_cast<uint64_t>(c - '0'), &result))
      return std::nullopt;
  }
  if (result > limit)
    return std::nullopt;
  return result;
}

std::string Value::asString() const {
  std::string result;
  Reader(text).string(&result);
  return result;
}

size_t Value::size() const {
  size_t count = 0;
  Cursor cursor(*this);
  for (Value element; cursor.next(element);)
    ++count;
  // The element cursor steps over an object's keys and values alike.
  return isObject() ? count / 2 : count;
}

Value::Cursor::Cursor(const Value &container)
    : pos(container.text.data() + 1),
      end(container.text.data() + container.text.size() - 1) {}

bool Value::Cursor::next(Value &element) {
  // The text is valid, so separators need no checking.
  while (pos != end && (isSpace(*pos) || *pos == ',' || *pos == ':'))
    ++pos;
  if (pos == end)
    return false;
  const char *start = pos;
  pos = skipValue(pos, end);
  element = Value(std::string_view(start, static_cast<size_t>(pos - start)));
  return true;
}

bool Value::Cursor::next(std::string &key, Value &value) {
  Value keyText;
  if (!next(keyText))
    return false;
  key = keyText.asString();
  return next(value);
}

Value dl::rt::detail::json::parse(std::string_view text, size_t maxDepth,
                                  Duplicate &firstDuplicate) {
  return Reader(text, maxDepth, &firstDuplicate).document();
}

bool dl::rt::detail::json::isValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t length = utf8Length(text.data() + i, text.size() - i);
    if (length == 0)
      return false;
    i += length;
  }
  return true;
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
