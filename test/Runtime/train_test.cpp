//===- train_test.cpp - Tests of dl::rt::Trainer (dl_runtime_train) -------===//
// SPDX-License-Identifier: Apache-2.0
//
// The trainer drives a hand-written linear regression model
// (train_linear_model.c) through the same tensor tables and call functions
// that `dlc --aot` generates, so these tests need no compiler: convergence,
// the shuffle order, batch and data checks, checkpoints (a resumed run ends
// bitwise where an uninterrupted one does), progress output and errors.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/train.h"

#include "dl/runtime/data.h"
#include "test_util.h"
#include "train_linear_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace dl::rt {
namespace {

using test::TempDir;

const float kTrueW[3] = {2.0f, -3.0f, 0.5f};
const float kTrueB = 1.0f;

TrainingEntryPoints linearEntries(bool withPredict = true) {
  TrainingEntryPoints entries;
  entries.trainStep = DLRT_ENTRY_POINT(linear_train_step);
  entries.evalStep = DLRT_ENTRY_POINT(linear_eval_step);
  if (withPredict)
    entries.predict = DLRT_ENTRY_POINT(linear_predict);
  return entries;
}

/// n samples of y = x . kTrueW + kTrueB, x in [-1, 1) from a fixed LCG.
struct LinearData {
  std::vector<float> x;
  std::vector<float> y;
  int64_t n;

  explicit LinearData(int64_t n, uint32_t seed = 1) : n(n) {
    uint32_t state = seed;
    for (int64_t i = 0; i < n; ++i) {
      float sum = kTrueB;
      for (int k = 0; k < 3; ++k) {
        state = state * 1664525u + 1013904223u;
        float v = static_cast<float>(state >> 8) / 8388608.0f - 1.0f;
        x.push_back(v);
        sum += v * kTrueW[k];
      }
      y.push_back(sum);
    }
  }
  DatasetView view() const {
    return {ArrayView(x.data(), {n, 3}), ArrayView(y.data(), {n, 1})};
  }
};

/// A weights file with w and b as given.
std::string writeWeights(const TempDir &dir, std::vector<float> w, float b,
                         const std::string &name = "init.safetensors") {
  std::string path = dir.path(name);
  writeSafetensors(path, {TensorView{"w", DLRT_F32, {3, 1}, w.data(), 12},
                          TensorView{"b", DLRT_F32, {1}, &b, 4}});
  return path;
}

FitOptions quiet(int64_t epochs) {
  FitOptions options;
  options.epochs = epochs;
  options.progress.mode = ProgressMode::Off;
  return options;
}

/// Every parameter and state tensor's bytes, by name.
std::map<std::string, std::string> snapshot(const Trainer &trainer) {
  std::map<std::string, std::string> bytes;
  for (const auto &views : {trainer.parameters(), trainer.optimizerState()})
    for (const TensorView &v : views)
      bytes[v.name] = std::string(static_cast<const char *>(v.data),
                                  v.byteSize);
  return bytes;
}

const float *floats(const Trainer &trainer, const char *name) {
  return static_cast<const float *>(trainer.data(name));
}

/// Runs `body`, expecting an Error with `status` whose message contains
/// `part`.
template <typename Body>
void expectError(Body body, DlrtStatus status, const std::string &part) {
  try {
    body();
    ADD_FAILURE() << "no error; expected " << dlrtStatusName(status) << ": "
                  << part;
  } catch (const Error &e) {
    EXPECT_EQ(e.status(), status) << e.what();
    EXPECT_NE(std::string(e.what()).find(part), std::string::npos)
        << "message: " << e.what() << "\nexpected to contain: " << part;
  }
}

/// What a stdio stream received, via a temporary file.
class CapturedStream {
public:
  CapturedStream() : file(std::tmpfile()) {}
  ~CapturedStream() { std::fclose(file); }
  std::FILE *get() const { return file; }
  std::string text() const {
    std::fflush(file);
    long size = std::ftell(file);
    std::string out(static_cast<size_t>(size), '\0');
    std::rewind(file);
    EXPECT_EQ(std::fread(out.data(), 1, out.size(), file), out.size());
    return out;
  }

private:
  std::FILE *file;
};

class TrainerTest : public ::testing::Test {
protected:
  void TearDown() override {
    linear_train_hook = nullptr;
    linear_train_hook_context = nullptr;
    linear_train_fail = DLRT_OK;
  }
  TempDir dir;
};

//===----------------------------------------------------------------------===//
// Shuffling
//===----------------------------------------------------------------------===//

TEST(ShuffleTest, SplitMix64MatchesTheReferenceSequence) {
  // The reference implementation's first outputs for state 0.
  SplitMix64 rng(0);
  EXPECT_EQ(rng.next(), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(rng.next(), 0x6e789e6aa1b965f4ULL);
  EXPECT_EQ(rng.next(), 0x06c45d188009454fULL);
  EXPECT_EQ(rng.state(), 3 * 0x9e3779b97f4a7c15ULL);
}

TEST(ShuffleTest, FisherYatesIsFixedPerSeed) {
  std::vector<int64_t> indices = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  SplitMix64 rng(42);
  shuffleIndices(indices, rng);
  // Worked out by an independent implementation of the documented
  // algorithm; any platform must produce exactly this.
  EXPECT_EQ(indices, (std::vector<int64_t>{0, 9, 5, 8, 6, 4, 7, 2, 1, 3}));
  EXPECT_EQ(rng.state(), 10372713005361028327ULL);

  std::vector<int64_t> again = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  SplitMix64 same(42);
  shuffleIndices(again, same);
  EXPECT_EQ(again, indices);
  std::vector<int64_t> other = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  SplitMix64 different(43);
  shuffleIndices(other, different);
  EXPECT_NE(other, indices);
}

TEST(ShuffleTest, BelowIsInRangeAndCoversIt) {
  SplitMix64 rng(7);
  std::vector<int> seen(5);
  for (int i = 0; i < 1000; ++i) {
    uint64_t v = rng.below(5);
    ASSERT_LT(v, 5u);
    ++seen[v];
  }
  for (int count : seen)
    EXPECT_GT(count, 150);
  EXPECT_EQ(rng.below(1), 0u);
}

//===----------------------------------------------------------------------===//
// Construction
//===----------------------------------------------------------------------===//

TEST_F(TrainerTest, OwnsParametersAndZeroedState) {
  Trainer trainer(linearEntries());
  std::vector<TensorView> parameters = trainer.parameters();
  ASSERT_EQ(parameters.size(), 2u);
  EXPECT_EQ(parameters[0].name, "w");
  EXPECT_EQ(parameters[0].shape, (std::vector<int64_t>{3, 1}));
  EXPECT_EQ(parameters[1].name, "b");
  std::vector<TensorView> state = trainer.optimizerState();
  ASSERT_EQ(state.size(), 3u);
  EXPECT_EQ(state[0].name, "momentum.w");
  EXPECT_EQ(state[1].name, "momentum.b");
  EXPECT_EQ(state[2].name, "optimizer.iterations");
  for (const auto &views : {parameters, state})
    for (const TensorView &v : views) {
      EXPECT_EQ(reinterpret_cast<uintptr_t>(v.data) % DLRT_DEFAULT_ALIGNMENT,
                0u);
      EXPECT_EQ(std::string(static_cast<const char *>(v.data), v.byteSize),
                std::string(v.byteSize, '\0'))
          << v.name;
    }
  EXPECT_EQ(trainer.batchSize(), LINEAR_BATCH);
  EXPECT_EQ(trainer.epoch(), 0);
  EXPECT_EQ(trainer.iterations(), 0);
  expectError([&] { trainer.data("adam.m.w"); }, DLRT_ERROR_NOT_FOUND,
              "'adam.m.w'");
}

TEST_F(TrainerTest, LoadsWeightsByName) {
  std::string path = writeWeights(dir, {1, 2, 3}, 4);
  // As the documentation spells it.
  Trainer documented({DLRT_ENTRY_POINT(linear_train_step),
                      DLRT_ENTRY_POINT(linear_eval_step),
                      DLRT_ENTRY_POINT(linear_predict)},
                     path);
  EXPECT_EQ(floats(documented, "w")[0], 1.0f);
  Trainer trainer(linearEntries(), path);
  EXPECT_EQ(floats(trainer, "w")[2], 3.0f);
  EXPECT_EQ(floats(trainer, "b")[0], 4.0f);
  EXPECT_EQ(floats(trainer, "momentum.w")[0], 0.0f);

  // A file without b changes nothing, not even w.
  std::vector<float> w = {9, 9, 9};
  writeSafetensors(dir.path("partial.safetensors"),
                   {TensorView{"w", DLRT_F32, {3, 1}, w.data(), 12}});
  expectError([&] { trainer.loadWeights(dir.path("partial.safetensors")); },
              DLRT_ERROR_NOT_FOUND, "no tensor named 'b'");
  EXPECT_EQ(floats(trainer, "w")[0], 1.0f);
  // The wrong shape.
  writeSafetensors(dir.path("flat.safetensors"),
                   {TensorView{"w", DLRT_F32, {3}, w.data(), 12},
                    TensorView{"b", DLRT_F32, {1}, w.data(), 4}});
  expectError([&] { trainer.loadWeights(dir.path("flat.safetensors")); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'w' has shape [3] but the model expects [3, 1]");

  // saveWeights writes the parameters only, which load back.
  trainer.saveWeights(dir.path("saved.safetensors"));
  TensorFile saved = TensorFile::load(dir.path("saved.safetensors"));
  EXPECT_EQ(saved.size(), 2u);
  EXPECT_EQ(saved.bind<float>("w", {3, 1})[1], 2.0f);
}

// A train step whose state follows dl-train-step's Adagrad naming, f32 and
// f64, and does nothing.
const int64_t kPairShape[] = {2};
const int64_t kBatchShape[] = {2, 2};
DlrtStatus doNothing(void *const *) { return DLRT_OK; }
const DlrtTensorSpec kAdagradTrain[] = {
    {"x", DLRT_INPUT, DLRT_F32, 2, kBatchShape, 4, 0},
    {"w", DLRT_PARAMETER, DLRT_F32, 1, kPairShape, 2, 1},
    {"v", DLRT_PARAMETER, DLRT_F64, 1, kPairShape, 2, 1},
    {"labels", DLRT_INPUT, DLRT_I32, 1, kBatchShape, 2, 0},
    {"adagrad.accumulator.w", DLRT_PARAMETER, DLRT_F32, 1, kPairShape, 2, 1},
    {"adagrad.accumulator.v", DLRT_PARAMETER, DLRT_F64, 1, kPairShape, 2, 1},
    {"optimizer.iterations", DLRT_PARAMETER, DLRT_I64, 0, nullptr, 1, 1},
    {"loss", DLRT_OUTPUT, DLRT_F32, 0, nullptr, 1, 0},
};
const DlrtTensorSpec kAdagradEval[] = {
    {"x", DLRT_INPUT, DLRT_F32, 2, kBatchShape, 4, 0},
    {"w", DLRT_PARAMETER, DLRT_F32, 1, kPairShape, 2, 0},
    {"v", DLRT_PARAMETER, DLRT_F64, 1, kPairShape, 2, 0},
    {"labels", DLRT_INPUT, DLRT_I32, 1, kBatchShape, 2, 0},
    {"loss", DLRT_OUTPUT, DLRT_F64, 0, nullptr, 1, 0},
};

TrainingEntryPoints adagradEntries() {
  TrainingEntryPoints entries;
  entries.trainStep = EntryPoint(kAdagradTrain, std::size(kAdagradTrain),
                                 doNothing);
  entries.evalStep = EntryPoint(kAdagradEval, std::size(kAdagradEval),
                                doNothing);
  return entries;
}

TEST_F(TrainerTest, AdagradAccumulatorsStartAtTheInitialValue) {
  Trainer trainer(adagradEntries());
  EXPECT_EQ(floats(trainer, "adagrad.accumulator.w")[1], 0.1f);
  EXPECT_EQ(static_cast<const double *>(
                trainer.data("adagrad.accumulator.v"))[1],
            0.1);
  EXPECT_EQ(floats(trainer, "w")[0], 0.0f);
  EXPECT_EQ(trainer.iterations(), 0);

  TrainerOptions options;
  options.adagradInitialAccumulator = 0.5;
  Trainer custom(adagradEntries(), options);
  EXPECT_EQ(floats(custom, "adagrad.accumulator.w")[0], 0.5f);
  ASSERT_EQ(custom.optimizerState().size(), 3u);
  ASSERT_EQ(custom.parameters().size(), 2u);

  // i32 labels: an f32 labels array is refused, with the reason.
  std::vector<float> x(8), labels(4);
  DatasetView data(ArrayView(x.data(), {4, 2}), ArrayView(labels.data(), {4}));
  expectError([&] { custom.fit(data, quiet(1)); }, DLRT_ERROR_INVALID_ARGUMENT,
              "training labels are f32 but the train step's input 'labels' "
              "is i32");
  std::vector<int32_t> classes(4);
  data.labels = ArrayView(classes.data(), {4});
  EXPECT_EQ(custom.fit(data, quiet(2)).epochs.size(), 2u);
}

TEST_F(TrainerTest, RefusesEntryPointsThatDoNotFit) {
  TrainingEntryPoints entries = linearEntries();
  entries.evalStep = EntryPoint();
  expectError([&] { Trainer t(entries); }, DLRT_ERROR_INVALID_ARGUMENT,
              "the eval step is missing");

  TrainerOptions options;
  options.labels = "targets";
  expectError([&] { Trainer t(linearEntries(), options); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "the train step has no input named 'targets' "
              "(TrainerOptions::labels); its inputs are 'x', 'labels'");
  // Two inputs besides the labels.
  entries = adagradEntries();
  DlrtTensorSpec train[std::size(kAdagradTrain)];
  std::copy(std::begin(kAdagradTrain), std::end(kAdagradTrain), train);
  train[1] = train[0];
  train[1].name = "mask";
  entries.trainStep = EntryPoint(train, std::size(train), doNothing);
  expectError([&] { Trainer t(entries); }, DLRT_ERROR_INVALID_ARGUMENT,
              "the train step takes the inputs 'x', 'mask' besides the "
              "labels; the trainer feeds exactly one, the features");

  // An eval step whose parameter has another shape than the train step's.
  entries = adagradEntries();
  DlrtTensorSpec eval[std::size(kAdagradEval)];
  std::copy(std::begin(kAdagradEval), std::end(kAdagradEval), eval);
  eval[1].shape = kBatchShape;
  eval[1].rank = 2;
  eval[1].size = 4;
  entries.evalStep = EntryPoint(eval, std::size(eval), doNothing);
  expectError([&] { Trainer t(entries); }, DLRT_ERROR_INVALID_ARGUMENT,
              "the eval step's parameter 'w' is f32 [2, 2] but the train "
              "step's is f32 [2]");
  // One the train step does not take.
  eval[1] = kAdagradEval[1];
  eval[1].name = "u";
  expectError([&] { Trainer t(entries); }, DLRT_ERROR_INVALID_ARGUMENT,
              "the eval step takes the parameter 'u', which the train step "
              "does not");
  // No loss.
  eval[1] = kAdagradEval[1];
  eval[4].name = "error";
  expectError([&] { Trainer t(entries); }, DLRT_ERROR_INVALID_ARGUMENT,
              "the eval step has no output 'loss'");
}

//===----------------------------------------------------------------------===//
// Training
//===----------------------------------------------------------------------===//

TEST_F(TrainerTest, LossDecreasesAndConvergesToTheSolution) {
  LinearData data(64), validation(16, 99);
  DatasetView val = validation.view();
  Trainer trainer(linearEntries(), writeWeights(dir, {0, 0, 0}, 0));
  FitOptions options = quiet(12);
  options.seed = 5;
  options.validation = &val;
  History history = trainer.fit(data.view(), options);

  ASSERT_EQ(history.epochs.size(), 12u);
  for (size_t i = 0; i < history.epochs.size(); ++i)
    EXPECT_EQ(history.epochs[i].epoch, static_cast<int64_t>(i) + 1);
  EXPECT_GT(history.epochs[0].train.loss, 1.0);
  // Down by orders of magnitude each epoch until float rounding dominates.
  for (size_t i = 1; i < 5; ++i)
    EXPECT_LT(history.epochs[i].train.loss,
              history.epochs[i - 1].train.loss / 10)
        << "epoch " << i + 1;
  const EpochResult &last = history.epochs.back();
  EXPECT_LT(last.train.loss, 1e-8);
  EXPECT_EQ(last.train.batches, 16);
  EXPECT_EQ(last.train.samples, 64);
  ASSERT_TRUE(last.train.accuracy);
  EXPECT_EQ(*last.train.accuracy, 1.0);
  ASSERT_TRUE(last.validation);
  EXPECT_LT(last.validation->loss, 1e-8);
  EXPECT_EQ(last.validation->accuracy, 1.0);
  EXPECT_EQ(last.validation->batches, 4);

  for (int k = 0; k < 3; ++k)
    EXPECT_NEAR(floats(trainer, "w")[k], kTrueW[k], 1e-4);
  EXPECT_NEAR(floats(trainer, "b")[0], kTrueB, 1e-4);
  EXPECT_EQ(trainer.epoch(), 12);
  EXPECT_EQ(trainer.iterations(), 12 * 16);

  Metrics metrics = trainer.evaluate(val);
  EXPECT_EQ(metrics.loss, last.validation->loss);
  EXPECT_EQ(metrics.accuracy, 1.0);

  // fit() trains up to `epochs`: once there, it does nothing.
  EXPECT_TRUE(trainer.fit(data.view(), options).epochs.empty());
  EXPECT_EQ(trainer.iterations(), 12 * 16);
}

// The linear train step with an `accuracy` output of its own, always 0.25.
std::vector<DlrtTensorSpec> withAccuracyTable() {
  size_t count = 0;
  const DlrtTensorSpec *specs = linear_train_step_tensors(&count);
  std::vector<DlrtTensorSpec> table(specs, specs + count);
  table.push_back({"accuracy", DLRT_OUTPUT, DLRT_F32, 0, nullptr, 1, 0});
  return table;
}
int evalCalls = 0;
DlrtStatus countingEval(void *const *buffers) {
  ++evalCalls;
  return linear_eval_step_call(buffers);
}
DlrtStatus trainWithAccuracy(void *const *buffers) {
  *static_cast<float *>(buffers[8]) = 0.25f;
  return linear_train_step_call(buffers);
}

TEST_F(TrainerTest, TrainAccuracyFromTheTrainStepOrTheEvalStep) {
  LinearData data(16);
  std::vector<DlrtTensorSpec> table = withAccuracyTable();
  TrainingEntryPoints entries = linearEntries();
  entries.trainStep = EntryPoint(table.data(), table.size(), trainWithAccuracy);
  size_t count = 0;
  const DlrtTensorSpec *evalTable = linear_eval_step_tensors(&count);
  entries.evalStep = EntryPoint(evalTable, count, countingEval);

  // The train step's own accuracy: no eval step per batch.
  evalCalls = 0;
  Trainer own(entries);
  History history = own.fit(data.view(), quiet(2));
  EXPECT_EQ(history.epochs[1].train.accuracy, 0.25);
  EXPECT_EQ(evalCalls, 0);

  // Otherwise the eval step runs before every train step...
  entries.trainStep = DLRT_ENTRY_POINT(linear_train_step);
  Trainer viaEval(entries);
  history = viaEval.fit(data.view(), quiet(2));
  EXPECT_EQ(evalCalls, 2 * 4);
  ASSERT_TRUE(history.epochs[0].train.accuracy);
  // ...unless the accuracy is not wanted.
  FitOptions options = quiet(3);
  options.trainAccuracy = false;
  history = viaEval.fit(data.view(), options);
  EXPECT_EQ(evalCalls, 2 * 4);
  EXPECT_FALSE(history.epochs[0].train.accuracy);
}

/// Records the first feature of every row the train step sees.
void recordRows(const float *x, void *context) {
  auto *rows = static_cast<std::vector<float> *>(context);
  for (int i = 0; i < LINEAR_BATCH; ++i)
    rows->push_back(x[i * LINEAR_FEATURES]);
}

TEST_F(TrainerTest, ShufflesEachEpochAsDocumented) {
  LinearData data(10);
  std::vector<float> seen;
  linear_train_hook = recordRows;
  linear_train_hook_context = &seen;
  Trainer trainer(linearEntries());
  FitOptions options = quiet(2);
  options.seed = 42;
  trainer.fit(data.view(), options);

  // Epoch 1 is the permutation of the documented generator from the seed,
  // epoch 2 a fresh permutation from where it left off; each uses the first
  // 8 samples of its order (10 % 4 are dropped).
  std::vector<float> expected;
  SplitMix64 rng(42);
  for (int epoch = 0; epoch < 2; ++epoch) {
    std::vector<int64_t> order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    shuffleIndices(order, rng);
    if (epoch == 0)
      EXPECT_EQ(order, (std::vector<int64_t>{0, 9, 5, 8, 6, 4, 7, 2, 1, 3}));
    for (int i = 0; i < 8; ++i)
      expected.push_back(data.x[static_cast<size_t>(order[i]) * 3]);
  }
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(trainer.shuffleState(), rng.state());
  EXPECT_EQ(trainer.iterations(), 4);

  // Without shuffling, the dataset's order.
  seen.clear();
  Trainer ordered(linearEntries());
  options.shuffle = false;
  ordered.fit(data.view(), options);
  ASSERT_EQ(seen.size(), 16u);
  for (size_t i = 0; i < 16; ++i)
    EXPECT_EQ(seen[i], data.x[(i % 8) * 3]);
}

TEST_F(TrainerTest, SameSeedSameResultOtherSeedOtherResult) {
  LinearData data(40);
  std::string init = writeWeights(dir, {0.1f, 0.2f, 0.3f}, 0);
  auto run = [&](uint64_t seed) {
    Trainer trainer(linearEntries(), init);
    FitOptions options = quiet(3);
    options.seed = seed;
    trainer.fit(data.view(), options);
    return snapshot(trainer);
  };
  EXPECT_EQ(run(11), run(11));
  EXPECT_NE(run(11), run(12));
}

TEST_F(TrainerTest, BatchSizeMustBeTheCompiledOne) {
  LinearData data(16);
  Trainer trainer(linearEntries());
  FitOptions options = quiet(1);
  options.batchSize = 8;
  expectError([&] { trainer.fit(data.view(), options); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "fit: batch size 8 differs from the batch dimension the train "
              "step was compiled with, 4 (its input 'x' is f32 [4, 3]); pass "
              "4 or 0, or compile the model for 8");
  EXPECT_EQ(trainer.iterations(), 0);
  options.batchSize = 4;
  trainer.fit(data.view(), options);
  EXPECT_EQ(trainer.iterations(), 4);
}

TEST_F(TrainerTest, FitDropsTheLastIncompleteBatch) {
  LinearData data(11);
  Trainer trainer(linearEntries());
  History history = trainer.fit(data.view(), quiet(3));
  EXPECT_EQ(trainer.iterations(), 3 * 2);
  EXPECT_EQ(history.epochs[0].train.batches, 2);
  EXPECT_EQ(history.epochs[0].train.samples, 8);
}

// evaluate() counts every sample, also those of a last incomplete batch
// (and data smaller than one batch): the same mean loss and accuracy as
// computed sample by sample.
TEST_F(TrainerTest, EvaluatesEverySample) {
  const std::vector<float> w = {2.0f, -3.0f, 0.65f};
  const float b = 1.0f;
  for (int64_t n : {11, 3, 8, 1}) {
    LinearData data(n);
    Trainer trainer(linearEntries(), writeWeights(dir, w, b));
    double loss = 0;
    int64_t hits = 0;
    for (int64_t i = 0; i < n; ++i) {
      float r = b - data.y[i];
      for (int k = 0; k < 3; ++k)
        r += data.x[i * 3 + k] * w[k];
      loss += double(r) * r;
      hits += std::fabs(r) < 0.1f;
    }
    loss /= n;
    Metrics metrics = trainer.evaluate(data.view());
    EXPECT_EQ(metrics.samples, n);
    EXPECT_EQ(metrics.batches, (n + 3) / 4);
    // r is a difference of O(1) floats, good to about 1e-7.
    EXPECT_NEAR(metrics.loss, loss, 1e-6 * loss + 1e-9) << n << " samples";
    ASSERT_TRUE(metrics.accuracy);
    EXPECT_NEAR(*metrics.accuracy, double(hits) / n, 1e-6) << n << " samples";
  }
}

TEST_F(TrainerTest, ChecksTheData) {
  LinearData data(8);
  Trainer trainer(linearEntries());
  DatasetView view = data.view();
  view.features.shape = {4, 6};
  expectError([&] { trainer.fit(view, quiet(1)); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "training features have samples of shape [6] ([4, 6] in all) "
              "but the train step's input 'x' takes [3] per sample (f32 [4, "
              "3] with the batch)");
  view = data.view();
  view.labels.shape = {7, 1};
  expectError([&] { trainer.fit(view, quiet(1)); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "training data has 8 samples of features but 7 labels");
  view = data.view();
  view.features.shape = {3, 3};
  view.labels.shape = {3, 1};
  expectError([&] { trainer.fit(view, quiet(1)); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "training data has 3 samples, fewer than one batch of 4");
  view = data.view();
  view.labels.data = nullptr;
  expectError([&] { trainer.fit(view, quiet(1)); },
              DLRT_ERROR_INVALID_ARGUMENT, "training labels have no data");
  DatasetView validation = data.view();
  validation.features.shape = {8, 2};
  FitOptions options = quiet(1);
  options.validation = &validation;
  expectError([&] { trainer.fit(data.view(), options); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "validation features have samples of shape [2]");
  EXPECT_EQ(trainer.iterations(), 0);
}

TEST_F(TrainerTest, ConvertsF64DataToTheModelsF32) {
  LinearData data(12);
  std::vector<double> x(data.x.begin(), data.x.end());
  std::vector<double> y(data.y.begin(), data.y.end());
  DatasetView doubles(ArrayView(x.data(), {12, 3}), ArrayView(y.data(), {12, 1}));
  std::string init = writeWeights(dir, {0.5f, 0, 0}, 0);
  Trainer a(linearEntries(), init), b(linearEntries(), init);
  a.fit(data.view(), quiet(2));
  b.fit(doubles, quiet(2));
  EXPECT_EQ(snapshot(a), snapshot(b));
}

TEST_F(TrainerTest, StepFailuresPropagate) {
  LinearData data(8);
  Trainer trainer(linearEntries());
  linear_train_fail = DLRT_ERROR_INTERNAL;
  expectError([&] { trainer.fit(data.view(), quiet(1)); }, DLRT_ERROR_INTERNAL,
              "the train step returned DLRT_ERROR_INTERNAL on batch 1 of "
              "epoch 1");
  EXPECT_EQ(trainer.epoch(), 0);
}

TEST_F(TrainerTest, PredictsEverySample) {
  LinearData data(10);
  Trainer trainer(linearEntries(), writeWeights(dir, {2, -3, 0.5f}, 1));
  std::vector<HostTensor> outputs =
      trainer.predict(ArrayView(data.x.data(), {10, 3}));
  ASSERT_EQ(outputs.size(), 1u);
  EXPECT_EQ(outputs[0].name(), "y");
  EXPECT_EQ(outputs[0].shape(), (std::vector<int64_t>{10, 1}));
  const float *y = outputs[0].data<float>();
  for (int i = 0; i < 10; ++i)
    EXPECT_NEAR(y[i], data.y[static_cast<size_t>(i)], 1e-5) << i;
  expectError([&] { outputs[0].data<double>(); }, DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'y' is f32, not f64");

  Trainer without(linearEntries(false));
  expectError([&] { without.predict(ArrayView(data.x.data(), {10, 3})); },
              DLRT_ERROR_INVALID_ARGUMENT, "without a predict entry point");
}

/// A data set as the data library (dl/runtime/data.h) returns one.
struct OwningDataset {
  int64_t count = 0;
  std::vector<int64_t> sampleShape;
  std::vector<float> features;
  std::vector<int32_t> labels;
};

TEST(DatasetViewTest, ViewsAnOwningDataset) {
  OwningDataset owning;
  owning.count = 2;
  owning.sampleShape = {28, 28};
  owning.features.resize(2 * 28 * 28);
  owning.labels = {3, 7};
  DatasetView view(owning);
  EXPECT_EQ(view.features.dtype, DLRT_F32);
  EXPECT_EQ(view.features.shape, (std::vector<int64_t>{2, 28, 28}));
  EXPECT_EQ(view.features.data, owning.features.data());
  EXPECT_EQ(view.labels.dtype, DLRT_I32);
  EXPECT_EQ(view.labels.shape, (std::vector<int64_t>{2}));
  EXPECT_EQ(view.labels.data, owning.labels.data());

  // The data library's own type.
  Dataset read;
  read.count = 3;
  read.sampleShape = {4};
  read.features.resize(12);
  read.labels = {0, 1, 2};
  DatasetView fromData(read);
  EXPECT_EQ(fromData.features.shape, (std::vector<int64_t>{3, 4}));
  EXPECT_EQ(fromData.labels.data, read.labels.data());
}

//===----------------------------------------------------------------------===//
// Checkpoints
//===----------------------------------------------------------------------===//

TEST_F(TrainerTest, CheckpointRoundTrip) {
  LinearData data(20);
  Trainer trainer(linearEntries(), writeWeights(dir, {0, 0, 0}, 0));
  FitOptions options = quiet(3);
  options.seed = 9;
  trainer.fit(data.view(), options);
  std::string path = dir.path("ckpt.safetensors");
  trainer.saveCheckpoint(path);

  TensorFile file = TensorFile::load(path);
  std::set<std::string> names;
  for (const TensorView &v : file)
    names.insert(v.name);
  EXPECT_EQ(names, (std::set<std::string>{"w", "b", "momentum.w",
                                          "momentum.b", "optimizer.iterations",
                                          "trainer.epoch",
                                          "trainer.shuffle_state"}));
  EXPECT_EQ(*file.bind<int64_t>("trainer.epoch", {}), 3);
  EXPECT_EQ(*file.bind<int64_t>("optimizer.iterations", {}), 15);
  EXPECT_EQ(static_cast<uint64_t>(
                *file.bind<int64_t>("trainer.shuffle_state", {})),
            trainer.shuffleState());
  EXPECT_EQ(file.metadata().at("format"), "dl.rt.checkpoint");

  Trainer restored(linearEntries(), writeWeights(dir, {7, 7, 7}, 7, "o.st"));
  restored.loadCheckpoint(path);
  EXPECT_EQ(snapshot(restored), snapshot(trainer));
  EXPECT_EQ(restored.epoch(), 3);
  EXPECT_EQ(restored.iterations(), 15);
  EXPECT_EQ(restored.shuffleState(), trainer.shuffleState());
}

TEST_F(TrainerTest, ResumedRunEndsBitwiseLikeAnUninterruptedOne) {
  LinearData data(22), validation(8, 3);
  DatasetView val = validation.view();
  std::string init = writeWeights(dir, {0.3f, -0.2f, 0.1f}, 0.05f);
  FitOptions options = quiet(6);
  options.seed = 1234;
  options.validation = &val;

  Trainer uninterrupted(linearEntries(), init);
  History full = uninterrupted.fit(data.view(), options);
  ASSERT_EQ(full.epochs.size(), 6u);

  // Stopped after epoch 3, with a checkpoint every epoch...
  std::string path = dir.path("run.ckpt");
  FitOptions first = options;
  first.checkpointPath = path;
  first.resume = true; // no file yet: starts from scratch
  first.onEpochEnd = [](const EpochResult &r) { return r.epoch < 3; };
  Trainer interrupted(linearEntries(), init);
  EXPECT_EQ(interrupted.fit(data.view(), first).epochs.size(), 3u);

  // ...then a new process: fresh weights, resumed from the checkpoint, with
  // a seed that must not matter any more.
  Trainer resumed(linearEntries(), init);
  FitOptions second = options;
  second.checkpointPath = path;
  second.resume = true;
  second.seed = 999;
  History rest = resumed.fit(data.view(), second);
  ASSERT_EQ(rest.epochs.size(), 3u);
  EXPECT_EQ(resumed.epoch(), 6);
  EXPECT_EQ(snapshot(resumed), snapshot(uninterrupted));
  EXPECT_EQ(resumed.shuffleState(), uninterrupted.shuffleState());
  for (size_t i = 0; i < 3; ++i) {
    const EpochResult &a = full.epochs[i + 3], &b = rest.epochs[i];
    EXPECT_EQ(a.epoch, b.epoch);
    EXPECT_EQ(a.train.loss, b.train.loss);
    EXPECT_EQ(a.train.accuracy, b.train.accuracy);
    EXPECT_EQ(a.validation->loss, b.validation->loss);
    EXPECT_EQ(a.validation->accuracy, b.validation->accuracy);
  }
  // The checkpoint now holds epoch 6, identical to the uninterrupted state.
  Trainer fromFile(linearEntries());
  fromFile.loadCheckpoint(path);
  EXPECT_EQ(snapshot(fromFile), snapshot(uninterrupted));

  // The same through loadCheckpoint and a plain fit.
  Trainer manual(linearEntries());
  manual.loadCheckpoint(path);
  FitOptions more = options;
  more.epochs = 8;
  uninterrupted.fit(data.view(), more);
  manual.fit(data.view(), more);
  EXPECT_EQ(snapshot(manual), snapshot(uninterrupted));
}

TEST_F(TrainerTest, BadCheckpointsAreRefusedAndChangeNothing) {
  LinearData data(8);
  Trainer trainer(linearEntries(), writeWeights(dir, {1, 2, 3}, 4));
  trainer.fit(data.view(), quiet(1));
  std::map<std::string, std::string> before = snapshot(trainer);
  std::string good = dir.path("good.ckpt");
  trainer.saveCheckpoint(good);

  expectError([&] { trainer.loadCheckpoint(dir.path("missing.ckpt")); },
              DLRT_ERROR_NOT_FOUND, "missing.ckpt");
  test::writeBytes(dir.path("garbage.ckpt"), "not a safetensors file");
  expectError([&] { trainer.loadCheckpoint(dir.path("garbage.ckpt")); },
              DLRT_ERROR_FORMAT, "garbage.ckpt");
  // A truncated checkpoint.
  std::string bytes = test::readBytes(good);
  test::writeBytes(dir.path("short.ckpt"), bytes.substr(0, bytes.size() - 4));
  expectError([&] { trainer.loadCheckpoint(dir.path("short.ckpt")); },
              DLRT_ERROR_FORMAT, "short.ckpt");
  // A weights file.
  std::string weights = writeWeights(dir, {0, 0, 0}, 0, "weights.st");
  expectError([&] { trainer.loadCheckpoint(weights); }, DLRT_ERROR_FORMAT,
              "weights.st: not a training checkpoint: there is no tensor "
              "'trainer.epoch' (a weights file is loaded with loadWeights)");

  // Checkpoints of another model or optimizer: a file like the good one
  // with one tensor changed, dropped or added.
  TensorFile file = TensorFile::load(good);
  auto rewrite = [&](const std::string &name, auto edit) {
    std::vector<TensorView> views(file.begin(), file.end());
    edit(views);
    writeSafetensors(dir.path(name), views);
    return dir.path(name);
  };
  std::vector<float> nine(9);
  std::string wrongShape = rewrite("shape.ckpt", [&](auto &views) {
    for (TensorView &v : views)
      if (v.name == "momentum.w") {
        v.shape = {9};
        v.data = nine.data();
        v.byteSize = 36;
      }
  });
  expectError([&] { trainer.loadCheckpoint(wrongShape); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'momentum.w' has shape [9] but the model expects [3, 1]");
  std::string missing = rewrite("missing-state.ckpt", [&](auto &views) {
    views.erase(std::remove_if(views.begin(), views.end(),
                               [](const TensorView &v) {
                                 return v.name == "momentum.b";
                               }),
                views.end());
  });
  expectError([&] { trainer.loadCheckpoint(missing); }, DLRT_ERROR_NOT_FOUND,
              "no tensor named 'momentum.b'");
  std::string extra = rewrite("adam.ckpt", [&](auto &views) {
    views.push_back(TensorView{"adam.m.w", DLRT_F32, {3, 1}, nine.data(), 12});
  });
  expectError([&] { trainer.loadCheckpoint(extra); },
              DLRT_ERROR_INVALID_ARGUMENT,
              "tensor 'adam.m.w' is not part of this model's training state; "
              "the checkpoint is of another model or optimizer");
  std::string negative = rewrite("negative.ckpt", [&](auto &views) {
    static const int64_t minusOne = -1;
    for (TensorView &v : views)
      if (v.name == "trainer.epoch")
        v.data = &minusOne;
  });
  expectError([&] { trainer.loadCheckpoint(negative); }, DLRT_ERROR_FORMAT,
              "tensor 'trainer.epoch' is negative");

  EXPECT_EQ(snapshot(trainer), before);
  EXPECT_EQ(trainer.epoch(), 1);

  // resume with a bad checkpoint fails rather than starting over.
  FitOptions options = quiet(2);
  options.checkpointPath = extra;
  options.resume = true;
  expectError([&] { trainer.fit(data.view(), options); },
              DLRT_ERROR_INVALID_ARGUMENT, "'adam.m.w'");
  options.checkpointPath.clear();
  expectError([&] { trainer.fit(data.view(), options); },
              DLRT_ERROR_INVALID_ARGUMENT, "resume needs the checkpointPath");
}

//===----------------------------------------------------------------------===//
// Progress
//===----------------------------------------------------------------------===//

std::string epochLine(const EpochResult &r, int64_t epochs, bool accuracy) {
  char line[256];
  if (accuracy)
    std::snprintf(line, sizeof line,
                  "epoch %lld/%lld: loss %.4f accuracy %.4f val_loss %.4f "
                  "val_accuracy %.4f\n",
                  static_cast<long long>(r.epoch),
                  static_cast<long long>(epochs), r.train.loss,
                  *r.train.accuracy, r.validation->loss,
                  *r.validation->accuracy);
  else
    std::snprintf(line, sizeof line,
                  "epoch %lld/%lld: loss %.4f val_loss %.4f val_accuracy "
                  "%.4f\n",
                  static_cast<long long>(r.epoch),
                  static_cast<long long>(epochs), r.train.loss,
                  r.validation->loss, *r.validation->accuracy);
  return line;
}

TEST_F(TrainerTest, OneLinePerEpochWhenNotATerminal) {
  LinearData data(16), validation(8, 2);
  DatasetView val = validation.view();
  CapturedStream out;
  Trainer trainer(linearEntries());
  FitOptions options;
  options.epochs = 3;
  options.validation = &val;
  options.progress.stream = out.get(); // a file: Auto picks lines
  History history = trainer.fit(data.view(), options);
  std::string expected;
  for (const EpochResult &r : history.epochs)
    expected += epochLine(r, 3, true);
  EXPECT_EQ(out.text(), expected);
  EXPECT_EQ(out.text().substr(0, 16), "epoch 1/3: loss ");

  // Without the training accuracy; numbering continues from epoch 3.
  CapturedStream more;
  options.epochs = 5;
  options.trainAccuracy = false;
  options.progress.mode = ProgressMode::Lines;
  options.progress.stream = more.get();
  history = trainer.fit(data.view(), options);
  ASSERT_EQ(history.epochs.size(), 2u);
  EXPECT_FALSE(history.epochs[0].train.accuracy);
  EXPECT_EQ(more.text(), epochLine(history.epochs[0], 5, false) +
                             epochLine(history.epochs[1], 5, false));
  EXPECT_EQ(more.text().substr(0, 10), "epoch 4/5:");
}

TEST_F(TrainerTest, ProgressBarRedrawsOneLinePerEpoch) {
  LinearData data(16);
  CapturedStream out;
  Trainer trainer(linearEntries());
  FitOptions options;
  options.epochs = 2;
  options.progress.mode = ProgressMode::Bar; // as on a terminal
  options.progress.stream = out.get();
  options.progress.minSeconds = 0; // redraw after every batch
  trainer.fit(data.view(), options);
  std::string text = out.text();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  // Per epoch: the empty bar, batches 1 to 3, the final state.
  EXPECT_EQ(std::count(text.begin(), text.end(), '\r'), 2 * 5);
  EXPECT_NE(text.find("\repoch 1/2 [>.............................] 0/4 "),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\repoch 2/2 [==============================] 4/4 "),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(" loss "), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}

TEST_F(TrainerTest, AutoDrawsTheBarOnATerminal) {
  // A pseudo-terminal stands in for one.
  int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
    GTEST_SKIP() << "no pseudo-terminal";
  int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
  ASSERT_GE(slave, 0);
  std::FILE *terminal = ::fdopen(slave, "w");
  ASSERT_NE(terminal, nullptr);
  LinearData data(8);
  Trainer trainer(linearEntries());
  FitOptions options;
  options.epochs = 1;
  options.progress.stream = terminal;
  trainer.fit(data.view(), options);
  std::fclose(terminal);
  // The terminal hands over one write at a time; with the other side
  // closed, read() fails once all are read.
  std::string text;
  char buffer[4096];
  for (ssize_t size; (size = ::read(master, buffer, sizeof buffer)) > 0;)
    text.append(buffer, static_cast<size_t>(size));
  ::close(master);
  EXPECT_NE(text.find("\repoch 1/1 [==="), std::string::npos) << text;
}

} // namespace
} // namespace dl::rt
