//===- json_differential_test.cpp - The JSON reader against nlohmann_json -===//
// SPDX-License-Identifier: Apache-2.0
//
// The runtime reads safetensors headers with RapidJSON's SAX reader and a
// handler of its own that builds a small tree and adds checks (depth,
// duplicate keys, lone surrogate escapes, NUL bytes) and error messages
// (runtime/src/json.h). This suite cross-checks that reader, and so two
// independent libraries, against nlohmann_json with generated texts:
// safetensors-style headers and general JSON values,
// valid and mutated (flipped, inserted, deleted and duplicated bytes,
// truncation, odd escapes and surrogates, invalid UTF-8, numbers of every
// shape, duplicate keys in escaped spellings, whitespace variants, nesting
// around the depth limit). For each text it checks that
//
//  - the reader accepts exactly the texts nlohmann_json's parser accepts
//    (nlohmann::json::sax_parse, the parser behind nlohmann::json::parse),
//    save for the documented differences listed below;
//  - for accepted texts, walking the reader's Values yields the same values
//    in the same order (keys, strings, integers, literals, the text of other
//    numbers, duplicate members included) as nlohmann_json's SAX events, and
//    the tree nlohmann::json::parse builds equals one built from the reader;
//    each scalar's Value::text() reads back as the same value;
//  - the duplicate key the reader reports is the first one in text order,
//    under the right top-level key;
//  - for rejected texts, the reported byte is the first one that cannot
//    continue valid JSON, or lies in the same escape, or starts the escape or
//    UTF-8 sequence it lies in; judged by asking nlohmann_json about the
//    text's prefixes.
//
// Differences that follow from the reader's contract (json.h,
// runtime/README.md "The JSON reader"), accounted for explicitly:
//
//  - depth: parse() rejects, with tooDeep set, the first array or object
//    nested deeper than its limit; nlohmann_json has no limit;
//  - duplicate keys: both accept them (nlohmann_json keeps the last member);
//    the reader reports the first one for its caller to reject;
//  - numbers of huge magnitude: RFC 8259 (section 6) lets a reader limit
//    the range of numbers, and the two draw the line differently.
//    nlohmann_json rejects a number whose value overflows a double (1e400,
//    1.8e308; out_of_range 406): the test substitutes a finite number for
//    each before asking nlohmann_json again. RapidJSON judges by the digits
//    instead: it rejects an exponent above 308 plus the fraction digits, or
//    an integer part of about 309 digits or more, whatever the value (1e400,
//    and 0e400 too, which is 0), and accepts 1.8e308 and 10e308, which
//    overflow. The reader reports its refusals with numberTooLarge at the
//    number's first byte; the test checks that the number there is beyond
//    that line, puts 0 in its place and compares the rest. For numbers the
//    reader accepts, it expects their text unchanged;
//  - a UTF-8 byte order mark before the value: nlohmann_json skips it, the
//    reader, which allows only whitespace around the value, rejects it.
//
// nlohmann_json also takes a NUL byte outside strings for the end of the
// input (it parses C strings too), where JSON allows none: the test hands it
// 0x01 in place of NUL, a byte JSON rejects in exactly the same places.
//
// These differences are RapidJSON's (the runtime's earlier hand-written
// reader accepted every number the grammar allows). Otherwise the two
// libraries agree on every text here; RapidJSON 1.1.0 alone would accept a
// lone low surrogate escape (\udc00), which the reader's handler rejects.
//
// The generator is deterministic: a fixed seed per family and a portable
// generator (no <random> distributions, whose output differs between standard
// libraries). Seven families of 10,000 texts (5,000 for the costlier deep
// ones) take about 1.2 s in a release build; sanitizer builds define a
// smaller DL_JSON_DIFFERENTIAL_CASES. Each family records what it exercised
// (accepted, rejected, too deep, duplicate keys, ...) as test properties
// (--gtest_output=xml). For a longer run, set the environment variables
// DL_JSON_DIFFERENTIAL_CASES (texts per family) and DL_JSON_DIFFERENTIAL_SEED
// (added to each family's seed).
//
//===----------------------------------------------------------------------===//

#include "json.h" // runtime/src; linked from the static runtime library

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace json = dl::rt::detail::json;
using Json = nlohmann::json;

namespace {

#ifndef DL_JSON_DIFFERENTIAL_CASES
#define DL_JSON_DIFFERENTIAL_CASES 10000
#endif

/// The depth limit the safetensors reader uses (kMaxNesting).
constexpr size_t kSafetensorsDepth = 16;

/// Stops a family after this many failing texts.
constexpr int kMaxFailures = 10;

size_t casesPerFamily() {
  if (const char *text = std::getenv("DL_JSON_DIFFERENTIAL_CASES"))
    return std::strtoull(text, nullptr, 10);
  return DL_JSON_DIFFERENTIAL_CASES;
}

uint64_t seedOffset() {
  if (const char *text = std::getenv("DL_JSON_DIFFERENTIAL_SEED"))
    return std::strtoull(text, nullptr, 10);
  return 0;
}

/// SplitMix64: the same sequence on every platform and standard library.
class Rng {
public:
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }
  /// A number in [0, n); n must be positive.
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename T, size_t N>
  const T &pick(const T (&items)[N]) {
    return items[below(N)];
  }

private:
  uint64_t state;
};

/// `bytes` in double quotes, printable ASCII as is and other bytes as \xNN.
std::string show(std::string_view bytes) {
  std::string out = "\"";
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte < 0x7f) {
      out += c;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof(hex), "\\x%02x", byte);
      out += hex;
    }
  }
  return out + '"';
}

bool startsWithBom(std::string_view text) {
  return text.substr(0, 3) == "\xef\xbb\xbf";
}

//===----------------------------------------------------------------------===//
// The reference: nlohmann_json
//===----------------------------------------------------------------------===//

/// Put in place of a number nlohmann_json rejects as too large for a double.
/// The generator never writes it.
constexpr std::string_view kOverflowStandIn = "-0.0E-0000000";

/// What nlohmann_json makes of a text.
struct Reference {
  bool accepted = false;
  /// nlohmann_json's position of a rejection: bytes read, one past the end
  /// of the text when it ran out of input.
  size_t errorPosition = 0;
  /// nlohmann_json's message for a rejection.
  std::string errorMessage;
  /// The text nlohmann_json parsed: the input with kOverflowStandIn in place
  /// of each number too large for a double.
  std::string text;
  /// The numbers replaced, in text order.
  std::vector<std::string> overflows;
  /// The deepest nesting of arrays and objects seen, up to the error if any.
  size_t maxDepth = 0;
  bool topIsObject = false;
  /// The first key repeated within one object, as the reader reports it
  /// (only when tracing).
  json::Duplicate duplicate;
  /// The SAX events, in the notation of traceValue(), when asked for.
  std::vector<std::string> events;
};

/// Records nlohmann_json's SAX events and what the reader's contract
/// depends on: depth and duplicate keys.
class ReferenceSax final : public nlohmann::json_sax<Json> {
public:
  /// Without `trace`, records neither events nor duplicate keys.
  ReferenceSax(Reference &result, bool trace) : result(result), trace(trace) {}

  bool null() override { return event("null"); }
  bool boolean(bool value) override { return event(value ? "true" : "false"); }
  bool number_integer(number_integer_t value) override {
    return trace ? event("integer " + std::to_string(value)) : true;
  }
  bool number_unsigned(number_unsigned_t value) override {
    return trace ? event("unsigned " + std::to_string(value)) : true;
  }
  bool number_float(number_float_t, const string_t &text) override {
    return trace ? event("number " + text) : true;
  }
  bool string(string_t &value) override {
    return trace ? event("string " + show(value)) : true;
  }
  bool binary(binary_t &) override { return false; } // not in JSON text
  bool start_object(std::size_t) override {
    if (frames.empty())
      result.topIsObject = true;
    open();
    return event("{");
  }
  bool key(string_t &key) override {
    if (!trace)
      return true;
    Frame &frame = frames.back();
    if (!frame.keys.insert(key).second && !result.duplicate.found) {
      result.duplicate.found = true;
      result.duplicate.key = key;
      if (frames.size() > 1 && result.topIsObject)
        result.duplicate.outerKey = topKey;
    }
    if (frames.size() == 1)
      topKey = key;
    return event("key " + show(key));
  }
  bool end_object() override {
    frames.pop_back();
    return event("}");
  }
  bool start_array(std::size_t) override {
    open();
    return event("[");
  }
  bool end_array() override {
    frames.pop_back();
    return event("]");
  }
  bool parse_error(std::size_t position, const std::string &lastToken,
                   const nlohmann::json::exception &error) override {
    errorPosition = position;
    errorToken = lastToken;
    errorMessage = error.what();
    errorId = error.id;
    return false;
  }

  size_t errorPosition = 0;
  std::string errorToken;
  std::string errorMessage;
  int errorId = 0;

private:
  struct Frame {
    std::set<std::string> keys;
  };

  void open() {
    frames.emplace_back();
    if (frames.size() > result.maxDepth)
      result.maxDepth = frames.size();
  }
  bool event(std::string text) {
    if (trace)
      result.events.push_back(std::move(text));
    return true;
  }

  Reference &result;
  bool trace;
  std::vector<Frame> frames;
  std::string topKey;
};

/// Runs nlohmann_json on `text`. Throws std::logic_error when nlohmann_json
/// fails in a way the test does not know.
Reference reference(std::string_view text, bool trace) {
  // nlohmann_json takes a NUL byte outside strings for the end of the input
  // (it parses C strings too). JSON allows a NUL byte nowhere, like 0x01.
  std::string current(text);
  std::replace(current.begin(), current.end(), '\0', '\x01');
  std::vector<std::string> overflows;
  for (;;) {
    Reference result;
    ReferenceSax sax(result, trace);
    result.accepted = Json::sax_parse(current, &sax);
    if (!result.accepted && sax.errorId == 406) {
      // "number overflow parsing '<token>'", reported right after the token.
      const std::string &token = sax.errorToken;
      size_t end = sax.errorPosition;
      if (token.empty() || token.size() > end ||
          current.compare(end - token.size(), token.size(), token) != 0)
        throw std::logic_error("cannot find the overflowing number " +
                               show(token) + " before byte " +
                               std::to_string(end));
      current.replace(end - token.size(), token.size(), kOverflowStandIn);
      overflows.push_back(token);
      continue;
    }
    if (!result.accepted && sax.errorId != 101)
      throw std::logic_error("nlohmann_json error " +
                             std::to_string(sax.errorId));
    if (text.find(kOverflowStandIn) != std::string_view::npos)
      throw std::logic_error("the generator wrote kOverflowStandIn");
    result.errorPosition = sax.errorPosition;
    result.errorMessage = std::move(sax.errorMessage);
    result.text = std::move(current);
    result.overflows = std::move(overflows);
    size_t replaced = 0;
    for (std::string &event : result.events)
      if (event.compare(0, 7, "number ") == 0 &&
          event.compare(7, std::string::npos, kOverflowStandIn) == 0)
        event = "number " + result.overflows.at(replaced++);
    return result;
  }
}

/// Whether nlohmann_json accepts `text` or fails only for want of more
/// input; nullopt if it failed within a token cut short at the end, with
/// nlohmann_json's message in `message`.
std::optional<bool> endsViably(std::string_view text, std::string &message) {
  Reference result = reference(text, false);
  if (result.accepted)
    return true;
  if (result.errorPosition <= result.text.size())
    return false; // a byte in the text is wrong
  if (result.errorMessage.find("unexpected end of input") != std::string::npos)
    return true; // the parser wanted another token
  message = std::move(result.errorMessage);
  return std::nullopt;
}

/// True if `prefix` can be continued into valid JSON. When the prefix ends
/// inside a token, nlohmann_json's lexer fails at the end before its parser
/// sees the token, so the token is completed in each way that can matter
/// and the prefix is viable if one of them is.
bool isViablePrefix(std::string_view prefix) {
  // Completions by nlohmann_json's complaint about the cut token; the empty
  // complaint, last, matches any other and tries all of them.
  struct Completions {
    const char *complaint;
    std::vector<const char *> suffixes;
  };
  static const Completions table[] = {
      {"invalid literal",
       {"rue", "ue", "e", "alse", "lse", "se", "ull", "ll", "l"}},
      {"invalid number", {"0"}},
      {"missing closing quote", {"\""}},
      {"after backslash", {"n\""}},
      {"4 hex digits",
       {"0000\"", "000\"", "00\"", "0\"", "00\\udc00\"", "0\\udc00\"",
        "dc00\"", "c00\""}},
      {"must be followed by U+DC00", {"\\udc00\"", "udc00\""}},
      {"UTF-8",
       {"\x80\"", "\x80\x80\"", "\x80\x80\x80\"", "\xa0\x80\"",
        "\x90\x80\x80\""}},
      {"",
       {"0", "rue", "ue", "e", "alse", "lse", "se", "ull", "ll", "l", "\"",
        "n\"", "0000\"", "000\"", "00\"", "0\"", "00\\udc00\"",
        "0\\udc00\"", "\\udc00\"", "udc00\"", "dc00\"", "c00\"", "\x80\"",
        "\x80\x80\"", "\x80\x80\x80\"", "\xa0\x80\"", "\x90\x80\x80\""}},
  };
  std::string message;
  if (std::optional<bool> viable = endsViably(prefix, message))
    return *viable;
  const Completions *entry = table;
  while (message.find(entry->complaint) == std::string::npos)
    ++entry;
  std::string text(prefix), ignored;
  for (const char *suffix : entry->suffixes)
    if (endsViably(text + suffix, ignored).value_or(false))
      return true;
  return false;
}

/// The length of the escape at text[at] (a backslash), a surrogate pair
/// counted whole; the length of "\\" and other escapes for a text the
/// grammar does not allow.
size_t escapeLength(std::string_view text, size_t at) {
  if (at + 1 >= text.size() || text[at + 1] != 'u')
    return 2;
  std::string hex(text.substr(at + 2, 4));
  if (hex.size() == 4 && hex.find_first_not_of("0123456789abcdefABCDEF") ==
                             std::string::npos) {
    unsigned long unit = std::strtoul(hex.c_str(), nullptr, 16);
    if (unit >= 0xd800 && unit <= 0xdbff)
      return 12;
  }
  return 6;
}

//===----------------------------------------------------------------------===//
// The reader under test
//===----------------------------------------------------------------------===//

struct Outcome {
  bool accepted = false;
  /// Owns the tree `value` points into.
  std::unique_ptr<json::Document> document = std::make_unique<json::Document>();
  json::Value value;
  json::Duplicate duplicate;
  json::SyntaxError error{};
};

Outcome parseWithReader(std::string_view text, size_t maxDepth) {
  Outcome outcome;
  try {
    outcome.value = outcome.document->parse(text, maxDepth, outcome.duplicate);
    outcome.accepted = true;
  } catch (const json::SyntaxError &error) {
    outcome.error = error;
  }
  return outcome;
}

/// Appends the events of walking `value` with the reader's API to `events`,
/// in the notation of ReferenceSax, and API inconsistencies to `problems`.
void traceValue(const json::Value &value, std::vector<std::string> &events,
                std::string &problems) {
  if (!value) {
    problems += "a Value refers to nothing\n";
    return;
  }
  // A scalar's JSON text; empty for arrays and objects.
  std::string raw = value.text();
  std::string type = value.typeName();
  bool consistent =
      value.isObject() == (type == "object") &&
      value.isArray() == (type == "array") &&
      value.isString() == (type == "string") &&
      value.isPrimitive() == (type != "object" && type != "array");
  if (!consistent)
    problems += "the type predicates disagree with typeName() \"" + type +
                "\" for " + show(raw) + "\n";
  // Every scalar's text must read back as the same value.
  if (value.isPrimitive()) {
    json::Document document;
    json::Duplicate ignored;
    try {
      json::Value again = document.parse(raw, 0, ignored);
      if (again.text() != raw || again.typeName() != type ||
          again.asString() != value.asString())
        problems += "the value " + show(raw) + " reads back differently\n";
    } catch (const json::SyntaxError &) {
      problems += "the value " + show(raw) + " is not valid JSON on its own\n";
    }
  } else if (!raw.empty()) {
    problems += "Value::text() of a container is " + show(raw) + "\n";
  }

  if (value.isObject() || value.isArray()) {
    events.push_back(value.isObject() ? "{" : "[");
    json::Value::Cursor cursor(value);
    size_t count = 0;
    json::Value element;
    std::string key;
    while (value.isObject() ? cursor.next(key, element)
                            : cursor.next(element)) {
      if (value.isObject())
        events.push_back("key " + show(key));
      traceValue(element, events, problems);
      ++count;
    }
    if (value.size() != count)
      problems += "size() is " + std::to_string(value.size()) + " but " +
                  std::to_string(count) + " elements were walked in " +
                  show(raw) + "\n";
    events.push_back(value.isObject() ? "}" : "]");
    return;
  }
  if (type == "string") {
    events.push_back("string " + show(value.asString()));
    return;
  }
  if (type == "boolean" || type == "null") {
    events.emplace_back(raw);
    return;
  }
  if (type != "number") {
    problems += "unknown typeName() \"" + type + "\"\n";
    return;
  }
  // Numbers in nlohmann_json's terms: unsigned or negative 64-bit integers,
  // anything else (fractions, exponents, larger integers) by its text.
  std::optional<uint64_t> index =
      value.asIndex(std::numeric_limits<uint64_t>::max());
  if (index) {
    if (std::to_string(*index) != raw)
      problems += "asIndex() of " + show(raw) + " is " +
                  std::to_string(*index) + "\n";
    if (value.asIndex(*index) != index ||
        (*index > 0 && value.asIndex(*index - 1)))
      problems += "asIndex() ignores its limit for " + show(raw) + "\n";
    events.push_back("unsigned " + std::to_string(*index));
    return;
  }
  // All digits but too large for asIndex: a double for nlohmann_json.
  bool negativeInteger =
      raw[0] == '-' &&
      raw.find_first_not_of("0123456789", 1) == std::string_view::npos;
  if (negativeInteger) {
    std::string text(raw);
    errno = 0;
    long long number = std::strtoll(text.c_str(), nullptr, 10);
    if (errno == 0) {
      events.push_back("integer " + std::to_string(number));
      return;
    }
  }
  events.push_back("number " + std::string(raw));
}

/// The reader's view of `value` as an nlohmann::json (objects keep the last
/// of duplicate members, as nlohmann_json does). `value` must hold no number
/// too large for a double.
Json toJson(const json::Value &value) {
  if (value.isObject()) {
    Json object = Json::object();
    json::Value::Cursor cursor(value);
    std::string key;
    for (json::Value member; cursor.next(key, member);)
      object[key] = toJson(member);
    return object;
  }
  if (value.isArray()) {
    Json array = Json::array();
    json::Value::Cursor cursor(value);
    for (json::Value element; cursor.next(element);)
      array.push_back(toJson(element));
    return array;
  }
  if (value.isString())
    return value.asString();
  std::string raw = value.text();
  if (raw == "true" || raw == "false")
    return raw == "true";
  if (raw == "null")
    return nullptr;
  if (std::optional<uint64_t> index =
          value.asIndex(std::numeric_limits<uint64_t>::max()))
    return *index;
  if (raw[0] == '-' && raw.find_first_not_of("0123456789", 1) == raw.npos) {
    errno = 0;
    long long number = std::strtoll(raw.c_str(), nullptr, 10);
    if (errno == 0)
      return static_cast<int64_t>(number);
  }
  return std::strtod(raw.c_str(), nullptr);
}

std::string describe(const json::Duplicate &duplicate) {
  if (!duplicate.found)
    return "none";
  return "key " + show(duplicate.key) + " under " + show(duplicate.outerKey);
}

std::string describe(const json::SyntaxError &error) {
  return std::string(error.tooDeep ? "too deep" : "syntax error") +
         " at byte " + std::to_string(error.byte) + ": " + error.problem;
}

/// Checks where the reader rejected `text`, against the first byte that
/// cannot continue valid JSON (or the end of the text): the reported byte
/// must be that byte, or lie in the same escape (a surrogate pair counted
/// whole), or start the escape or UTF-8 sequence that byte lies in.
std::string checkErrorByte(std::string_view text,
                           const json::SyntaxError &error) {
  size_t byte = error.byte;
  if (byte < 1 || byte > text.size() + 1)
    return "the reader reported byte " + std::to_string(byte) + " of " +
           std::to_string(text.size());
  if (!isViablePrefix(text.substr(0, byte - 1))) {
    // Fine if a byte of an escape is wrong and the reported byte lies in it.
    bool inEscape = false;
    for (size_t at = byte - 1; at-- > 0 && at + 12 >= byte - 1 && !inEscape;)
      inEscape = text[at] == '\\' && byte - 1 < at + escapeLength(text, at) &&
                 isViablePrefix(text.substr(0, at));
    if (!inEscape)
      return "the reader reported byte " + std::to_string(byte) +
             ", after the first byte that cannot continue valid JSON";
    return {};
  }
  if (byte == text.size() + 1)
    return {};
  char first = text[byte - 1];
  size_t window = first == '\\'                              ? 12
                  : static_cast<unsigned char>(first) >= 0x80 ? 4
                                                              : 1;
  for (size_t length = 1; length <= window; ++length)
    if (byte - 1 + length > text.size() ||
        !isViablePrefix(text.substr(0, byte - 1 + length)))
      return {};
  return "the reader reported byte " + std::to_string(byte) +
         ", before the first byte that cannot continue valid JSON";
}

/// What the texts of a family exercised, recorded as test properties.
struct Stats {
  size_t accepted = 0, rejected = 0, tooDeep = 0, duplicates = 0, overflows = 0,
         tooLarge = 0, byteOrderMarks = 0;
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// The length of the JSON number at text[at] (the longest prefix the
/// grammar allows), 0 if none starts there; its integer digits and its
/// exponent (saturated; negative when written with a minus sign) in
/// `integerDigits` and `exponent`.
size_t numberAt(std::string_view text, size_t at, size_t &integerDigits,
                long &exponent) {
  size_t i = at;
  auto digitsFrom = [&](size_t from) {
    size_t end = from;
    while (end < text.size() && isDigit(text[end]))
      ++end;
    return end - from;
  };
  if (i < text.size() && text[i] == '-')
    ++i;
  integerDigits = i < text.size() && text[i] == '0' ? 1 : digitsFrom(i);
  if (integerDigits == 0)
    return 0;
  i += integerDigits;
  if (i + 1 < text.size() && text[i] == '.' && isDigit(text[i + 1]))
    i += 1 + digitsFrom(i + 1);
  exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    size_t j = i + 1;
    bool minus = j < text.size() && text[j] == '-';
    if (j < text.size() && (text[j] == '+' || text[j] == '-'))
      ++j;
    if (size_t n = digitsFrom(j)) {
      for (size_t k = j; k < j + n; ++k)
        exponent = std::min(exponent * 10 + (text[k] - '0'), 1000000L);
      if (minus)
        exponent = -exponent;
      i = j + n;
    }
  }
  return i - at;
}

/// Compares the reader with nlohmann_json on `original` with nesting
/// limited to `maxDepth`; returns what differs, or nothing.
std::string compare(const std::string &original, size_t maxDepth,
                    Stats *stats = nullptr) {
  Stats ignored;
  if (!stats)
    stats = &ignored;
  std::string text = original;
  Outcome ours = parseWithReader(text, maxDepth);
  ++(ours.accepted ? stats->accepted : stats->rejected);
  if (startsWithBom(text)) {
    ++stats->byteOrderMarks;
    if (ours.accepted || ours.error.tooDeep || ours.error.byte != 1)
      return "the reader did not reject the byte order mark at byte 1";
    return {};
  }
  // A number beyond RapidJSON's range (see the top of the file) must start
  // at the reported byte and have an exponent of at least 309 or an integer
  // part of at least 300 digits. It is replaced by 0, and the comparison
  // goes on with the rest of the text.
  while (!ours.accepted && ours.error.numberTooLarge) {
    size_t at = ours.error.byte - 1, integerDigits = 0;
    long exponent = 0;
    size_t length = numberAt(text, at, integerDigits, exponent);
    bool startsToken = at == 0 || !(isDigit(text[at - 1]) ||
                                    text[at - 1] == '-' || text[at - 1] == '.');
    if (length == 0 || !startsToken || (integerDigits < 300 && exponent < 309))
      return "the reader refused as too large the number at byte " +
             std::to_string(ours.error.byte) + ": " +
             show(text.substr(at, std::max<size_t>(length, 12)));
    ++stats->tooLarge;
    text.replace(at, length, "0");
    ours = parseWithReader(text, maxDepth);
  }
  Reference theirs = reference(text, true);
  stats->overflows += theirs.overflows.size();

  if (theirs.maxDepth > maxDepth) {
    ++stats->tooDeep;
    // The reader must stop at the first bracket beyond the limit.
    if (ours.accepted)
      return "the reader accepted a text nesting " +
             std::to_string(theirs.maxDepth) + " deep";
    if (!ours.error.tooDeep)
      return "the reader reported a " + describe(ours.error) +
             " instead of nesting too deep (" +
             std::to_string(theirs.maxDepth) + " levels)";
    std::string_view upTo(text.data(), std::min(ours.error.byte, text.size()));
    if (reference(upTo, false).maxDepth != maxDepth + 1 ||
        reference(upTo.substr(0, upTo.size() - 1), false).maxDepth !=
            maxDepth)
      return "the reader reported nesting too deep at byte " +
             std::to_string(ours.error.byte) +
             ", not at the first bracket beyond the limit";
    return {};
  }

  if (!theirs.accepted) {
    if (ours.accepted)
      return "the reader accepted a text nlohmann_json rejects (at its "
             "position " +
             std::to_string(theirs.errorPosition) + ")";
    if (ours.error.tooDeep)
      return "the reader reported nesting too deep at byte " +
             std::to_string(ours.error.byte) + " of a text nesting " +
             std::to_string(theirs.maxDepth) + " deep";
    if (std::string problem = checkErrorByte(text, ours.error);
        !problem.empty())
      return problem + " (" + describe(ours.error) + ")";
    return {};
  }

  if (!ours.accepted)
    return "the reader rejected a text nlohmann_json accepts: " +
           describe(ours.error);
  std::string problems;
  std::vector<std::string> events;
  traceValue(ours.value, events, problems);
  if (events != theirs.events) {
    size_t i = 0;
    while (i < events.size() && i < theirs.events.size() &&
           events[i] == theirs.events[i])
      ++i;
    problems += "values differ at event " + std::to_string(i) + ": reader " +
                (i < events.size() ? events[i] : "(end)") +
                ", nlohmann_json " +
                (i < theirs.events.size() ? theirs.events[i] : "(end)") +
                "\n";
  }
  stats->duplicates += theirs.duplicate.found;
  bool compareOuterKey = theirs.topIsObject;
  if (ours.duplicate.found != theirs.duplicate.found ||
      ours.duplicate.key != theirs.duplicate.key ||
      (compareOuterKey &&
       ours.duplicate.outerKey != theirs.duplicate.outerKey))
    problems += "first duplicate key: reader " + describe(ours.duplicate) +
                ", nlohmann_json " + describe(theirs.duplicate) + "\n";
  if (theirs.overflows.empty()) {
    // The tree nlohmann::json::parse builds, member for member.
    Json tree = Json::parse(text);
    if (tree != toJson(ours.value))
      problems += "nlohmann::json::parse gives " + tree.dump() +
                  ", the reader " + toJson(ours.value).dump() + "\n";
  }
  return problems;
}

//===----------------------------------------------------------------------===//
// Generating texts
//===----------------------------------------------------------------------===//

/// JSON whitespace between tokens, usually none.
std::string space(Rng &rng) {
  static const char *const runs[] = {" ", "\t", "\n", "\r", "  ", "\r\n",
                                     " \t ", "\n    "};
  std::string out;
  if (rng.chance(75))
    return out;
  for (size_t n = 1 + rng.below(2); n > 0; --n)
    out += rng.pick(runs);
  return out;
}

uint32_t randomCodePoint(Rng &rng) {
  static const uint32_t edges[] = {0x0,    0x1f,   0x20,    0x7f,   0x80,
                                   0x7ff,  0x800,  0xd7ff,  0xe000, 0xfeff,
                                   0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff};
  static const char specials[] = "\"\\/.-_:,[]{} \t\n";
  switch (rng.below(10)) {
  case 0:
    return rng.pick(edges);
  case 1:
    return static_cast<unsigned char>(specials[rng.below(sizeof(specials) - 1)]);
  case 2:
    return static_cast<uint32_t>(rng.below(0x20)); // control characters
  case 3:
    return static_cast<uint32_t>(0x80 + rng.below(0x800 - 0x80));
  case 4: {
    uint32_t c = static_cast<uint32_t>(0x800 + rng.below(0x10000 - 0x800));
    return c >= 0xd800 && c <= 0xdfff ? c + 0x800 : c;
  }
  case 5:
    return static_cast<uint32_t>(0x10000 + rng.below(0x100000));
  default:
    return static_cast<uint32_t>(0x20 + rng.below(0x5f)); // printable ASCII
  }
}

std::string hex4(Rng &rng, uint32_t unit) {
  char text[8];
  std::snprintf(text, sizeof(text), rng.chance(50) ? "\\u%04x" : "\\u%04X",
                unit);
  return text;
}

/// `codePoints` as a JSON string, each written raw or escaped at random
/// (control characters always escaped): different spellings of equal
/// strings, for duplicate keys.
std::string encodeString(Rng &rng, const std::u32string &codePoints) {
  std::string out = "\"";
  for (char32_t c : codePoints) {
    bool escape = rng.chance(15);
    if (c == '/') {
      out += !escape ? "/" : rng.chance(50) ? "\\/" : hex4(rng, '/');
      continue;
    }
    const char *shortEscape = nullptr;
    switch (c) {
    case '"':
      shortEscape = "\\\"";
      break;
    case '\\':
      shortEscape = "\\\\";
      break;
    case '\b':
      shortEscape = "\\b";
      break;
    case '\f':
      shortEscape = "\\f";
      break;
    case '\n':
      shortEscape = "\\n";
      break;
    case '\r':
      shortEscape = "\\r";
      break;
    case '\t':
      shortEscape = "\\t";
      break;
    default:
      break;
    }
    if (shortEscape && (!escape || rng.chance(50))) {
      out += shortEscape;
    } else if (escape || shortEscape || c < 0x20) {
      if (c >= 0x10000) {
        uint32_t v = static_cast<uint32_t>(c) - 0x10000;
        out += hex4(rng, 0xd800 + (v >> 10));
        out += hex4(rng, 0xdc00 + (v & 0x3ff));
      } else {
        out += hex4(rng, static_cast<uint32_t>(c));
      }
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      char bytes[4];
      size_t length = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      uint32_t rest = static_cast<uint32_t>(c);
      for (size_t i = length - 1; i > 0; --i) {
        bytes[i] = static_cast<char>(0x80 | (rest & 0x3f));
        rest >>= 6;
      }
      static const unsigned char leads[] = {0, 0, 0xc0, 0xe0, 0xf0};
      bytes[0] = static_cast<char>(leads[length] | rest);
      out.append(bytes, length);
    }
  }
  return out + '"';
}

std::u32string randomName(Rng &rng) {
  static const char *const parts[] = {"model", "layers", "weight", "bias",
                                      "embed", "w",      "dtype",  "shape",
                                      "x",     "a"};
  std::u32string name;
  if (rng.chance(70)) {
    for (size_t n = 1 + rng.below(3); n > 0; --n) {
      if (!name.empty())
        name += rng.chance(80) ? U'.' : U'/';
      for (const char *c = rng.pick(parts); *c; ++c)
        name += static_cast<char32_t>(*c);
      if (rng.chance(30))
        name += static_cast<char32_t>('0' + rng.below(10));
    }
  } else {
    for (size_t n = rng.below(6); n > 0; --n)
      name += static_cast<char32_t>(randomCodePoint(rng));
  }
  return name;
}

/// Any number JSON allows, sometimes near the limits of 64-bit integers and
/// doubles.
std::string randomNumber(Rng &rng) {
  static const char *const edges[] = {
      "0",
      "-0",
      "18446744073709551615",
      "18446744073709551616",
      "9223372036854775807",
      "9223372036854775808",
      "-9223372036854775808",
      "-9223372036854775809",
      "1.7976931348623157e308",
      "1.7976931348623159e308",
      "1e308",
      "1e309",
      "-1e400",
      "1E+400",
      "0e400",
      "4.9e-324",
      "2e-324",
      "1e-400",
      "1e0000000000000000000001",
      "123456789012345678901234567890",
      "0.000000000000000000000000000000000001",
      "-0.0",
      "1.5e3",
      "2.0",
  };
  if (rng.chance(10))
    return rng.pick(edges);
  std::string out;
  if (rng.chance(25))
    out += '-';
  if (rng.chance(25)) {
    out += '0';
  } else {
    out += static_cast<char>('1' + rng.below(9));
    for (size_t n = rng.chance(5) ? rng.below(30) : rng.below(5); n > 0; --n)
      out += static_cast<char>('0' + rng.below(10));
  }
  if (rng.chance(20)) {
    out += '.';
    for (size_t n = 1 + rng.below(6); n > 0; --n)
      out += static_cast<char>('0' + rng.below(10));
  }
  if (rng.chance(15)) {
    out += rng.chance(50) ? 'e' : 'E';
    static const char *const signs[] = {"", "+", "-"};
    out += rng.pick(signs);
    static const char *const exponents[] = {"0",   "1",   "2",    "10",
                                            "308", "309", "324",  "400",
                                            "00",  "007", "0400", "99999"};
    out += rng.pick(exponents);
  }
  return out;
}

void appendValue(Rng &rng, std::string &out, size_t depth, size_t maxDepth);

void appendObject(Rng &rng, std::string &out, size_t depth, size_t maxDepth) {
  out += '{';
  out += space(rng);
  std::vector<std::u32string> keys;
  for (size_t n = rng.below(5), i = 0; i < n; ++i) {
    if (i > 0)
      out += ',' + space(rng);
    // Now and then a key again, maybe spelled differently.
    if (!keys.empty() && rng.chance(8))
      keys.push_back(keys[rng.below(keys.size())]);
    else
      keys.push_back(randomName(rng));
    out += encodeString(rng, keys.back()) + space(rng) + ':' + space(rng);
    appendValue(rng, out, depth + 1, maxDepth);
    out += space(rng);
  }
  out += '}';
}

void appendArray(Rng &rng, std::string &out, size_t depth, size_t maxDepth) {
  out += '[';
  out += space(rng);
  for (size_t n = rng.below(5), i = 0; i < n; ++i) {
    if (i > 0)
      out += ',' + space(rng);
    appendValue(rng, out, depth + 1, maxDepth);
    out += space(rng);
  }
  out += ']';
}

/// A random value whose arrays and objects nest at most `maxDepth` deep,
/// counting from `depth`.
void appendValue(Rng &rng, std::string &out, size_t depth, size_t maxDepth) {
  size_t kind = rng.below(depth < maxDepth ? 9 : 6);
  switch (kind) {
  case 0:
  case 1:
    out += encodeString(rng, randomName(rng));
    return;
  case 2:
  case 3:
    out += randomNumber(rng);
    return;
  case 4: {
    static const char *const literals[] = {"true", "false", "null"};
    out += rng.pick(literals);
    return;
  }
  case 5:
    out += encodeString(rng, randomName(rng));
    return;
  case 6:
  case 7:
    return appendObject(rng, out, depth, maxDepth);
  default:
    return appendArray(rng, out, depth, maxDepth);
  }
}

/// A safetensors header as writers produce it and as a hostile file might
/// bend it: tensor entries, maybe __metadata__, duplicate names in other
/// spellings, extra or missing fields, entries of other types, padding.
std::string safetensorsHeader(Rng &rng) {
  static const char *const dtypes[] = {"F32", "F64", "I32", "I64", "U8",
                                       "BOOL", "F16", "f32", ""};
  std::string out = "{" + space(rng);
  bool first = true;
  auto startMember = [&](const std::string &key) {
    if (!first)
      out += ',' + space(rng);
    first = false;
    out += key + space(rng) + ':' + space(rng);
  };
  auto text = [](const char *ascii) {
    std::u32string result;
    for (const char *c = ascii; *c; ++c)
      result += static_cast<char32_t>(*c);
    return result;
  };
  if (rng.chance(40)) {
    startMember(encodeString(rng, text("__metadata__")));
    out += '{' + space(rng);
    std::vector<std::u32string> keys;
    for (size_t n = rng.below(4), i = 0; i < n; ++i) {
      if (i > 0)
        out += ',' + space(rng);
      if (!keys.empty() && rng.chance(10))
        keys.push_back(keys[rng.below(keys.size())]);
      else
        keys.push_back(rng.chance(50) ? text("format") : randomName(rng));
      out += encodeString(rng, keys.back()) + space(rng) + ':' + space(rng) +
             encodeString(rng, rng.chance(50) ? text("pt") : randomName(rng)) +
             space(rng);
    }
    out += '}';
  }
  std::vector<std::u32string> names;
  uint64_t offset = 0;
  for (size_t n = rng.below(5); n > 0; --n) {
    if (!names.empty() && rng.chance(10))
      names.push_back(names[rng.below(names.size())]);
    else
      names.push_back(randomName(rng));
    startMember(encodeString(rng, names.back()));
    if (rng.chance(5)) {
      appendValue(rng, out, 1, 3);
      continue;
    }
    std::vector<std::string> fields;
    fields.push_back(encodeString(rng, text("dtype")) + space(rng) + ':' +
                     space(rng) + '"' + rng.pick(dtypes) + '"');
    std::string shape = encodeString(rng, text("shape")) + space(rng) + ':' +
                        space(rng) + '[' + space(rng);
    uint64_t elements = 1;
    for (size_t rank = rng.below(4), i = 0; i < rank; ++i) {
      uint64_t extent = rng.below(5);
      elements *= extent;
      shape += (i > 0 ? "," + space(rng) : "") +
               (rng.chance(5) ? randomNumber(rng) : std::to_string(extent)) +
               space(rng);
    }
    fields.push_back(shape + ']');
    uint64_t end = offset + elements * 4;
    fields.push_back(encodeString(rng, text("data_offsets")) + space(rng) +
                     ':' + space(rng) + '[' + std::to_string(offset) + ',' +
                     space(rng) + std::to_string(end) + ']');
    offset = end;
    if (rng.chance(5)) {
      std::string extra = encodeString(rng, randomName(rng)) + ':';
      appendValue(rng, extra, 2, 4);
      fields.push_back(extra);
    }
    if (rng.chance(5)) { // a duplicate field
      std::string field = fields[rng.below(fields.size())];
      fields.push_back(field);
    }
    if (rng.chance(10))
      for (size_t i = fields.size() - 1; i > 0; --i)
        std::swap(fields[i], fields[rng.below(i + 1)]);
    out += '{' + space(rng);
    for (size_t i = 0; i < fields.size(); ++i)
      out += (i > 0 ? "," + space(rng) : "") + fields[i] + space(rng);
    out += '}';
  }
  out += space(rng) + '}';
  if (rng.chance(30)) // padded to a multiple of 8, as writers do
    out.append((8 - out.size() % 8) % 8, ' ');
  return out;
}

/// Arrays and objects nested `levels` deep around a value, with siblings.
std::string nested(Rng &rng, size_t levels) {
  std::string open, close;
  for (size_t i = 0; i < levels; ++i) {
    std::string before, after;
    if (rng.chance(20)) {
      appendValue(rng, before, 0, 1);
      before += ',';
    }
    if (rng.chance(20)) {
      after = ',';
      appendValue(rng, after, 0, 1);
    }
    if (rng.chance(50)) {
      open += '[' + space(rng) + before;
      close = after + space(rng) + ']' + close;
    } else {
      std::string key = encodeString(rng, randomName(rng));
      if (!before.empty())
        before = "\"b\":" + before;
      if (!after.empty())
        after = ",\"c\":" + after.substr(1);
      open += '{' + space(rng) + before + key + ':';
      close = after + '}' + close;
    }
  }
  std::string inner;
  appendValue(rng, inner, levels, levels + (rng.chance(30) ? 1 : 0));
  return open + inner + close;
}

//===----------------------------------------------------------------------===//
// Mutations
//===----------------------------------------------------------------------===//

const char *const kOddEscapes[] = {
    "\\ud800",        "\\udbff",        "\\udc00",        "\\udfff",
    "\\ud800\\udc00", "\\udbff\\udfff", "\\ud800\\ud800", "\\udc00\\ud800",
    "\\ud800\\u0041", "\\ud800x",       "\\ud800\\n",     "\\uD83D\\uDE00",
    "\\ud83d\\ude0",  "\\ud83d\\u",     "\\ud83d\\",      "\\u0000",
    "\\u001F",        "\\uFFFF",        "\\uFFFE",        "\\u12",
    "\\u12g4",        "\\u",            "\\U0041",        "\\x41",
    "\\'",            "\\a",            "\\0",            "\\ ",
    "\\",             "\\\\",           "\\/",            "\\\"",
    "\\u00e9",        "\\u00E9",        "\\u0022",        "\\u005C",
    "\\u0077",        "\\uDBFF\\uDFFF", "\\ud800\\udbff", "\\u-123",
    "\\u 123",        "\\uDc00",
};

const char *const kUtf8Pieces[] = {
    // valid
    "\xc3\xa9", "\xe2\x9c\x93", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf",
    "\xed\x9f\xbf", "\xee\x80\x80", "\xef\xbb\xbf", "\x7f", "\xc2\x80",
    "\xdf\xbf", "\xe0\xa0\x80", "\xf0\x90\x80\x80",
    // invalid: overlong, surrogates, beyond U+10FFFF, bad or missing bytes
    "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xe0\x9f\xbf", "\xed\xa0\x80",
    "\xed\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
    "\xf8\x88\x80\x80\x80", "\xfe", "\xff", "\x80", "\xbf", "\xc3", "\xe2\x82",
    "\xf0\x9f\x98", "\xc3\x28", "\xe2\x28\xa1", "\xf0\x28\x8c\xbc",
    // control characters, raw
    "\x01", "\x1f", "\n", "\t"};

const char *const kNumberTexts[] = {
    "01",  "-01", "00",   "-",     "+1",     "1.",       ".5",
    "1e",  "1e+", "1E-",  "0x10",  "1_000",  "NaN",      "Infinity",
    "-Infinity",  "1.e5", "1e5.5", "--1",    "1-",       "0.0.0",
    "1 2", "-0",  "0",    "1e400", "-1e400", "1e-400",   "18446744073709551616",
    "2.5", "1E2", "-1.5e-3", "0.5e+7", "9007199254740993", "-9223372036854775809",
};

const char *const kSpaces[] = {" ",        "\t",   "\n",   "\r",
                               "\v",       "\f",   "\xc2\xa0", "\xef\xbb\xbf",
                               "/* c */",  "// c\n", "#", ""};

const char *const kStructural[] = {"{", "}", "[", "]", ",", ":", "\"", "\\",
                                   "0", "-", "e", ".", "t", "n", "}}", "]]",
                                   ",,", "\"\"", "{}", "[]", "true", "null"};

bool isNumberByte(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' ||
         c == 'e' || c == 'E';
}

/// One random change to `text`, mostly one that keeps it close to JSON.
void mutate(Rng &rng, std::string &text) {
  size_t size = text.size();
  size_t at = rng.below(size + 1); // an insertion point
  switch (rng.below(13)) {
  case 0: // flip a bit
    if (size > 0)
      text[at % size] ^= static_cast<char>(1u << rng.below(8));
    return;
  case 1: { // replace a byte with one that matters
    static const char interesting[] = "{}[],:\"\\0123456789-+.eEtfnu \t\n/"
                                      "\x00\x01\x1f\x7f\x80\xbf\xc0\xed\xf4\xff";
    if (size > 0)
      text[at % size] = interesting[rng.below(sizeof(interesting) - 1)];
    return;
  }
  case 2: // insert structural characters
    text.insert(at, rng.pick(kStructural));
    return;
  case 3: // delete a few bytes
    text.erase(at, 1 + rng.below(4));
    return;
  case 4: // truncate
    text.resize(at);
    return;
  case 5: { // copy a slice elsewhere
    if (size == 0)
      return;
    size_t from = rng.below(size);
    std::string slice = text.substr(from, 1 + rng.below(12));
    text.insert(rng.below(size + 1), slice);
    return;
  }
  case 6:
  case 7: { // an odd escape or UTF-8 right after a quote: inside a string
    std::vector<size_t> quotes;
    for (size_t i = 0; i < size; ++i)
      if (text[i] == '"')
        quotes.push_back(i + 1);
    size_t where = quotes.empty() ? at : quotes[rng.below(quotes.size())];
    text.insert(where, rng.chance(55) ? rng.pick(kOddEscapes)
                                      : rng.pick(kUtf8Pieces));
    return;
  }
  case 8: { // replace a number
    std::vector<size_t> starts;
    for (size_t i = 0; i < size; ++i)
      if (isNumberByte(text[i]) && text[i] != 'e' && text[i] != 'E' &&
          (i == 0 || !isNumberByte(text[i - 1])))
        starts.push_back(i);
    if (starts.empty()) {
      text.insert(at, rng.pick(kNumberTexts));
      return;
    }
    size_t begin = starts[rng.below(starts.size())], end = begin;
    while (end < size && isNumberByte(text[end]))
      ++end;
    text.replace(begin, end - begin,
                 rng.chance(70) ? rng.pick(kNumberTexts) : randomNumber(rng));
    return;
  }
  case 9: // whitespace, JSON's or not, comments, a byte order mark
    text.insert(rng.chance(20) ? 0 : rng.chance(20) ? size : at,
                rng.pick(kSpaces));
    return;
  case 10: { // nest the whole text, sometimes unbalanced
    size_t levels = 1 + rng.below(kSafetensorsDepth + 2);
    std::string open, close;
    for (size_t i = 0; i < levels; ++i) {
      bool object = rng.chance(50);
      open += object ? "{\"k\":" : "[";
      close += object ? "}" : "]";
    }
    if (rng.chance(10) && !close.empty())
      close.erase(rng.below(close.size()), 1);
    text = open + text + close;
    return;
  }
  case 11: { // add a member that may repeat a key, after an opening brace
    static const char *const members[] = {
        "\"dtype\":\"F32\",", "\"\\u0064type\":1,", "\"shape\":[],",
        "\"sh\\u0061pe\":[1],", "\"__metadata__\":{},",
        "\"\\u005f_metadata__\":{},", "\"w\":{},", "\"\\u0077\":{},",
        "\"\\/\":0,", "\"/\":0,", "\"\":0,", "\"\\u00e9\":0,",
        "\"\xc3\xa9\":0,", "\"\\ud83d\\ude00\":0,", "\"\xf0\x9f\x98\x80\":0,"};
    std::vector<size_t> braces;
    for (size_t i = 0; i < size; ++i)
      if (text[i] == '{')
        braces.push_back(i + 1);
    if (!braces.empty())
      text.insert(braces[rng.below(braces.size())], rng.pick(members));
    return;
  }
  default: { // break a literal
    static const char *const literals[] = {"tru", "True", "nul", "NULL",
                                           "falsee", "f", "nan", "undefined"};
    text.insert(at, rng.pick(literals));
    return;
  }
  }
}

//===----------------------------------------------------------------------===//
// The families
//===----------------------------------------------------------------------===//

struct Case {
  std::string text;
  size_t maxDepth = kSafetensorsDepth;
};

using Generator = Case (*)(Rng &);

Case validHeader(Rng &rng) { return {safetensorsHeader(rng)}; }

Case validValue(Rng &rng) {
  std::string text = space(rng);
  appendValue(rng, text, 0, rng.below(6));
  return {text + space(rng)};
}

Case mutatedHeader(Rng &rng) {
  Case c{safetensorsHeader(rng)};
  for (size_t n = 1 + rng.below(3); n > 0; --n)
    mutate(rng, c.text);
  return c;
}

Case mutatedValue(Rng &rng) {
  Case c = validValue(rng);
  for (size_t n = 1 + rng.below(3); n > 0; --n)
    mutate(rng, c.text);
  return c;
}

Case nesting(Rng &rng) {
  Case c;
  c.maxDepth = rng.chance(50) ? kSafetensorsDepth : rng.below(20);
  size_t levels = c.maxDepth + rng.below(5);
  c.text = nested(rng, levels >= 2 ? levels - 2 : 0);
  if (rng.chance(30))
    mutate(rng, c.text);
  return c;
}

Case strings(Rng &rng) {
  std::string body;
  for (size_t n = 1 + rng.below(4); n > 0; --n) {
    switch (rng.below(4)) {
    case 0:
      body += rng.pick(kOddEscapes);
      break;
    case 1:
      body += rng.pick(kUtf8Pieces);
      break;
    default: {
      std::string piece = encodeString(rng, randomName(rng));
      body += piece.substr(1, piece.size() - 2);
    }
    }
  }
  std::string string = '"' + body + '"';
  switch (rng.below(3)) {
  case 0:
    return {string};
  case 1:
    return {"[" + space(rng) + string + space(rng) + "]"};
  default:
    // Both as a key and as a value, to reach key decoding and duplicates.
    return {"{" + string + ":" + string + "," + string + ":0}"};
  }
}

Case numbers(Rng &rng) {
  std::string text;
  size_t count = rng.below(4);
  auto one = [&] {
    return rng.chance(75) ? randomNumber(rng) : std::string(rng.pick(kNumberTexts));
  };
  if (count == 0) {
    text = space(rng) + one() + space(rng);
  } else {
    text = "{\"shape\":[" + space(rng);
    for (size_t i = 0; i < count; ++i)
      text += (i > 0 ? "," + space(rng) : "") + one() + space(rng);
    text += "]}";
  }
  if (rng.chance(25)) { // a digit, sign, point or exponent somewhere
    static const char *const bits[] = {"0", "1", "-", "+", ".", "e", "E"};
    text.insert(rng.below(text.size() + 1), rng.pick(bits));
  }
  return {text};
}

/// Runs casesPerFamily() texts of a family (divided by `divisor`), each
/// compared by compare().
void runFamily(Generator generate, uint64_t seed, size_t divisor = 1) {
  Rng rng(seed + seedOffset());
  size_t cases = casesPerFamily() / divisor;
  int failures = 0;
  Stats stats;
  for (size_t i = 0; i < cases && failures < kMaxFailures; ++i) {
    Case c = generate(rng);
    std::string problem;
    try {
      problem = compare(c.text, c.maxDepth, &stats);
    } catch (const std::exception &error) {
      problem = std::string("the test failed: ") + error.what();
    }
    if (!problem.empty()) {
      ++failures;
      ADD_FAILURE() << "text " << i << " (depth limit " << c.maxDepth
                    << "): " << show(c.text) << "\n"
                    << problem;
    }
  }
  for (auto [name, count] : {std::pair("texts", cases),
                             {"accepted", stats.accepted},
                             {"rejected", stats.rejected},
                             {"too_deep", stats.tooDeep},
                             {"duplicate_keys", stats.duplicates},
                             {"numbers_beyond_double", stats.overflows},
                             {"numbers_too_large", stats.tooLarge},
                             {"byte_order_marks", stats.byteOrderMarks}})
    ::testing::Test::RecordProperty(name, static_cast<int>(count));
}

TEST(JsonDifferentialTest, ValidSafetensorsHeaders) {
  runFamily(validHeader, 0x5afe7e5505);
}

TEST(JsonDifferentialTest, ValidValues) { runFamily(validValue, 0x7a1e5); }

TEST(JsonDifferentialTest, MutatedSafetensorsHeaders) {
  runFamily(mutatedHeader, 0xbadc0de);
}

TEST(JsonDifferentialTest, MutatedValues) { runFamily(mutatedValue, 0xf1b5); }

TEST(JsonDifferentialTest, NestingAroundTheLimit) {
  runFamily(nesting, 0xdee9, 2); // deep texts cost more
}

TEST(JsonDifferentialTest, EscapesAndUtf8) { runFamily(strings, 0x5791e6); }

TEST(JsonDifferentialTest, Numbers) { runFamily(numbers, 0x1e400); }

//===----------------------------------------------------------------------===//
// The documented differences, one example each
//===----------------------------------------------------------------------===//

bool nlohmannAccepts(std::string_view text) {
  return Json::accept(text.begin(), text.end());
}

TEST(JsonDifferentialTest, DuplicateKeysAreReportedNotRejected) {
  for (const char *text :
       {R"({"w":1,"w":2})", R"({"w":{},"\u0077":{}})",
        R"({"w":{"x":1,"\u0078":2},"w":3})", R"({"a\/b":0,"a/b":1})"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(nlohmannAccepts(text));
    EXPECT_EQ(compare(text, kSafetensorsDepth), "");
  }
  json::Duplicate duplicate;
  json::Document document;
  document.parse(R"({"t":{"x":1,"\u0078":2},"t":3})", kSafetensorsDepth,
                 duplicate);
  EXPECT_TRUE(duplicate.found);
  EXPECT_EQ(duplicate.outerKey, "t");
  EXPECT_EQ(duplicate.key, "x");
  // nlohmann_json keeps the last member.
  EXPECT_EQ(Json::parse(R"({"w":1,"\u0077":2})")["w"], 2);
}

TEST(JsonDifferentialTest, NestingBeyondTheLimitIsRejected) {
  std::string limit(kSafetensorsDepth, '[');
  limit += std::string(kSafetensorsDepth, ']');
  std::string beyond = "[" + limit + "]";
  EXPECT_TRUE(nlohmannAccepts(beyond));
  EXPECT_TRUE(parseWithReader(limit, kSafetensorsDepth).accepted);
  Outcome outcome = parseWithReader(beyond, kSafetensorsDepth);
  ASSERT_FALSE(outcome.accepted);
  EXPECT_TRUE(outcome.error.tooDeep);
  EXPECT_EQ(outcome.error.byte, kSafetensorsDepth + 1);
  EXPECT_EQ(compare(beyond, kSafetensorsDepth), "");
  // Far too deep: stopped at the limit, no recursion beyond it.
  std::string deep(100000, '[');
  outcome = parseWithReader(deep, kSafetensorsDepth);
  EXPECT_TRUE(outcome.error.tooDeep);
  EXPECT_EQ(outcome.error.byte, kSafetensorsDepth + 1);
}

TEST(JsonDifferentialTest, NumbersOfHugeMagnitude) {
  // Beyond a double for both: 1 and 400 zeros, 1e400.
  std::string huge = "1" + std::string(400, '0');
  for (auto [text, byte] : {std::pair(std::string("1e400"), 1),
                            {std::string("[-1e400]"), 2},
                            {std::string("{\"a\":1e309}"), 6},
                            {huge, 1}}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(nlohmannAccepts(text));
    Outcome outcome = parseWithReader(text, kSafetensorsDepth);
    ASSERT_FALSE(outcome.accepted);
    EXPECT_TRUE(outcome.error.numberTooLarge);
    EXPECT_FALSE(outcome.error.tooDeep);
    EXPECT_EQ(outcome.error.byte, static_cast<size_t>(byte));
    EXPECT_EQ(compare(text, kSafetensorsDepth), "");
  }
  // RapidJSON judges by the digits: both are in range for nlohmann_json
  // (0 and 1).
  for (std::string text : {std::string("0e400"), "[" + huge + ".0e-400]"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(nlohmannAccepts(text));
    EXPECT_TRUE(parseWithReader(text, kSafetensorsDepth).error.numberTooLarge);
    EXPECT_EQ(compare(text, kSafetensorsDepth), "");
  }
  // Beyond a double for nlohmann_json only; the reader keeps the text.
  for (std::string text : {"1.8e308", "10e308", "-0.5e309"}) {
    SCOPED_TRACE(text);
    EXPECT_THROW(Json tree = Json::parse(text), Json::out_of_range);
    Outcome outcome = parseWithReader(text, kSafetensorsDepth);
    ASSERT_TRUE(outcome.accepted);
    EXPECT_EQ(outcome.value.text(), text);
    EXPECT_FALSE(outcome.value.asIndex(UINT64_MAX).has_value());
    EXPECT_EQ(compare(text, kSafetensorsDepth), "");
  }
  // Integers are kept to the last digit, beyond 64 bits.
  Outcome outcome = parseWithReader(
      "[18446744073709551616, 18446744073709551615]", kSafetensorsDepth);
  ASSERT_TRUE(outcome.accepted);
  json::Value::Cursor cursor(outcome.value);
  json::Value element;
  ASSERT_TRUE(cursor.next(element));
  EXPECT_EQ(element.text(), "18446744073709551616");
  EXPECT_FALSE(element.asIndex(UINT64_MAX).has_value());
  ASSERT_TRUE(cursor.next(element));
  EXPECT_EQ(element.asIndex(UINT64_MAX), UINT64_MAX);
}

TEST(JsonDifferentialTest, ByteOrderMarkIsRejected) {
  std::string text = "\xef\xbb\xbf{}";
  EXPECT_TRUE(nlohmannAccepts(text));
  Outcome outcome = parseWithReader(text, kSafetensorsDepth);
  ASSERT_FALSE(outcome.accepted);
  EXPECT_EQ(outcome.error.byte, 1u);
}

//===----------------------------------------------------------------------===//
// Regressions
//===----------------------------------------------------------------------===//

// size() counted an object's keys and values as separate elements, so an
// object of n members had size 2n. (The safetensors reader only asks arrays
// for their size.)
TEST(JsonReaderTest, SizeCountsMembersOfAnObject) {
  std::string text = R"({"a":1, "b":[2,"3",{}], "c":{"d":"e"}, "f":[]})";
  json::Duplicate duplicate;
  json::Document document;
  json::Value root = document.parse(text, kSafetensorsDepth, duplicate);
  EXPECT_EQ(root.size(), 4u);
  std::vector<size_t> sizes;
  json::Value::Cursor members(root);
  std::string key;
  for (json::Value member; members.next(key, member);)
    if (!member.isPrimitive())
      sizes.push_back(member.size());
  EXPECT_EQ(sizes, (std::vector<size_t>{3, 1, 0}));
  EXPECT_EQ(document.parse("{}", 1, duplicate).size(), 0u);
  EXPECT_EQ(document.parse(R"({"w":1,"\u0077":2})", 1, duplicate).size(), 2u);
}

// What the reader adds to RapidJSON, one example each.

TEST(JsonReaderTest, RejectsLoneLowSurrogateEscapes) {
  // RapidJSON 1.1.0 alone decodes these into invalid UTF-8 and goes on.
  for (auto [text, byte] : {std::pair("\"\\udc00\"", 2),
                            {"[\"ab\\uDFFF\"]", 5},
                            {"{\"\\udc00\":0}", 3},
                            // before an error RapidJSON reports later
                            {"\"\\udc00\\ud800\"", 2},
                            {"\"\\udc00\\q\"", 2},
                            {"\"\\udc00", 2},
                            {"[\"\\udc00\x01\"]", 3},
                            {"\"\\\\\\udc00\"", 4}}) {
    SCOPED_TRACE(text);
    Outcome outcome = parseWithReader(text, kSafetensorsDepth);
    ASSERT_FALSE(outcome.accepted);
    EXPECT_EQ(outcome.error.byte, static_cast<size_t>(byte));
    EXPECT_EQ(outcome.error.problem, "unpaired UTF-16 surrogate escape");
  }
  // A pair is fine, and so is an escaped backslash before "udc00".
  EXPECT_TRUE(parseWithReader("\"\\ud83d\\ude00\\\\udc00\"", 1).accepted);
}

TEST(JsonReaderTest, KeepsEscapedNulBytes) {
  json::Duplicate duplicate;
  json::Document document;
  json::Value root =
      document.parse(R"({"a\u0000b":"\u0000","a":"x\u0000"})", 1, duplicate);
  EXPECT_FALSE(duplicate.found); // "a\0b" and "a" differ
  json::Value::Cursor members(root);
  std::string key;
  json::Value value;
  ASSERT_TRUE(members.next(key, value));
  EXPECT_EQ(key, std::string("a\0b", 3));
  EXPECT_EQ(value.asString(), std::string(1, '\0'));
  EXPECT_EQ(value.text(), R"("\u0000")");
  ASSERT_TRUE(members.next(key, value));
  EXPECT_EQ(value.asString(), std::string("x\0", 2));
}

TEST(JsonReaderTest, RejectsRawNulBytes) {
  // RapidJSON takes a NUL byte for the end of the text.
  for (auto [text, byte] : {std::pair(std::string("{}\0", 3), 3),
                            {std::string("{}  \0 ", 6), 5},
                            {std::string("[1\0]", 4), 3},
                            {std::string("\"a\0\"", 4), 3},
                            {std::string("\0", 1), 1}}) {
    SCOPED_TRACE(show(text));
    Outcome outcome = parseWithReader(text, kSafetensorsDepth);
    ASSERT_FALSE(outcome.accepted);
    EXPECT_EQ(outcome.error.byte, static_cast<size_t>(byte));
    EXPECT_NE(outcome.error.problem.find("byte 0x00"), std::string::npos)
        << outcome.error.problem;
  }
}

TEST(JsonReaderTest, NestingLimitStopsTheRecursiveParser) {
  // RapidJSON's parser recurses once per level; 200,000 levels of either
  // kind would overflow the stack if the handler did not stop it.
  for (const char *open : {"[", "{\"k\":"}) {
    std::string text;
    for (int i = 0; i < 200000; ++i)
      text += open;
    Outcome outcome = parseWithReader(text, 3);
    ASSERT_FALSE(outcome.accepted);
    EXPECT_TRUE(outcome.error.tooDeep);
    EXPECT_EQ(outcome.error.byte, 3 * std::string(open).size() + 1);
  }
  EXPECT_TRUE(parseWithReader("[[[]]]", 3).accepted);
  EXPECT_TRUE(parseWithReader("0", 0).accepted);
  EXPECT_TRUE(parseWithReader("[]", 0).error.tooDeep);
}

TEST(JsonReaderTest, TextOfScalars) {
  json::Duplicate duplicate;
  json::Document document;
  json::Value root = document.parse(
      R"([ -0.50E+3 , "\u0041\/\"\u00e9\n" , true , false , null , [1] , {} ])",
      2, duplicate);
  std::vector<std::string> texts;
  json::Value::Cursor elements(root);
  for (json::Value element; elements.next(element);)
    texts.push_back(element.text());
  EXPECT_EQ(texts,
            (std::vector<std::string>{"-0.50E+3", "\"A/\\\"\xc3\xa9\\n\"",
                                      "true", "false", "null", "", ""}));
  // A Document parses again, replacing what it held.
  root = document.parse(" 7 ", 0, duplicate);
  EXPECT_EQ(root.text(), "7");
  EXPECT_EQ(root.size(), 0u);
  EXPECT_EQ(root.asIndex(7), 7u);
  EXPECT_EQ(root.asIndex(6), std::nullopt);
  EXPECT_FALSE(json::Value());
}

} // namespace
