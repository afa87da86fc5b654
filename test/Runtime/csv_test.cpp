//===- csv_test.cpp - Tests of the numeric CSV reader ---------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The accepted forms (header detection, line endings, blanks, delimiters,
// label columns) and one test per error, each checking that the message
// names the file, the line (and column where there is one) and the text at
// fault.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/data.h"

#include "test_util.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

using namespace dl::rt;
using dl::rt::test::TempDir;
using dl::rt::test::writeBytes;

namespace {

CsvOptions labelAt(int64_t column, int64_t classes = 0) {
  CsvOptions options;
  options.labelColumn = column;
  options.classes = classes;
  return options;
}

class CsvTest : public ::testing::Test {
protected:
  Dataset read(const std::string &text, const CsvOptions &options = {}) {
    std::string path = dir.path("table.csv");
    writeBytes(path, text);
    return readCsv(path, options);
  }

  /// Expects reading `text` to fail with `status` and exactly the message
  /// "<path>: " + `message`.
  void expectError(const std::string &text, const CsvOptions &options,
                   const std::string &message,
                   DlrtStatus status = DLRT_ERROR_FORMAT) {
    std::string path = dir.path("table.csv");
    writeBytes(path, text);
    try {
      readCsv(path, options);
      ADD_FAILURE() << "no error";
    } catch (const Error &error) {
      EXPECT_EQ(error.status(), status) << error.what();
      EXPECT_EQ(std::string(error.what()), path + ": " + message);
    }
  }

  TempDir dir;
};

//===----------------------------------------------------------------------===//
// Accepted tables
//===----------------------------------------------------------------------===//

TEST_F(CsvTest, HeaderAndLabelColumn) {
  Dataset data = read("sepal_length,sepal_width,species\n"
                      "5.1,3.5,0\n"
                      "7.0,3.2,1\n"
                      "6.3,3.3,2\n",
                      labelAt(-1, 3));
  EXPECT_EQ(data.count, 3);
  EXPECT_EQ(data.sampleShape, (std::vector<int64_t>{2}));
  EXPECT_EQ(data.features,
            (std::vector<float>{5.1f, 3.5f, 7.0f, 3.2f, 6.3f, 3.3f}));
  EXPECT_EQ(data.labels, (std::vector<int32_t>{0, 1, 2}));
  EXPECT_EQ(data.featureNames,
            (std::vector<std::string>{"sepal_length", "sepal_width"}));
  EXPECT_EQ(data.labelName, "species");
}

TEST_F(CsvTest, NoHeaderLabelFirst) {
  // The MNIST-as-CSV layout: label first, no header.
  Dataset data = read("5,0,128,255\n0,1,2,3\n", labelAt(0, 10));
  EXPECT_EQ(data.count, 2);
  EXPECT_EQ(data.sampleShape, (std::vector<int64_t>{3}));
  EXPECT_EQ(data.features, (std::vector<float>{0, 128, 255, 1, 2, 3}));
  EXPECT_EQ(data.labels, (std::vector<int32_t>{5, 0}));
  EXPECT_TRUE(data.featureNames.empty());
  EXPECT_TRUE(data.labelName.empty());
}

TEST_F(CsvTest, NoLabelColumn) {
  Dataset data = read("1,2\n3,4");
  EXPECT_EQ(data.count, 2);
  EXPECT_EQ(data.sampleShape, (std::vector<int64_t>{2}));
  EXPECT_EQ(data.features, (std::vector<float>{1, 2, 3, 4}));
  EXPECT_TRUE(data.labels.empty());
}

TEST_F(CsvTest, LineEndingsBlanksAndBom) {
  Dataset data = read("\xEF\xBB\xBF"
                      "a , b ,label\r\n"
                      " 1 ,\t2.5e1,3 \r\n"
                      "+4,-0.5,  -7\r\n"
                      "\r\n"
                      "  \n"
                      "\n",
                      labelAt(2));
  EXPECT_EQ(data.count, 2);
  EXPECT_EQ(data.features, (std::vector<float>{1, 25, 4, -0.5f}));
  EXPECT_EQ(data.labels, (std::vector<int32_t>{3, -7}));
  EXPECT_EQ(data.featureNames, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(data.labelName, "label");
}

TEST_F(CsvTest, NumberFormsInData) {
  Dataset data = read(".5,5.,1e3,-1E-2,1e-50,3.0\n", labelAt(-1));
  EXPECT_EQ(data.features, (std::vector<float>{0.5f, 5, 1000, -0.01f, 0}));
  EXPECT_EQ(data.labels, (std::vector<int32_t>{3}));
}

TEST_F(CsvTest, HeaderDetection) {
  // Auto: a header when some field of the first line is neither empty nor a
  // number; nan and inf count as numbers (and are then rejected as data).
  EXPECT_EQ(read("x,1\n2,3\n").featureNames,
            (std::vector<std::string>{"x", "1"}));
  EXPECT_EQ(read("1,2\n2,3\n").count, 2);
  expectError("1,nan\n2,3\n", {},
              "line 1, column 2: \"nan\" is not a finite number");

  CsvOptions absent;
  absent.header = DLRT_CSV_HEADER_ABSENT;
  expectError("x,1\n2,3\n", absent, "line 1, column 1: \"x\" is not a number");
  CsvOptions present;
  present.header = DLRT_CSV_HEADER_PRESENT;
  Dataset data = read("1,2\n3,4\n", present);
  EXPECT_EQ(data.count, 1);
  EXPECT_EQ(data.featureNames, (std::vector<std::string>{"1", "2"}));
}

TEST_F(CsvTest, SemicolonAndTab) {
  CsvOptions options = labelAt(0);
  options.delimiter = ';';
  EXPECT_EQ(read("1;2.5\n0;3\n", options).features,
            (std::vector<float>{2.5f, 3}));
  options.delimiter = '\t';
  EXPECT_EQ(read("1\t2.5\n0\t3\n", options).labels,
            (std::vector<int32_t>{1, 0}));
}

TEST_F(CsvTest, SingleColumnOfLabels) {
  Dataset data = read("3\n4\n", labelAt(0));
  EXPECT_EQ(data.sampleShape, (std::vector<int64_t>{0}));
  EXPECT_TRUE(data.features.empty());
  EXPECT_EQ(data.labels, (std::vector<int32_t>{3, 4}));
}

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

TEST_F(CsvTest, RaggedRow) {
  expectError("a,b,c\n1,2,3\n4,5\n", {}, "line 3 has 2 fields, but line 1 has 3");
  expectError("1,2\n3,4,5\r\n", {}, "line 2 has 3 fields, but line 1 has 2");
}

TEST_F(CsvTest, NotANumber) {
  expectError("a,b\n1,2\n3,abc\n", {},
              "line 3, column 2: \"abc\" is not a number");
  expectError("1,2\n3,4x\n", {}, "line 2, column 2: \"4x\" is not a number");
  expectError("1,2\n\"3\",4\n", {},
              "line 2, column 1: \"\\\"3\\\"\" is not a number");
  expectError("1,2\n3,++4\n", {}, "line 2, column 2: \"++4\" is not a number");
  expectError("1,2\n3, 4 5\n", {},
              "line 2, column 2: \"4 5\" is not a number");
}

TEST_F(CsvTest, EmptyField) {
  expectError("1,2\n3,\n", {},
              "line 2, column 2: empty field; every field must be a number");
  expectError("1,,2\n", {},
              "line 1, column 2: empty field; every field must be a number");
}

TEST_F(CsvTest, NonFiniteAndOutOfRange) {
  expectError("1,2\n3,inf\n", {},
              "line 2, column 2: \"inf\" is not a finite number");
  expectError("1,2\n-1e39,1\n", {},
              "line 2, column 1: \"-1e39\" is out of the range of f32");
  expectError("1,2\n1e999,1\n", {},
              "line 2, column 1: \"1e999\" is out of the range of f32");
}

TEST_F(CsvTest, LabelOutOfRange) {
  expectError("x,y\n1,9\n2,10\n", labelAt(1, 10),
              "line 3, column 2: label 10 out of range: labels must be "
              "integers in [0, 10)");
  expectError("1,-1\n", labelAt(-1, 10),
              "line 1, column 2: label -1 out of range: labels must be "
              "integers in [0, 10)");
}

TEST_F(CsvTest, LabelNotAnInteger) {
  expectError("1,2.5\n", labelAt(1),
              "line 1, column 2: label \"2.5\" is not an integer that fits "
              "in i32");
  expectError("1,3000000000\n", labelAt(1),
              "line 1, column 2: label \"3000000000\" is not an integer that "
              "fits in i32");
  expectError("1,nan\n", labelAt(1),
              "line 1, column 2: label \"nan\" is not a number");
  expectError("a,b\n1,\n", labelAt(1),
              "line 2, column 2: empty label field; labels must be integers");
}

TEST_F(CsvTest, Empty) {
  expectError("", {}, "the file is empty; expected a CSV table of numbers");
  expectError("\n \r\n\n", {},
              "the file is empty; expected a CSV table of numbers");
  expectError("\xEF\xBB\xBF", {},
              "the file is empty; expected a CSV table of numbers");
  expectError("a,b\n\n", {},
              "no data: the file has only the header line 1; expected at "
              "least one line of numbers after it");
}

TEST_F(CsvTest, BlankLineInTheMiddle) {
  expectError("1,2\n\n3,4\n", {},
              "line 2 is empty; empty lines are only allowed at the end of "
              "the file");
  expectError("\n1,2\n", {},
              "line 1 is empty; empty lines are only allowed at the end of "
              "the file");
}

TEST_F(CsvTest, BadOptions) {
  expectError("1,2\n", labelAt(2),
              "label column 2 does not exist: line 1 has 2 fields (columns "
              "are numbered from 0, or from -1 at the end)",
              DLRT_ERROR_INVALID_ARGUMENT);
  expectError("1,2\n", labelAt(-3),
              "label column -3 does not exist: line 1 has 2 fields (columns "
              "are numbered from 0, or from -1 at the end)",
              DLRT_ERROR_INVALID_ARGUMENT);
  CsvOptions options;
  options.delimiter = '.';
  expectError("1,2\n", options,
              "cannot use '.' as the CSV delimiter: it can occur in a number "
              "or ends a field otherwise",
              DLRT_ERROR_INVALID_ARGUMENT);
  expectError("1,2\n", labelAt(0, -2), "the number of classes -2 is negative",
              DLRT_ERROR_INVALID_ARGUMENT);
}

TEST_F(CsvTest, MissingFile) {
  std::string path = dir.path("missing.csv");
  try {
    readCsv(path);
    ADD_FAILURE() << "no error";
  } catch (const Error &error) {
    EXPECT_EQ(error.status(), DLRT_ERROR_NOT_FOUND);
    EXPECT_EQ(std::string(error.what()).rfind(path + ": cannot open: ", 0),
              0u);
  }
}

//===----------------------------------------------------------------------===//
// C API
//===----------------------------------------------------------------------===//

TEST_F(CsvTest, CApi) {
  std::string path = dir.path("c.csv");
  writeBytes(path, "f0;f1;y\n1;2;1\n3;4;0\n");
  DlrtCsvOptions options;
  dlrtCsvOptionsInit(&options);
  EXPECT_EQ(options.header, DLRT_CSV_HEADER_AUTO);
  EXPECT_EQ(options.delimiter, ',');
  EXPECT_EQ(options.labelColumn, DLRT_CSV_NO_LABEL);
  EXPECT_EQ(options.classes, 0);
  options.delimiter = ';';
  options.labelColumn = 2;
  options.classes = 2;

  DlrtDataset *dataset = nullptr;
  ASSERT_EQ(dlrtCsvRead(path.c_str(), &options, &dataset), DLRT_OK)
      << dlrtLastErrorMessage();
  DlrtDatasetView view;
  ASSERT_EQ(dlrtDatasetGet(dataset, &view), DLRT_OK);
  EXPECT_EQ(view.count, 2);
  EXPECT_EQ(view.sampleRank, 1);
  EXPECT_EQ(view.sampleShape[0], 2);
  EXPECT_EQ(view.sampleSize, 2);
  EXPECT_EQ(view.features[3], 4.0f);
  EXPECT_EQ(view.labels[0], 1);
  dlrtDatasetFree(dataset);

  // The defaults: ',', a header if the first line says so, no labels.
  std::string plain = dir.path("plain.csv");
  writeBytes(plain, "1,2,3\n4,5,6\n");
  ASSERT_EQ(dlrtCsvRead(plain.c_str(), nullptr, &dataset), DLRT_OK)
      << dlrtLastErrorMessage();
  ASSERT_EQ(dlrtDatasetGet(dataset, &view), DLRT_OK);
  EXPECT_EQ(view.count, 2);
  EXPECT_EQ(view.sampleSize, 3);
  EXPECT_EQ(view.labels, nullptr);
  dlrtDatasetFree(dataset);

  options.classes = 1;
  EXPECT_EQ(dlrtCsvRead(path.c_str(), &options, &dataset), DLRT_ERROR_FORMAT);
  EXPECT_EQ(dataset, nullptr);
  EXPECT_EQ(std::string(dlrtLastErrorMessage()),
            path + ": line 2, column 3: label 1 out of range: labels must be "
                   "integers in [0, 1)");
  options.delimiter = 300;
  EXPECT_EQ(dlrtCsvRead(path.c_str(), &options, &dataset),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(dlrtCsvRead(nullptr, &options, &dataset),
            DLRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(dlrtDatasetGet(nullptr, &view), DLRT_ERROR_INVALID_ARGUMENT);
  dlrtDatasetFree(nullptr);
}

} // namespace
