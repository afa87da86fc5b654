//===- json.h - Strict JSON reader and writer of the runtime ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Private to runtime/src. A safetensors header is the only JSON the runtime
// reads and writes, and it comes from elsewhere, so this is a validating
// reader of RFC 8259 JSON, not a general library: parse() checks the whole
// text once (grammar, UTF-8, escapes, nesting depth, duplicate keys) without
// building a tree, and Value then walks the validated text in place. That
// keeps memory proportional to the depth rather than to the header size, and
// keeps the runtime small (runtime/README.md, "Size").
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SRC_JSON_H
#define DL_RUNTIME_SRC_JSON_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dl::rt::detail::json {

/// Thrown by parse() for text that is not valid JSON or nests too deeply.
struct SyntaxError {
  /// 1-based position in the text of the offending byte; one past the end
  /// for a text that ends too early.
  size_t byte;
  /// What is wrong, e.g. "unexpected \"}\", expected a value".
  std::string problem;
  /// True when the text nests deeper than allowed (the text may still be
  /// valid JSON).
  bool tooDeep;
};

/// The first key parse() found twice in one object, if any.
struct Duplicate {
  bool found = false;
  /// The top-level key under which the object lies; empty when the
  /// duplicate is a key of the top-level object itself.
  std::string outerKey;
  /// The repeated key, decoded.
  std::string key;
};

/// One value inside text that parse() accepted: the bytes it spans, without
/// surrounding whitespace. Every accessor relies on that validation.
class Value {
public:
  Value() = default;
  explicit Value(std::string_view text) : text(text) {}

  /// The value's JSON text as it appears in the input.
  std::string_view raw() const { return text; }
  bool isObject() const { return text[0] == '{'; }
  bool isArray() const { return text[0] == '['; }
  bool isString() const { return text[0] == '"'; }
  /// True for a string, number, boolean or null.
  bool isPrimitive() const { return !isObject() && !isArray(); }
  /// "object", "array", "string", "number", "boolean" or "null".
  const char *typeName() const;

  /// The value of a number written as a non-negative integer without
  /// fraction or exponent that is at most `limit`; nullopt for anything else
  /// ("-0", "2.0" and "1e2" included).
  std::optional<uint64_t> asIndex(uint64_t limit) const;
  /// The decoded contents of a string.
  std::string asString() const;

  /// Number of elements of an array or members of an object.
  size_t size() const;

  /// Walks the members of an object or the elements of an array in order.
  class Cursor {
  public:
    explicit Cursor(const Value &container);
    /// Moves to the next element; false after the last one.
    bool next(Value &element);
    /// Moves to the next member; false after the last one.
    bool next(std::string &key, Value &value);

  private:
    const char *pos;
    const char *end;
  };

private:
  std::string_view text;
};

/// Validates `text` as a single JSON value, optionally surrounded by
/// whitespace, that nests at most `maxDepth` arrays and objects deep, and
/// returns it. Throws SyntaxError at the first byte that is wrong. Strings
/// must be valid UTF-8 and \u escapes must pair surrogates. Stores the first
/// key repeated within one object, in text order, in `firstDuplicate`.
Value parse(std::string_view text, size_t maxDepth, Duplicate &firstDuplicate);

/// True if `text` is valid UTF-8 (RFC 3629: no overlong forms, surrogates or
/// code points beyond U+10FFFF).
bool isValidUtf8(std::string_view text);

/// Appends `text`, which must be valid UTF-8, as a JSON string: quotes,
/// backslashes and control characters escaped exactly as the reference
/// safetensors writer (serde_json) escapes them.
void appendString(std::string &out, std::string_view text);

} // namespace dl::rt::detail::json

#endif // DL_RUNTIME_SRC_JSON_H
