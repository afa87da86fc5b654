//===- Train.cpp - dlc train ----------------------------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// `dlc train` is what an application linking an AOT-compiled training step
// and rt::Trainer does, with the JIT in place of the object: dl-train-step
// adds the steps, the pipeline lowers them, and the Trainer (the same code
// applications run) drives them through EntryPoints whose calls go to the
// JIT. The runtime reports failures with exceptions, so this file alone in
// the driver is compiled with them (CMakeLists.txt) and catches every one.
//
//===----------------------------------------------------------------------===//

#include "compiler/Driver/Driver.h"

#include "compiler/Driver/DriverSupport.h"
#include "compiler/JIT/JitFunction.h"
#include "dialects/DL/IR/ModelSignature.h"
#include "dl/runtime/data.h"
#include "dl/runtime/train.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cmath>
#include <fstream>
#include <memory>
#include <variant>

using namespace mlir;
using namespace mlir::dl;
using namespace mlir::dl::driver;
namespace rt = ::dl::rt;

namespace {

/// An entry point of the module as the Trainer sees it: a tensor table in
/// argument order (arguments, then results that are not in-place updates)
/// and a call into the JIT. The table outlives the Trainer, as it must.
struct JitEntryPoint {
  std::string function;
  std::vector<std::string> names;
  std::vector<std::vector<int64_t>> shapes;
  std::vector<DlrtTensorSpec> specs;
  std::unique_ptr<JitFunction> compiled;

  /// Call once the entry has its final place: the table points into it.
  rt::EntryPoint entryPoint() {
    for (auto [spec, name, shape] : llvm::zip(specs, names, shapes)) {
      spec.name = name.c_str();
      spec.shape = shape.empty() ? nullptr : shape.data();
    }
    return rt::EntryPoint(specs.data(), specs.size(),
                          [this](void *const *buffers) {
                            std::vector<BufferArg> args;
                            args.reserve(shapes.size());
                            for (auto [i, shape] : llvm::enumerate(shapes))
                              args.push_back({buffers[i], shape});
                            if (llvm::Error err = compiled->call(args)) {
                              reportIfError(std::move(err));
                              return DLRT_ERROR_INTERNAL;
                            }
                            return DLRT_OK;
                          });
  }
};

/// Describes `f` for the Trainer, or reports why it cannot be exchanged.
std::optional<JitEntryPoint> describe(func::FuncOp f) {
  FailureOr<ModelSignature> signature = ModelSignature::get(f);
  if (failed(signature))
    return std::nullopt;
  JitEntryPoint entry;
  entry.function = f.getName().str();
  auto add = [&](const ModelTensor &t, DlrtTensorRole role,
                 bool updated) -> bool {
    auto type = dyn_cast<RankedTensorType>(t.type);
    std::optional<DlrtDType> dtype =
        type ? dtypeOf(type.getElementType()) : std::nullopt;
    if (!dtype) {
      f.emitError() << "'" << t.name << "' has type " << t.type
                    << ", which dlc train cannot exchange";
      return false;
    }
    entry.names.push_back(t.name);
    entry.shapes.push_back(type.getShape().vec());
    entry.specs.push_back({nullptr, role, *dtype, type.getRank(), nullptr,
                           type.getNumElements(), updated ? 1 : 0});
    return true;
  };
  for (const ModelTensor &t : signature->arguments) {
    bool updated = llvm::any_of(signature->updates, [&](const ModelTensor &u) {
      return u.name == t.name;
    });
    if (!add(t, t.role == TensorRole::Parameter ? DLRT_PARAMETER : DLRT_INPUT,
             updated))
      return std::nullopt;
  }
  for (const ModelTensor &t : signature->results)
    if (!add(t, DLRT_OUTPUT, false))
      return std::nullopt;
  return entry;
}

/// A data set in memory, in whichever form its file gave it, and the view
/// the Trainer reads.
struct LoadedData {
  std::string description;
  std::variant<std::monostate, rt::Dataset, rt::TensorFile> storage;
  /// Labels converted to the steps' type (one-hot or float), when needed.
  std::vector<float> convertedLabels;
  rt::DatasetView view;
};

/// What the data must be: the steps' features and labels, per sample.
struct DataShape {
  std::string featuresName;
  DlrtDType labelsType = DLRT_I32;
  /// Shape of one sample's label: [] for class indices, [k] for one-hot or
  /// regression targets.
  std::vector<int64_t> labelSample;
  /// Number of classes for class-index data, 0 if the loss takes none.
  int64_t classes = 0;
  bool oneHot = false;
};

bool isDirectory(const std::string &path) {
  return llvm::sys::fs::is_directory(path);
}

/// Whether the IDX file at `path` holds bytes (MNIST's pixels), which are
/// scaled to [0, 1] as every MNIST tutorial does.
bool holdsBytes(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && magic[2] == DLRT_IDX_U8;
}

/// Whether the steps take one floating-point value per sample (a regression
/// target, or a 0/1 label for binary cross-entropy): a CSV column holds it
/// as written, fractions included.
bool takesOneValue(const DataShape &shape) {
  return shape.labelsType != DLRT_I32 && !shape.oneHot &&
         (shape.labelSample.empty() ||
          (shape.labelSample.size() == 1 && shape.labelSample[0] == 1));
}

/// Moves column `column` (0-based; negative counts from the end) of `table`,
/// read without a label column, into `targets`: what remains are the
/// features.
void takeTargetColumn(rt::Dataset &table, int64_t column,
                      const std::string &path, std::vector<float> &targets) {
  int64_t width = table.sampleShape.empty() ? 1 : table.sampleShape[0];
  int64_t index = column < 0 ? width + column : column;
  if (index < 0 || index >= width)
    throw rt::Error(DLRT_ERROR_INVALID_ARGUMENT,
                    path + ": has no column " + std::to_string(column) +
                        " for the targets (--label-column; the table has " +
                        std::to_string(width) + " columns)");
  if (width < 2)
    throw rt::Error(DLRT_ERROR_INVALID_ARGUMENT,
                    path + ": has only the target column, no features");
  std::vector<float> features;
  features.reserve(table.count * (width - 1));
  targets.resize(table.count);
  for (int64_t i = 0; i < table.count; ++i)
    for (int64_t j = 0; j < width; ++j) {
      float value = table.features[i * width + j];
      if (j == index)
        targets[i] = value;
      else
        features.push_back(value);
    }
  table.features = std::move(features);
  table.sampleShape = {width - 1};
  if (!table.featureNames.empty()) {
    table.labelName = table.featureNames[index];
    table.featureNames.erase(table.featureNames.begin() + index);
  }
}

/// Loads one data set (see TrainOptions::trainData). Throws rt::Error.
std::unique_ptr<LoadedData> loadData(std::string path, std::string labelsPath,
                                     bool training, const TrainOptions &options,
                                     const DataShape &shape) {
  auto data = std::make_unique<LoadedData>();
  if (isDirectory(path)) {
    const char *prefix = training ? "train" : "t10k";
    llvm::SmallString<256> images(path), labels(path);
    llvm::sys::path::append(images, std::string(prefix) + "-images-idx3-ubyte");
    llvm::sys::path::append(labels, std::string(prefix) + "-labels-idx1-ubyte");
    path = images.str().str();
    labelsPath = labels.str().str();
  }
  llvm::StringRef extension = llvm::sys::path::extension(path);
  if (extension == ".safetensors") {
    if (!labelsPath.empty())
      throw rt::Error(DLRT_ERROR_INVALID_ARGUMENT,
                      labelsPath +
                          ": a safetensors data file holds its "
                          "labels itself, as tensor '" +
                          options.trainStep.labelsName + "'");
    auto file = rt::TensorFile::load(path);
    const rt::TensorView *features = file.find(shape.featuresName);
    const rt::TensorView *labels = file.find(options.trainStep.labelsName);
    for (auto [view, name] :
         {std::pair(features, shape.featuresName),
          std::pair(labels, std::string(options.trainStep.labelsName))})
      if (!view)
        throw rt::Error(DLRT_ERROR_NOT_FOUND,
                        path + ": no tensor '" + name +
                            "' (the model's input and the labels are "
                            "read by name)");
    data->view = rt::DatasetView(
        rt::ArrayView(features->dtype, features->shape, features->data),
        rt::ArrayView(labels->dtype, labels->shape, labels->data));
    data->storage = std::move(file);
    data->description = path;
    return data;
  }

  rt::Dataset dataset;
  // Whether convertedLabels holds the labels as the steps take them.
  bool targetsRead = false;
  if (extension == ".csv") {
    if (!labelsPath.empty())
      throw rt::Error(DLRT_ERROR_INVALID_ARGUMENT,
                      labelsPath + ": a CSV table holds its labels in a "
                                   "column (--label-column)");
    rt::CsvOptions csv;
    if (takesOneValue(shape)) {
      // The data library reads labels as class indices: read the target
      // column as a feature and move it out.
      dataset = rt::readCsv(path, csv);
      takeTargetColumn(dataset, options.labelColumn, path,
                       data->convertedLabels);
      targetsRead = true;
    } else {
      csv.labelColumn = options.labelColumn;
      csv.classes = shape.classes;
      dataset = rt::readCsv(path, csv);
    }
  } else {
    if (labelsPath.empty())
      throw rt::Error(
          DLRT_ERROR_INVALID_ARGUMENT,
          path + ": an IDX images file needs its labels file (" +
              (training ? "--train-labels" : "--validation-labels") + ")");
    dataset = rt::readIdxDataset(path, labelsPath, shape.classes,
                                 holdsBytes(path) ? 1.0f / 255 : 1.0f);
  }
  // Class indices, converted when the loss takes one-hot rows or targets.
  data->view = rt::DatasetView(dataset);
  if (!targetsRead && shape.labelsType != DLRT_I32) {
    int64_t width = shape.labelSample.empty() ? 1 : shape.labelSample.back();
    if (shape.labelSample.size() > 1 || (!shape.oneHot && width != 1))
      throw rt::Error(
          DLRT_ERROR_INVALID_ARGUMENT,
          path +
              ": holds one class label per sample, but the loss takes "
              "labels shaped like the prediction; give a safetensors file "
              "with a '" +
              options.trainStep.labelsName + "' tensor");
    data->convertedLabels.assign(dataset.count * width, 0.0f);
    for (int64_t i = 0; i < dataset.count; ++i) {
      int32_t label = dataset.labels[i];
      if (shape.oneHot)
        data->convertedLabels[i * width + label] = 1.0f;
      else
        data->convertedLabels[i] = float(label);
    }
    targetsRead = true;
  }
  if (targetsRead) {
    std::vector<int64_t> labelShape{dataset.count};
    labelShape.insert(labelShape.end(), shape.labelSample.begin(),
                      shape.labelSample.end());
    data->view.labels = rt::ArrayView(data->convertedLabels.data(), labelShape);
  }
  data->storage = std::move(dataset);
  data->description = path;
  return data;
}

/// Gives the features the per-sample shape the steps take when only the
/// shape differs (28x28 images for a model that takes 784 features).
void reshapeFeatures(LoadedData &data, llvm::ArrayRef<int64_t> sample) {
  std::vector<int64_t> &shape = data.view.features.shape;
  if (shape.empty())
    return;
  int64_t have = 1, want = 1;
  for (int64_t d : llvm::drop_begin(shape))
    have *= d;
  for (int64_t d : sample)
    want *= d;
  if (have == want && !llvm::equal(llvm::drop_begin(shape), sample)) {
    std::vector<int64_t> reshaped{shape[0]};
    reshaped.insert(reshaped.end(), sample.begin(), sample.end());
    shape = std::move(reshaped);
  }
}

/// Keras's defaults for Dense layers: Glorot-uniform kernels (rank 2 and
/// up, fan-in the product of all extents but the last), zero biases.
void initializeParameters(rt::Trainer &trainer, uint64_t seed) {
  rt::SplitMix64 rng(seed);
  for (const rt::TensorView &p : trainer.parameters()) {
    int64_t count = 1;
    for (int64_t d : p.shape)
      count *= d;
    void *data = trainer.data(p.name);
    if (p.shape.size() < 2 || (p.dtype != DLRT_F32 && p.dtype != DLRT_F64)) {
      std::memset(data, 0, p.byteSize);
      continue;
    }
    double fanOut = double(p.shape.back());
    double fanIn = double(count) / fanOut;
    double limit = std::sqrt(6.0 / (fanIn + fanOut));
    for (int64_t i = 0; i < count; ++i) {
      double u = double(rng.next() >> 11) * 0x1.0p-53;
      double value = (2 * u - 1) * limit;
      if (p.dtype == DLRT_F32)
        static_cast<float *>(data)[i] = float(value);
      else
        static_cast<double *>(data)[i] = value;
    }
  }
}

} // namespace

int mlir::dl::runTrainCommand(const TrainOptions &options) {
  if (options.trainData.empty()) {
    error() << "dlc train needs --train-data\n";
    return 1;
  }
  if (options.epochs < 1) {
    error() << "--epochs must be at least 1\n";
    return 1;
  }
  if (options.resume && options.checkpointPath.empty()) {
    error() << "--resume needs --checkpoint FILE\n";
    return 1;
  }
  Session session;
  OwningOpRef<ModuleOp> module = session.load(options.inputPath);
  if (!module)
    return 1;
  func::FuncOp model = findEntry(*module, options.entry, options.inputPath);
  if (!model || failed(checkIsModel(model)))
    return 1;
  DLTrainStepPassOptions trainStep = options.trainStep;
  trainStep.functionName = model.getName().str();
  if (failed(addTrainingSteps(*module, trainStep)))
    return 1;

  std::string modelName = model.getName().str();
  std::vector<JitEntryPoint> entries;
  for (const std::string &name :
       {modelName + "_train_step", modelName + "_eval_step", modelName}) {
    std::optional<JitEntryPoint> entry =
        describe(module->lookupSymbol<func::FuncOp>(name));
    if (!entry)
      return 1;
    entries.push_back(std::move(*entry));
  }
  JitEntryPoint &train = entries[0], &eval = entries[1], &predict = entries[2];

  // What the data must look like, from the eval step: its one input besides
  // the labels is the features.
  DataShape shape;
  std::vector<int64_t> featureSample;
  int64_t modelBatch = 0;
  for (auto [i, spec] : llvm::enumerate(eval.specs)) {
    if (spec.role != DLRT_INPUT)
      continue;
    llvm::ArrayRef<int64_t> extents = eval.shapes[i];
    if (!extents.empty())
      modelBatch = extents.front();
    if (eval.names[i] == trainStep.labelsName) {
      shape.labelsType = spec.dtype;
      shape.labelSample.assign(extents.begin() + !extents.empty(),
                               extents.end());
    } else {
      shape.featuresName = eval.names[i];
      featureSample.assign(extents.begin() + !extents.empty(), extents.end());
    }
  }
  StringRef loss = trainStep.loss;
  if (loss == "sparse_categorical_crossentropy") {
    const std::vector<int64_t> &prediction = predict.shapes.back();
    shape.classes = prediction.back();
  } else if (loss == "categorical_crossentropy" &&
             shape.labelSample.size() == 1) {
    shape.classes = shape.labelSample.back();
    shape.oneHot = true;
  }
  if (options.batchSize != 0 && options.batchSize != modelBatch) {
    model.emitError() << "--batch-size " << options.batchSize << ", but @"
                      << modelName << " takes batches of " << modelBatch
                      << " (input '" << shape.featuresName
                      << "'): the batch size is part of the model's types, "
                         "so write the model with the batch it trains on";
    return 1;
  }

  requestCInterfaces(*module);
  TargetDescription target =
      resolveTarget(options.target.cpu, options.target.features);
  if (failed(runPipeline(*module, Phase::LLVM, target)))
    return 1;
  auto compiled = JitFunction::createAll(
      *module, {train.function, eval.function, predict.function}, target);
  if (!compiled)
    return reportIfError(compiled.takeError()) ? 1 : 1;
  for (auto [entry, function] : llvm::zip(entries, *compiled))
    entry.compiled = std::move(function);

  // The Trainer checks this too, but only knows the data as "training";
  // here the message can name the file. (Evaluation takes any number.)
  auto checkHasOneBatch = [&](const LoadedData &data) {
    int64_t samples = data.view.features.samples();
    if (samples < modelBatch)
      throw rt::Error(DLRT_ERROR_INVALID_ARGUMENT,
                      data.description + ": has " + std::to_string(samples) +
                          " samples, fewer than one batch of " +
                          std::to_string(modelBatch) + " (@" + modelName +
                          "'s batch size)");
  };
  try {
    std::unique_ptr<LoadedData> trainData =
        loadData(options.trainData, options.trainLabels, /*training=*/true,
                 options, shape);
    reshapeFeatures(*trainData, featureSample);
    checkHasOneBatch(*trainData);
    std::unique_ptr<LoadedData> validationData;
    if (!options.validationData.empty()) {
      validationData =
          loadData(options.validationData, options.validationLabels,
                   /*training=*/false, options, shape);
      reshapeFeatures(*validationData, featureSample);
    }

    rt::TrainingEntryPoints steps;
    steps.trainStep = train.entryPoint();
    steps.evalStep = eval.entryPoint();
    steps.predict = predict.entryPoint();
    rt::TrainerOptions trainerOptions;
    trainerOptions.labels = trainStep.labelsName;
    rt::Trainer trainer(steps, trainerOptions);
    if (!options.weightsPath.empty())
      trainer.loadWeights(options.weightsPath);
    else
      initializeParameters(trainer, options.seed);

    rt::FitOptions fit;
    fit.epochs = options.epochs;
    fit.batchSize = options.batchSize;
    fit.shuffle = options.shuffle;
    fit.seed = options.seed;
    fit.validation = validationData ? &validationData->view : nullptr;
    fit.checkpointPath = options.checkpointPath;
    fit.resume = options.resume;
    trainer.fit(trainData->view, fit);
    if (!options.outputPath.empty())
      trainer.saveWeights(options.outputPath);
  } catch (const rt::Error &e) {
    error() << e.what() << "\n";
    return 1;
  } catch (const std::bad_alloc &) {
    error() << "out of memory\n";
    return 1;
  }
  return 0;
}
