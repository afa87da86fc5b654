//===- csv.cpp - Numeric CSV tables ----------------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Training tables as spreadsheets and pandas export them: one sample per
// line, numbers separated by a delimiter, maybe a header line, one column of
// class labels. Only numbers are accepted (no quoting, no missing values), and
// every problem is reported with its 1-based line and column and the text
// found there, since the usual cause is one bad line among thousands.
// Numbers are parsed with std::from_chars, which ignores the locale.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include "data_internal.h"

#include <charconv>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string_view>
#include <system_error>

using namespace dl::rt;
using detail::Arg;

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && isBlank(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && isBlank(text.back()))
    text.remove_suffix(1);
  return text;
}

/// Parses the whole of `text` as a decimal number (an optional '+' allowed,
/// which from_chars does not take). Returns false if anything is left over.
template <typename T>
bool parseWhole(std::string_view text, T &value, std::errc &error) {
  if (!text.empty() && text[0] == '+') {
    text.remove_prefix(1);
    if (!text.empty() && (text[0] == '+' || text[0] == '-'))
      return false;
  }
  const char *end = text.data() + text.size();
  auto result = std::from_chars(text.data(), end, value);
  error = result.ec;
  return result.ptr == end && !text.empty() &&
         (result.ec == std::errc() || result.ec == std::errc::result_out_of_range);
}

/// Whether `text` reads as a number of any kind, including nan, inf and
/// numbers out of range: what the header detection treats as data.
bool looksNumeric(std::string_view text) {
  double value;
  std::errc error;
  return parseWhole(trim(text), value, error);
}

/// Where a field is, for messages.
struct Position {
  const std::string &path;
  size_t line;
  size_t column;

  [[noreturn]] void fail(const char *pattern,
                         std::initializer_list<Arg> args) const {
    std::string message = detail::format("line {}, column {}: ", {line, column});
    detail::appendFormat(message, pattern, args);
    data::failFormat(path, "{}", {message});
  }
};

float parseFeature(std::string_view field, const Position &where) {
  std::string_view text = trim(field);
  if (text.empty())
    where.fail("empty field; every field must be a number", {});
  float value;
  std::errc error;
  if (!parseWhole(text, value, error))
    where.fail("{} is not a number", {Arg::quoted(text)});
  if (error == std::errc::result_out_of_range) {
    // Out of range for a float: an overflow is an error, an underflow is a
    // tiny number that rounds to zero or a subnormal, which is fine.
    double wide;
    if (!parseWhole(text, wide, error) || error != std::errc() ||
        std::fabs(wide) > FLT_MAX)
      where.fail("{} is out of the range of f32", {Arg::quoted(text)});
    return static_cast<float>(wide);
  }
  if (!std::isfinite(value))
    where.fail("{} is not a finite number", {Arg::quoted(text)});
  return value;
}

int32_t parseLabel(std::string_view field, const Position &where,
                   int64_t classes) {
  std::string_view text = trim(field);
  if (text.empty())
    where.fail("empty label field; labels must be integers", {});
  double value;
  std::errc error;
  if (!parseWhole(text, value, error) || error != std::errc() ||
      !std::isfinite(value))
    where.fail("label {} is not a number", {Arg::quoted(text)});
  if (!(value >= -2147483648.0 && value <= 2147483647.0) ||
      static_cast<double>(static_cast<int32_t>(value)) != value)
    where.fail("label {} is not an integer that fits in i32",
               {Arg::quoted(text)});
  auto label = static_cast<int32_t>(value);
  if (classes > 0 && (label < 0 || label >= classes))
    where.fail("label {} out of range: labels must be integers in [0, {})",
               {text, classes});
  return label;
}

/// Number of fields of a line: one more than its delimiters.
size_t countFields(std::string_view line, char delimiter) {
  size_t count = 1;
  for (char c : line)
    count += c == delimiter;
  return count;
}

/// Splits off the next field of `rest`, consuming the delimiter after it.
std::string_view nextField(std::string_view &rest, char delimiter) {
  size_t end = rest.find(delimiter);
  std::string_view field = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view()
                                       : rest.substr(end + 1);
  return field;
}

/// The lines of the file, one at a time, without their "\n" or "\r\n".
class Lines {
public:
  explicit Lines(std::string_view text) : rest(text) {}
  /// Stores the next line and returns true, or returns false at the end.
  bool next(std::string_view &line) {
    if (done)
      return false;
    size_t end = rest.find('\n');
    if (end == std::string_view::npos) {
      line = rest;
      done = true;
    } else {
      line = rest.substr(0, end);
      rest.remove_prefix(end + 1);
    }
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    ++number;
    return true;
  }
  /// 1-based number of the line last returned.
  size_t lineNumber() const { return number; }

private:
  std::string_view rest;
  size_t number = 0;
  bool done = false;
};

void checkDelimiter(const std::string &path, char delimiter) {
  if (delimiter == '\0' || std::strchr("0123456789.+-eE\"' \r\n", delimiter))
    data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                   "cannot use {} as the CSV delimiter: it can occur in a "
                   "number or ends a field otherwise",
                   {Arg::singleQuoted(std::string_view(&delimiter, 1))});
}

} // namespace

Dataset dl::rt::readCsv(const std::string &path, const CsvOptions &options) {
  const char delimiter = options.delimiter;
  checkDelimiter(path, delimiter);
  if (options.classes < 0)
    data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                   "the number of classes {} is negative", {options.classes});
  if (options.header != DLRT_CSV_HEADER_AUTO &&
      options.header != DLRT_CSV_HEADER_PRESENT &&
      options.header != DLRT_CSV_HEADER_ABSENT)
    data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                   "invalid header option {}",
                   {static_cast<int>(options.header)});

  std::string text;
  {
    data::InputFile file(path);
    if (file.size() > text.max_size())
      data::failFile(path, DLRT_ERROR_OUT_OF_MEMORY,
                     "{} bytes do not fit in memory", {file.size()});
    text.resize(static_cast<size_t>(file.size()));
    file.read(text.data(), text.size(), 0);
  }
  std::string_view content = text;
  if (content.substr(0, 3) == "\xEF\xBB\xBF")
    content.remove_prefix(3);

  Lines lines(content);
  std::string_view line;
  // The first line that is not blank-only decides the number of fields.
  // Blank lines are allowed only at the end, so a blank line before it is
  // an error too, unless nothing follows.
  size_t blankLine = 0;
  size_t firstLine = 0;
  while (lines.next(line)) {
    if (!trim(line).empty()) {
      firstLine = lines.lineNumber();
      break;
    }
    if (!blankLine)
      blankLine = lines.lineNumber();
  }
  if (!firstLine)
    data::failFormat(path, "the file is empty; expected a CSV table of "
                           "numbers");
  if (blankLine)
    data::failFormat(path,
                     "line {} is empty; empty lines are only allowed at the "
                     "end of the file",
                     {blankLine});

  const size_t columns = countFields(line, delimiter);
  int64_t labelColumn = -1;
  if (options.labelColumn != DLRT_CSV_NO_LABEL) {
    labelColumn = options.labelColumn < 0
                      ? options.labelColumn + static_cast<int64_t>(columns)
                      : options.labelColumn;
    if (labelColumn < 0 || labelColumn >= static_cast<int64_t>(columns))
      data::failFile(path, DLRT_ERROR_INVALID_ARGUMENT,
                     "label column {} does not exist: line {} has {} fields "
                     "(columns are numbered from 0, or from -1 at the end)",
                     {options.labelColumn, firstLine, columns});
  }

  bool header = options.header == DLRT_CSV_HEADER_PRESENT;
  if (options.header == DLRT_CSV_HEADER_AUTO) {
    std::string_view rest = line;
    for (size_t i = 0; i < columns && !header; ++i) {
      std::string_view field = trim(nextField(rest, delimiter));
      header = !field.empty() && !looksNumeric(field);
    }
  }

  Dataset dataset;
  const size_t features = columns - (labelColumn >= 0 ? 1 : 0);
  dataset.sampleShape = {static_cast<int64_t>(features)};
  if (header) {
    std::string_view rest = line;
    for (size_t i = 0; i < columns; ++i) {
      std::string_view name = trim(nextField(rest, delimiter));
      if (static_cast<int64_t>(i) == labelColumn)
        dataset.labelName = name;
      else
        dataset.featureNames.emplace_back(name);
    }
  }

  size_t lineCount = 1;
  for (char c : content)
    lineCount += c == '\n';
  dataset.features.reserve(lineCount * features);
  if (labelColumn >= 0)
    dataset.labels.reserve(lineCount);

  bool pending = !header;
  blankLine = 0;
  for (;;) {
    if (!pending && !lines.next(line))
      break;
    pending = false;
    size_t number = lines.lineNumber();
    if (trim(line).empty()) {
      if (!blankLine)
        blankLine = number;
      continue;
    }
    if (blankLine)
      data::failFormat(path,
                       "line {} is empty; empty lines are only allowed at "
                       "the end of the file",
                       {blankLine});
    size_t fields = countFields(line, delimiter);
    if (fields != columns)
      data::failFormat(path, "line {} has {} fields, but line {} has {}",
                       {number, fields, firstLine, columns});
    std::string_view rest = line;
    for (size_t column = 0; column < columns; ++column) {
      std::string_view field = nextField(rest, delimiter);
      Position where{path, number, column + 1};
      if (static_cast<int64_t>(column) == labelColumn)
        dataset.labels.push_back(parseLabel(field, where, options.classes));
      else
        dataset.features.push_back(parseFeature(field, where));
    }
    ++dataset.count;
  }
  if (dataset.count == 0)
    data::failFormat(path,
                     "no data: the file has only the header line {}; expected "
                     "at least one line of numbers after it",
                     {firstLine});
  return dataset;
}
