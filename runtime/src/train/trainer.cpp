//===- trainer.cpp - dl::rt::Trainer, the runtime training loop -----------===//
// SPDX-License-Identifier: Apache-2.0
//
// The trainer binds the compiled steps by their tensor tables: every
// DLRT_PARAMETER tensor of the train step gets one buffer of the trainer's,
// shared by name with the eval and predict entry points; every input and
// output gets a buffer per entry point (the eval step shares the train
// step's input buffers when they have the same type, so the training
// accuracy costs no second copy). A batch is a gather of rows of the dataset
// into the input buffers, converting f64 to f32 or back where the model's
// float type differs from the data's.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/train.h"

#include "progress.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <map>
#include <new>
#include <set>
#include <utility>

#include <sys/stat.h>

namespace dl::rt {
namespace {

const char *const kEpochName = "trainer.epoch";
const char *const kShuffleName = "trainer.shuffle_state";
const char *const kIterationsName = "optimizer.iterations";
const char *const kAdagradPrefix = "adagrad.accumulator.";

[[noreturn]] void fail(DlrtStatus status, const std::string &message) {
  throw Error(status, message);
}

std::string quoted(std::string_view name) {
  return "'" + std::string(name) + "'";
}

/// Dtypes as models spell them, like the runtime's binding messages.
const char *dtypeWord(DlrtDType dtype) {
  switch (dtype) {
  case DLRT_F32:
    return "f32";
  case DLRT_F64:
    return "f64";
  case DLRT_I32:
    return "i32";
  case DLRT_I64:
    return "i64";
  case DLRT_U8:
    return "u8";
  case DLRT_BOOL:
    return "bool";
  default:
    return "an invalid dtype";
  }
}

std::string shapeString(const int64_t *shape, size_t rank) {
  std::string out = "[";
  for (size_t i = 0; i < rank; ++i)
    out += (i ? ", " : "") + std::to_string(shape[i]);
  return out + "]";
}

std::string shapeString(const std::vector<int64_t> &shape) {
  return shapeString(shape.data(), shape.size());
}

bool isFloat(DlrtDType dtype) { return dtype == DLRT_F32 || dtype == DLRT_F64; }

struct FreeAligned {
  void operator()(void *p) const noexcept { dlrtAlignedFree(p); }
};
using Buffer = std::unique_ptr<void, FreeAligned>;

/// A zero-filled aligned buffer of `bytes` bytes.
Buffer allocate(size_t bytes) {
  Buffer buffer(dlrtAlignedAlloc(bytes, DLRT_DEFAULT_ALIGNMENT));
  if (!buffer)
    fail(DLRT_ERROR_OUT_OF_MEMORY,
         "cannot allocate " + std::to_string(bytes) + " bytes for a tensor");
  std::memset(buffer.get(), 0, bytes);
  return buffer;
}

/// Element count of a shape, with overflow and sign checks; `what` names the
/// shape in the message.
int64_t elementCount(const int64_t *shape, size_t rank,
                     const std::string &what) {
  int64_t count = 1;
  for (size_t i = 0; i < rank; ++i) {
    if (shape[i] < 0)
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           what + " has a negative extent: " + shapeString(shape, rank));
    if (shape[i] != 0 && count > INT64_MAX / shape[i])
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           what + " has too many elements: " + shapeString(shape, rank));
    count *= shape[i];
  }
  return count;
}

/// Copies `count` elements, converting between f32 and f64 when the types
/// differ (the only conversions checkData() lets through).
void convert(void *dst, DlrtDType dstType, const void *src, DlrtDType srcType,
             int64_t count) {
  if (dstType == srcType) {
    std::memcpy(dst, src, static_cast<size_t>(count) * dlrtDTypeSize(dstType));
  } else if (dstType == DLRT_F32) {
    const double *from = static_cast<const double *>(src);
    float *to = static_cast<float *>(dst);
    for (int64_t i = 0; i < count; ++i)
      to[i] = static_cast<float>(from[i]);
  } else {
    const float *from = static_cast<const float *>(src);
    double *to = static_cast<double *>(dst);
    for (int64_t i = 0; i < count; ++i)
      to[i] = from[i];
  }
}

double readScalar(const void *data, DlrtDType dtype) {
  return dtype == DLRT_F32 ? *static_cast<const float *>(data)
                           : *static_cast<const double *>(data);
}

bool fileExists(const std::string &path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0;
}

/// Fails unless `spec` describes a tensor (a valid dtype, a shape and a
/// size that agree); `what` names it.
void checkSpec(const DlrtTensorSpec &spec, const std::string &what) {
  if (dlrtDTypeSize(spec.dtype) == 0 || spec.rank < 0 ||
      (spec.rank > 0 && !spec.shape) ||
      elementCount(spec.shape, static_cast<size_t>(spec.rank), what) !=
          spec.size)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         what + " has an invalid description (dtype, rank, shape or size)");
}

/// A parameter or optimizer-state tensor: one buffer for all entry points.
struct Owned {
  HostTensor tensor;
  bool parameter;

  const std::string &name() const { return tensor.name(); }
};

/// An entry point with a buffer for each of its tensors.
struct Bound {
  /// "train step", "eval step", "predict entry point".
  const char *what = "";
  EntryPoint entry;
  std::vector<void *> pointers;
  /// Buffers of inputs and outputs this entry point owns.
  std::vector<Buffer> owned;
  int features = -1;
  int labels = -1;
  int loss = -1;
  int accuracy = -1;
  std::vector<int> outputs;
  /// The features' first extent.
  int64_t batch = 0;

  const DlrtTensorSpec &spec(int index) const { return entry.tensors[index]; }
  std::vector<int64_t> shape(int index) const {
    const DlrtTensorSpec &s = spec(index);
    return std::vector<int64_t>(s.shape, s.shape + s.rank);
  }
  /// Elements per sample of input or output `index`.
  int64_t rowElements(int index) const {
    return batch ? spec(index).size / batch : 0;
  }
  std::string describe(int index) const {
    const DlrtTensorSpec &s = spec(index);
    return std::string(dtypeWord(s.dtype)) + " " +
           shapeString(s.shape, static_cast<size_t>(s.rank));
  }

  /// Runs the entry point; `where` is a printf pattern for the two numbers
  /// that say which batch failed.
  void call(const char *where, int64_t a, int64_t b = 0) {
    DlrtStatus status = entry.call(pointers.data());
    if (status != DLRT_OK) {
      char text[128];
      std::snprintf(text, sizeof text, where, a, b);
      fail(status, std::string("the ") + what + " returned " +
                       dlrtStatusName(status) + text);
    }
  }
};

/// The order checkpoints and weights files list tensors in: by decreasing
/// element size, so that every tensor is aligned when the file is loaded
/// (runtime/README.md, "Loading"), otherwise as given.
void sortForAlignment(std::vector<TensorView> &views) {
  std::vector<TensorView> sorted;
  sorted.reserve(views.size());
  for (size_t size : {8, 4, 2, 1})
    for (TensorView &view : views)
      if (dlrtDTypeSize(view.dtype) == size)
        sorted.push_back(std::move(view));
  views = std::move(sorted);
}

} // namespace

//===----------------------------------------------------------------------===//
// HostTensor
//===----------------------------------------------------------------------===//

HostTensor::HostTensor(std::string name, DlrtDType dtype,
                       std::vector<int64_t> shape)
    : tensorName(std::move(name)), type(dtype), extents(std::move(shape)) {
  if (dlrtDTypeSize(dtype) == 0)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         "tensor " + quoted(tensorName) + " has an invalid dtype");
  elements = elementCount(extents.data(), extents.size(),
                          "tensor " + quoted(tensorName));
  bytes = static_cast<size_t>(elements) * dlrtDTypeSize(dtype);
  buffer.reset(allocate(bytes).release());
}

TensorView HostTensor::view() const {
  TensorView v;
  v.name = tensorName;
  v.dtype = type;
  v.shape = extents;
  v.data = buffer.get();
  v.byteSize = bytes;
  return v;
}

void HostTensor::checkType(DlrtDType expected) const {
  if (expected != type)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         "tensor " + quoted(tensorName) + " is " + dtypeWord(type) + ", not " +
             dtypeWord(expected));
}

//===----------------------------------------------------------------------===//
// Trainer::Impl: binding the entry points
//===----------------------------------------------------------------------===//

struct Trainer::Impl {
  TrainerOptions options;
  /// Parameters and optimizer state, in the train step's order.
  std::vector<Owned> tensors;
  std::map<std::string, size_t, std::less<>> byName;
  Bound train, eval, predict;
  /// The eval step reads the train step's input buffers, so it can report
  /// the accuracy of a training batch without copying it again.
  bool evalSharesInputs = false;
  int64_t epoch = 0;
  uint64_t shuffleState = 0;

  Impl(const TrainingEntryPoints &entries, const TrainerOptions &options);

  Owned *find(std::string_view name) {
    auto it = byName.find(name);
    return it == byName.end() ? nullptr : &tensors[it->second];
  }

  void bind(Bound &bound, const char *what, const EntryPoint &entry,
            bool owner, bool withLabels);
  void checkData(const DatasetView &data, const Bound &bound,
                 const char *dataName) const;
  void checkArray(const ArrayView &array, const Bound &bound, int index,
                  const std::string &arrayName) const;
  void copyBatch(Bound &bound, const DatasetView &data, const int64_t *rows);
  Metrics evaluate(const DatasetView &data);
};

Trainer::Impl::Impl(const TrainingEntryPoints &entries,
                    const TrainerOptions &trainerOptions)
    : options(trainerOptions) {
  if (!entries.trainStep || !entries.evalStep)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         std::string("a Trainer needs a train step and an eval step; the ") +
             (entries.trainStep ? "eval" : "train") + " step is missing");

  // The eval step's parameters are the model's; whatever else the train step
  // takes as a parameter is optimizer state.
  std::set<std::string, std::less<>> modelParameters;
  for (size_t i = 0; i < entries.evalStep.count; ++i) {
    const DlrtTensorSpec &spec = entries.evalStep.tensors[i];
    if (spec.role == DLRT_PARAMETER && spec.name)
      modelParameters.insert(spec.name);
  }
  for (size_t i = 0; i < entries.trainStep.count; ++i) {
    const DlrtTensorSpec &spec = entries.trainStep.tensors[i];
    if (spec.role != DLRT_PARAMETER || !spec.name)
      continue;
    std::string name = spec.name;
    checkSpec(spec, "the train step's parameter " + quoted(name));
    if (!byName.emplace(name, tensors.size()).second)
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           "the train step takes two parameters named " + quoted(name));
    Owned tensor{HostTensor(name, spec.dtype,
                            std::vector<int64_t>(spec.shape,
                                                 spec.shape + spec.rank)),
                 modelParameters.count(name) || !spec.updatedInPlace};
    if (!tensor.parameter &&
        name.compare(0, std::strlen(kAdagradPrefix), kAdagradPrefix) == 0) {
      void *data = tensor.tensor.data();
      for (int64_t k = 0; k < spec.size; ++k) {
        if (spec.dtype == DLRT_F32)
          static_cast<float *>(data)[k] =
              static_cast<float>(options.adagradInitialAccumulator);
        else if (spec.dtype == DLRT_F64)
          static_cast<double *>(data)[k] = options.adagradInitialAccumulator;
      }
    }
    tensors.push_back(std::move(tensor));
  }

  bind(train, "train step", entries.trainStep, true, true);
  bind(eval, "eval step", entries.evalStep, false, true);
  if (entries.predict)
    bind(predict, "predict entry point", entries.predict, false, false);
  if (train.loss < 0)
    fail(DLRT_ERROR_INVALID_ARGUMENT, "the train step has no output 'loss'");
  if (eval.loss < 0)
    fail(DLRT_ERROR_INVALID_ARGUMENT, "the eval step has no output 'loss'");

  // Let the eval step read the train step's batches where it can.
  auto sameType = [&](int e, int t) {
    const DlrtTensorSpec &a = eval.spec(e), &b = train.spec(t);
    return a.dtype == b.dtype && a.rank == b.rank &&
           std::equal(a.shape, a.shape + a.rank, b.shape);
  };
  if (sameType(eval.features, train.features) &&
      sameType(eval.labels, train.labels)) {
    evalSharesInputs = true;
    eval.pointers[eval.features] = train.pointers[train.features];
    eval.pointers[eval.labels] = train.pointers[train.labels];
  }
}

void Trainer::Impl::bind(Bound &bound, const char *what,
                         const EntryPoint &entry, bool owner,
                         bool withLabels) {
  bound.what = what;
  bound.entry = entry;
  std::string the = std::string("the ") + what;
  if (entry.count && !entry.tensors)
    fail(DLRT_ERROR_INVALID_ARGUMENT, the + " has no tensor table");
  bound.pointers.assign(entry.count, nullptr);
  std::vector<std::string> otherInputs;
  for (size_t i = 0; i < entry.count; ++i) {
    const DlrtTensorSpec &spec = entry.tensors[i];
    int index = static_cast<int>(i);
    if (!spec.name)
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           the + "'s tensor " + std::to_string(i) + " has no name");
    std::string name = spec.name;
    checkSpec(spec, the + "'s tensor " + quoted(name));
    std::vector<int64_t> shape(spec.shape, spec.shape + spec.rank);
    if (spec.role == DLRT_PARAMETER) {
      Owned *owned = find(name);
      if (!owned)
        fail(DLRT_ERROR_INVALID_ARGUMENT,
             the + " takes the parameter " + quoted(name) +
                 ", which the train step does not");
      const HostTensor &tensor = owned->tensor;
      if (tensor.dtype() != spec.dtype || tensor.shape() != shape)
        fail(DLRT_ERROR_INVALID_ARGUMENT,
             the + "'s parameter " + quoted(name) + " is " +
                 bound.describe(index) + " but the train step's is " +
                 dtypeWord(tensor.dtype()) + " " + shapeString(tensor.shape()));
      if (!owner && spec.updatedInPlace)
        fail(DLRT_ERROR_INVALID_ARGUMENT,
             the + " updates the parameter " + quoted(name) +
                 "; only the train step may");
      bound.pointers[i] = owned->tensor.data();
      continue;
    }
    size_t bytes = static_cast<size_t>(spec.size) * dlrtDTypeSize(spec.dtype);
    bound.owned.push_back(allocate(bytes));
    bound.pointers[i] = bound.owned.back().get();
    if (spec.role == DLRT_INPUT) {
      if (withLabels && name == options.labels)
        bound.labels = index;
      else if (bound.features < 0)
        bound.features = index;
      else
        otherInputs.push_back(quoted(name));
      if (bound.features == index || bound.labels == index) {
        if (spec.rank < 1 || spec.shape[0] < 1)
          fail(DLRT_ERROR_INVALID_ARGUMENT,
               the + "'s input " + quoted(name) + " is " +
                   bound.describe(index) +
                   "; the trainer needs a batch dimension first");
      }
    } else if (spec.role == DLRT_OUTPUT) {
      bound.outputs.push_back(index);
      if (name == "loss" || name == "accuracy") {
        if (spec.size != 1 || !isFloat(spec.dtype))
          fail(DLRT_ERROR_INVALID_ARGUMENT,
               the + "'s output " + quoted(name) + " is " +
                   bound.describe(index) + ", not a float scalar");
        (name == "loss" ? bound.loss : bound.accuracy) = index;
      }
    } else {
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           the + "'s tensor " + quoted(name) + " has an invalid role");
    }
  }
  auto inputList = [&](bool withoutLabels) {
    std::string inputs;
    for (size_t i = 0; i < entry.count; ++i)
      if (entry.tensors[i].role == DLRT_INPUT &&
          !(withoutLabels && static_cast<int>(i) == bound.labels))
        inputs += (inputs.empty() ? "" : ", ") + quoted(entry.tensors[i].name);
    return inputs;
  };
  if (withLabels && bound.labels < 0) {
    std::string inputs = inputList(false);
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         the + " has no input named " + quoted(options.labels) +
             " (TrainerOptions::labels); its inputs are " +
             (inputs.empty() ? "none" : inputs));
  }
  if (bound.features < 0 || !otherInputs.empty()) {
    std::string inputs = inputList(true);
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         the + " takes " + (inputs.empty() ? "no input" : "the inputs " + inputs) +
             (withLabels ? " besides the labels" : "") +
             "; the trainer feeds exactly one, the features");
  }
  bound.batch = bound.spec(bound.features).shape[0];
  if (withLabels) {
    if (bound.spec(bound.labels).shape[0] != bound.batch)
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           the + "'s labels " + quoted(options.labels) + " are " +
               bound.describe(bound.labels) + " but its features " +
               quoted(bound.spec(bound.features).name) + " are " +
               bound.describe(bound.features) +
               ": the first extents, the batch, differ");
  }
  for (int output : bound.outputs) {
    const DlrtTensorSpec &spec = bound.spec(output);
    if (!withLabels && (spec.rank < 1 || spec.shape[0] != bound.batch))
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           the + "'s output " + quoted(spec.name) + " is " +
               bound.describe(output) + "; predict() needs the batch " +
               std::to_string(bound.batch) + " as its first extent");
  }
}

//===----------------------------------------------------------------------===//
// Data
//===----------------------------------------------------------------------===//

void Trainer::Impl::checkArray(const ArrayView &array, const Bound &bound,
                               int index, const std::string &arrayName) const {
  const DlrtTensorSpec &spec = bound.spec(index);
  std::string input = std::string("the ") + bound.what + "'s input " +
                      quoted(spec.name);
  if (array.shape.empty())
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         arrayName + " have no shape; the first extent is the number of "
                     "samples");
  int64_t count = elementCount(array.shape.data(), array.shape.size(),
                               arrayName);
  if (count && !array.data)
    fail(DLRT_ERROR_INVALID_ARGUMENT, arrayName + " have no data");
  std::vector<int64_t> sample(array.shape.begin() + 1, array.shape.end());
  std::vector<int64_t> expected(spec.shape + 1, spec.shape + spec.rank);
  if (sample != expected)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         arrayName + " have samples of shape " + shapeString(sample) + " (" +
             shapeString(array.shape) + " in all) but " + input + " takes " +
             shapeString(expected) + " per sample (" + bound.describe(index) +
             " with the batch)");
  if (array.dtype != spec.dtype &&
      !(isFloat(array.dtype) && isFloat(spec.dtype)))
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         arrayName + " are " + dtypeWord(array.dtype) + " but " + input +
             " is " + dtypeWord(spec.dtype) +
             (isFloat(spec.dtype) ? " (f32 and f64 data are converted)" : ""));
}

void Trainer::Impl::checkData(const DatasetView &data, const Bound &bound,
                              const char *dataName) const {
  std::string name = dataName;
  checkArray(data.features, bound, bound.features, name + " features");
  if (bound.labels >= 0) {
    checkArray(data.labels, bound, bound.labels, name + " labels");
    if (data.labels.samples() != data.features.samples())
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           name + " data has " + std::to_string(data.features.samples()) +
               " samples of features but " +
               std::to_string(data.labels.samples()) + " labels");
  }
}

void Trainer::Impl::copyBatch(Bound &bound, const DatasetView &data,
                              const int64_t *rows) {
  auto gather = [&](const ArrayView &array, int index) {
    const DlrtTensorSpec &spec = bound.spec(index);
    int64_t row = bound.rowElements(index);
    size_t srcRow = static_cast<size_t>(row) * dlrtDTypeSize(array.dtype);
    size_t dstRow = static_cast<size_t>(row) * dlrtDTypeSize(spec.dtype);
    const char *src = static_cast<const char *>(array.data);
    char *dst = static_cast<char *>(bound.pointers[index]);
    for (int64_t i = 0; i < bound.batch; ++i)
      convert(dst + static_cast<size_t>(i) * dstRow, spec.dtype,
              src + static_cast<size_t>(rows[i]) * srcRow, array.dtype, row);
  };
  gather(data.features, bound.features);
  if (bound.labels >= 0)
    gather(data.labels, bound.labels);
}

/// Running sums of one pass over batches.
struct Totals {
  double loss = 0;
  double accuracy = 0;
  int64_t batches = 0;

  /// Adds the `loss` output of `lossFrom` and, unless null, the `accuracy`
  /// output of `accuracyFrom`.
  void add(const Bound &lossFrom, const Bound *accuracyFrom) {
    ++batches;
    loss += readScalar(lossFrom.pointers[lossFrom.loss],
                       lossFrom.spec(lossFrom.loss).dtype);
    if (accuracyFrom)
      accuracy += readScalar(accuracyFrom->pointers[accuracyFrom->accuracy],
                             accuracyFrom->spec(accuracyFrom->accuracy).dtype);
  }
  std::optional<double> meanAccuracy(bool withAccuracy) const {
    if (!withAccuracy)
      return std::nullopt;
    return batches ? accuracy / static_cast<double>(batches) : 0.0;
  }
  Metrics metrics(bool withAccuracy, int64_t batchSize) const {
    Metrics m;
    m.loss = batches ? loss / static_cast<double>(batches) : 0.0;
    m.accuracy = meanAccuracy(withAccuracy);
    m.batches = batches;
    m.samples = batches * batchSize;
    return m;
  }
};

/// The number of whole batches in `data`; throws if there is none.
int64_t wholeBatches(const DatasetView &data, int64_t batch, const char *name) {
  int64_t samples = data.features.samples();
  if (samples < batch)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         std::string(name) + " data has " + std::to_string(samples) +
             " samples, fewer than one batch of " + std::to_string(batch));
  return samples / batch;
}

Metrics Trainer::Impl::evaluate(const DatasetView &data) {
  int64_t samples = data.features.samples();
  if (samples < 1)
    fail(DLRT_ERROR_INVALID_ARGUMENT, "evaluation data has no samples");
  const int64_t batch = eval.batch;
  const int64_t whole = samples / batch, rest = samples % batch;
  const bool withAccuracy = eval.accuracy >= 0;
  std::vector<int64_t> rows(static_cast<size_t>(batch));
  // Runs the eval step on `rows`; returns its loss and accuracy.
  auto run = [&](int64_t number) {
    copyBatch(eval, data, rows.data());
    eval.call(" on evaluation batch %" PRId64, number);
    double accuracy =
        withAccuracy ? readScalar(eval.pointers[eval.accuracy],
                                  eval.spec(eval.accuracy).dtype)
                     : 0.0;
    return std::pair(readScalar(eval.pointers[eval.loss],
                                eval.spec(eval.loss).dtype),
                     accuracy);
  };
  // Sums over samples: a batch's metric is a mean over its samples.
  double loss = 0, accuracy = 0;
  for (int64_t b = 0; b < whole; ++b) {
    for (int64_t i = 0; i < batch; ++i)
      rows[static_cast<size_t>(i)] = b * batch + i;
    auto [batchLoss, batchAccuracy] = run(b + 1);
    loss += batchLoss * static_cast<double>(batch);
    accuracy += batchAccuracy * static_cast<double>(batch);
  }
  if (rest > 0) {
    // The batch size is compiled in, so the last `rest` samples run padded
    // with copies of their first one, s, and then a batch of s alone. A
    // metric that is a mean of per-sample terms plus a constant (a
    // regularization penalty) gives, from the two, exactly what a batch of
    // the `rest` samples would: (batch X - (batch - rest) S) / rest.
    const int64_t first = whole * batch;
    for (int64_t i = 0; i < batch; ++i)
      rows[static_cast<size_t>(i)] = i < rest ? first + i : first;
    auto [paddedLoss, paddedAccuracy] = run(whole + 1);
    std::fill(rows.begin(), rows.end(), first);
    auto [firstLoss, firstAccuracy] = run(whole + 2);
    double padding = static_cast<double>(batch - rest);
    loss += static_cast<double>(batch) * paddedLoss - padding * firstLoss;
    accuracy +=
        static_cast<double>(batch) * paddedAccuracy - padding * firstAccuracy;
  }
  Metrics metrics;
  metrics.loss = loss / static_cast<double>(samples);
  if (withAccuracy)
    metrics.accuracy = accuracy / static_cast<double>(samples);
  metrics.batches = whole + (rest > 0 ? 1 : 0);
  metrics.samples = samples;
  return metrics;
}

//===----------------------------------------------------------------------===//
// Trainer
//===----------------------------------------------------------------------===//

Trainer::Trainer(const TrainingEntryPoints &entries,
                 const TrainerOptions &options)
    : impl(std::make_unique<Impl>(entries, options)) {}

Trainer::Trainer(const TrainingEntryPoints &entries,
                 const std::string &weightsPath, const TrainerOptions &options)
    : Trainer(entries, options) {
  loadWeights(weightsPath);
}

Trainer::Trainer(Trainer &&) noexcept = default;
Trainer &Trainer::operator=(Trainer &&) noexcept = default;
Trainer::~Trainer() = default;

void Trainer::loadWeights(const TensorFile &file) {
  std::vector<std::pair<HostTensor *, const void *>> sources;
  for (Owned &owned : impl->tensors) {
    HostTensor &t = owned.tensor;
    if (owned.parameter)
      sources.emplace_back(&t, file.bind(t.name(), t.dtype(), t.shape()));
  }
  for (auto &[tensor, data] : sources)
    std::memcpy(tensor->data(), data, tensor->byteSize());
}

void Trainer::loadWeights(const std::string &path) {
  loadWeights(TensorFile::load(path));
}

void Trainer::saveWeights(const std::string &path) const {
  std::vector<TensorView> views = parameters();
  sortForAlignment(views);
  writeSafetensors(path, views);
}

History Trainer::fit(const DatasetView &data, const FitOptions &options) {
  Impl &m = *impl;
  Bound &train = m.train;
  if (options.epochs < 0)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         "fit: epochs is " + std::to_string(options.epochs));
  if (options.batchSize != 0 && options.batchSize != train.batch)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         "fit: batch size " + std::to_string(options.batchSize) +
             " differs from the batch dimension the train step was compiled "
             "with, " +
             std::to_string(train.batch) + " (its input " +
             quoted(train.spec(train.features).name) + " is " +
             train.describe(train.features) + "); pass " +
             std::to_string(train.batch) + " or 0, or compile the model for " +
             std::to_string(options.batchSize));
  if (options.resume && options.checkpointPath.empty())
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         "fit: resume needs the checkpointPath to resume from");
  m.checkData(data, train, "training");
  int64_t batches = wholeBatches(data, train.batch, "training");
  if (options.validation) {
    m.checkData(*options.validation, m.eval, "validation");
    if (options.validation->features.samples() < 1)
      fail(DLRT_ERROR_INVALID_ARGUMENT, "validation data has no samples");
  }
  if (options.resume && fileExists(options.checkpointPath))
    loadCheckpoint(options.checkpointPath);

  // The training accuracy comes from the train step if it returns one, else
  // from the eval step run on the same batch first.
  const Bound *accuracyFrom = nullptr;
  bool evalFirst = false;
  if (options.trainAccuracy && train.accuracy >= 0) {
    accuracyFrom = &train;
  } else if (options.trainAccuracy && m.eval.accuracy >= 0 &&
             m.evalSharesInputs) {
    accuracyFrom = &m.eval;
    evalFirst = true;
  }
  bool trainAccuracy = accuracyFrom != nullptr;
  detail::Progress progress(options.progress, options.epochs, batches);
  History history;
  int64_t samples = data.features.samples();
  std::vector<int64_t> order(static_cast<size_t>(samples));
  while (m.epoch < options.epochs) {
    int64_t epoch = m.epoch + 1;
    // The generator advances only when the epoch completes, so epoch() and
    // shuffleState() always describe the same point.
    SplitMix64 rng(m.epoch == 0 ? options.seed : m.shuffleState);
    for (int64_t i = 0; i < samples; ++i)
      order[static_cast<size_t>(i)] = i;
    if (options.shuffle)
      shuffleIndices(order, rng);

    progress.startEpoch(epoch);
    Totals totals;
    for (int64_t b = 0; b < batches; ++b) {
      m.copyBatch(train, data, order.data() + b * train.batch);
      const char *where = " on batch %" PRId64 " of epoch %" PRId64;
      if (evalFirst)
        m.eval.call(where, b + 1, epoch);
      train.call(where, b + 1, epoch);
      totals.add(train, accuracyFrom);
      progress.batch(totals.batches,
                     totals.loss / static_cast<double>(totals.batches),
                     totals.meanAccuracy(trainAccuracy));
    }

    EpochResult result;
    result.epoch = epoch;
    result.train = totals.metrics(trainAccuracy, train.batch);
    if (options.validation)
      result.validation = m.evaluate(*options.validation);
    m.epoch = epoch;
    m.shuffleState = rng.state();
    progress.endEpoch(result);
    history.epochs.push_back(result);
    if (!options.checkpointPath.empty())
      saveCheckpoint(options.checkpointPath);
    if (options.onEpochEnd && !options.onEpochEnd(result))
      break;
  }
  return history;
}

Metrics Trainer::evaluate(const DatasetView &data) {
  impl->checkData(data, impl->eval, "evaluation");
  return impl->evaluate(data);
}

std::vector<HostTensor> Trainer::predict(const ArrayView &features) {
  Impl &m = *impl;
  Bound &p = m.predict;
  if (!p.entry)
    fail(DLRT_ERROR_INVALID_ARGUMENT,
         "predict: the Trainer was built without a predict entry point");
  DatasetView data;
  data.features = features;
  m.checkData(data, p, "prediction");
  int64_t samples = features.samples();
  std::vector<HostTensor> results;
  for (int output : p.outputs) {
    std::vector<int64_t> shape = p.shape(output);
    shape[0] = samples;
    results.emplace_back(p.spec(output).name, p.spec(output).dtype,
                         std::move(shape));
  }
  std::vector<int64_t> rows(static_cast<size_t>(p.batch));
  for (int64_t start = 0; start < samples; start += p.batch) {
    int64_t count = std::min(p.batch, samples - start);
    // Pad the last batch by repeating its first sample: any valid input
    // will do, since the extra rows' results are dropped.
    for (int64_t i = 0; i < p.batch; ++i)
      rows[static_cast<size_t>(i)] = start + (i < count ? i : 0);
    m.copyBatch(p, data, rows.data());
    p.call(" on samples %" PRId64 " to %" PRId64, start, start + count - 1);
    for (size_t k = 0; k < p.outputs.size(); ++k) {
      int output = p.outputs[k];
      size_t row = static_cast<size_t>(p.rowElements(output)) *
                   dlrtDTypeSize(p.spec(output).dtype);
      std::memcpy(static_cast<char *>(results[k].data()) +
                      static_cast<size_t>(start) * row,
                  p.pointers[output], static_cast<size_t>(count) * row);
    }
  }
  return results;
}

void Trainer::saveCheckpoint(const std::string &path) const {
  std::vector<TensorView> views;
  for (const Owned &owned : impl->tensors)
    views.push_back(owned.tensor.view());
  int64_t epoch = impl->epoch;
  int64_t shuffle = static_cast<int64_t>(impl->shuffleState);
  for (auto [name, value] : {std::pair<const char *, const int64_t *>{
                                 kEpochName, &epoch},
                             {kShuffleName, &shuffle}}) {
    TensorView v;
    v.name = name;
    v.dtype = DLRT_I64;
    v.data = value;
    v.byteSize = sizeof(int64_t);
    views.push_back(std::move(v));
  }
  sortForAlignment(views);
  writeSafetensors(path, views,
                   {{"format", "dl.rt.checkpoint"}, {"version", "1"}});
}

void Trainer::loadCheckpoint(const std::string &path) {
  TensorFile file = TensorFile::load(path);
  if (!file.find(kEpochName))
    fail(DLRT_ERROR_FORMAT,
         path + ": not a training checkpoint: there is no tensor " +
             quoted(kEpochName) +
             " (a weights file is loaded with loadWeights)");
  int64_t epoch = *file.bind<int64_t>(kEpochName, {});
  if (epoch < 0)
    fail(DLRT_ERROR_FORMAT,
         path + ": tensor " + quoted(kEpochName) + " is negative (" +
             std::to_string(epoch) + ")");
  uint64_t shuffle =
      static_cast<uint64_t>(*file.bind<int64_t>(kShuffleName, {}));
  std::vector<const void *> sources;
  for (const Owned &owned : impl->tensors) {
    const HostTensor &t = owned.tensor;
    sources.push_back(file.bind(t.name(), t.dtype(), t.shape()));
  }
  for (const TensorView &view : file)
    if (view.name != kEpochName && view.name != kShuffleName &&
        !impl->find(view.name))
      fail(DLRT_ERROR_INVALID_ARGUMENT,
           path + ": tensor " + quoted(view.name) +
               " is not part of this model's training state; the checkpoint "
               "is of another model or optimizer");
  for (size_t i = 0; i < sources.size(); ++i)
    std::memcpy(impl->tensors[i].tensor.data(), sources[i],
                impl->tensors[i].tensor.byteSize());
  impl->epoch = epoch;
  impl->shuffleState = shuffle;
}

int64_t Trainer::epoch() const { return impl->epoch; }

int64_t Trainer::iterations() const {
  const Owned *owned = impl->find(kIterationsName);
  if (!owned || owned->tensor.dtype() != DLRT_I64 || owned->tensor.size() != 1)
    return 0;
  return *owned->tensor.data<int64_t>();
}

int64_t Trainer::batchSize() const { return impl->train.batch; }

uint64_t Trainer::shuffleState() const { return impl->shuffleState; }

std::vector<TensorView> Trainer::parameters() const {
  std::vector<TensorView> views;
  for (const Owned &owned : impl->tensors)
    if (owned.parameter)
      views.push_back(owned.tensor.view());
  return views;
}

std::vector<TensorView> Trainer::optimizerState() const {
  std::vector<TensorView> views;
  for (const Owned &owned : impl->tensors)
    if (!owned.parameter)
      views.push_back(owned.tensor.view());
  return views;
}

void *Trainer::data(std::string_view name) {
  Owned *owned = impl->find(name);
  if (!owned)
    fail(DLRT_ERROR_NOT_FOUND,
         "the model has no parameter or optimizer state named " +
             quoted(name));
  return owned->tensor.data();
}

const void *Trainer::data(std::string_view name) const {
  return const_cast<Trainer *>(this)->data(name);
}

} // namespace dl::rt
