//===- json.h - Strict JSON reader and writer of the runtime ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Private to runtime/src. A safetensors header is the only JSON the runtime
// reads and writes, and it comes from elsewhere, so reading means strict
// validation of RFC 8259 JSON. Document::parse() runs RapidJSON's SAX reader
// (rapidjson::Reader: recursive, in situ, numbers delivered as text) over
// the text once and builds a small flat tree from its events, adding what
// RapidJSON leaves to its user: UTF-8 validation, a nesting limit, duplicate
// keys, lone UTF-16 surrogate escapes, NUL bytes, and error messages that say
// where and what. Value is a handle into that tree. RapidJSON is included by
// json.cpp alone; nothing here exposes it. runtime/README.md, "The JSON
// reader", has the details and the costs in size and memory.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SRC_JSON_H
#define DL_RUNTIME_SRC_JSON_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl::rt::detail::json {

/// Thrown by Document::parse() for text that is not valid JSON or that
/// exceeds a limit of the reader.
struct SyntaxError {
  /// 1-based position in the text of the offending byte (the first byte of
  /// the escape, UTF-8 sequence or number it lies in, for those); one past
  /// the end for a text that ends too early.
  size_t byte;
  /// What is wrong, e.g. "unexpected \"}\", expected a value".
  std::string problem;
  /// True when the text nests deeper than allowed (the text may still be
  /// valid JSON).
  bool tooDeep;
  /// True when a number is beyond RapidJSON's range (about 1e308; `byte` is
  /// its first byte). The text may still be valid JSON: RFC 8259, section 6,
  /// lets a reader limit the range of numbers.
  bool numberTooLarge;
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

class Document;

/// One value of a parsed Document, or nothing when default-constructed.
/// Valid while its Document lives and is not parsed again.
class Value {
public:
  Value() = default;

  /// False for a Value that refers to nothing (default-constructed).
  explicit operator bool() const { return document != nullptr; }
  bool isObject() const;
  bool isArray() const;
  bool isString() const;
  /// True for a string, number, boolean or null.
  bool isPrimitive() const { return !isObject() && !isArray(); }
  /// "object", "array", "string", "number", "boolean" or "null".
  const char *typeName() const;

  /// The value of a number written as a non-negative integer without
  /// fraction or exponent that is at most `limit`; nullopt for anything else
  /// ("-0", "2.0" and "1e2" included).
  std::optional<uint64_t> asIndex(uint64_t limit) const;
  /// The decoded contents of a string (valid UTF-8; may hold NUL bytes).
  std::string asString() const;
  /// The JSON text of a string, number, boolean or null: a number as
  /// written, a string as appendString() writes its decoded contents
  /// (escapes may differ from the input's), "true", "false" or "null".
  /// Empty for an array or object.
  std::string text() const;

  /// Number of elements of an array or members of an object; 0 for others.
  size_t size() const;

  /// Walks the members of an object or the elements of an array in order.
  class Cursor {
  public:
    explicit Cursor(const Value &container);
    /// Moves to the next element (for an object, the next member's value);
    /// false after the last one.
    bool next(Value &element);
    /// Moves to the next member; false after the last one.
    bool next(std::string &key, Value &value);

  private:
    const Document *document;
    uint32_t position; // node of the next member's key or element
    uint32_t end;      // node past the container
  };

private:
  friend class Document;
  Value(const Document *document, uint32_t node)
      : document(document), node(node) {}

  const Document *document = nullptr;
  uint32_t node = 0;
};

/// A parsed JSON text: a copy of the text, in which RapidJSON decodes the
/// strings in place, and its values as a tree of small nodes in text order
/// (preorder) that point into the copy. Memory is the size of the text plus
/// 8 bytes per value; the Document does not refer to the text it parsed.
class Document {
public:
  Document() = default;
  Document(const Document &) = delete; // Values point to their Document
  Document &operator=(const Document &) = delete;

  /// Validates `text` as a single JSON value, optionally surrounded by
  /// whitespace, that nests at most `maxDepth` arrays and objects deep, and
  /// returns it. Throws SyntaxError at the first byte that is wrong, and
  /// std::bad_alloc when out of memory. Strings must be valid UTF-8 and \u
  /// escapes must pair surrogates; no NUL byte is allowed outside escapes.
  /// Stores the first key repeated within one object, in text order, in
  /// `firstDuplicate`. Texts of 512 MiB or more are refused. Replaces what an
  /// earlier call parsed.
  Value parse(std::string_view text, size_t maxDepth,
              Duplicate &firstDuplicate);

private:
  friend class Value;
  class Builder; // the SAX handler, in json.cpp

  enum class Kind : uint8_t {
    Object,
    Array,
    String,
    Number,
    Key,
    True, // the literals last (Value::text)
    False,
    Null
  };
  struct Node {
    /// Object, Array: member or element count. String, Number, Key: offset
    /// of the decoded string or the number's text in `buffer`. 29 bits, so
    /// that a node takes 8 bytes.
    uint32_t first : 29;
    uint32_t kindBits : 3; // a Kind
    /// Object, Array: index of the node past the container's last
    /// descendant. String, Number, Key: length of the text.
    uint32_t second;
    Kind kind() const { return static_cast<Kind>(kindBits); }
  };

  /// Index of the node after `index` and its descendants.
  uint32_t skip(uint32_t index) const;
  std::string_view string(const Node &node) const;

  /// An object is followed by a Key node before each member's value.
  std::vector<Node> nodes;
  /// The text, with strings decoded in place.
  std::string buffer;
};

/// True if `text` is valid UTF-8 (RFC 3629: no overlong forms, surrogates or
/// code points beyond U+10FFFF).
bool isValidUtf8(std::string_view text);

/// Appends `text`, which must be valid UTF-8, as a JSON string: quotes,
/// backslashes and control characters escaped exactly as the reference
/// safetensors writer (serde_json) escapes them.
void appendString(std::string &out, std::string_view text);

} // namespace dl::rt::detail::json

#endif // DL_RUNTIME_SRC_JSON_H
