// Trains the AOT-compiled train step of digits-mlp.mlir with the runtime's
// Trainer on dl-make-digits data, then prints the test accuracy:
//   train-digits DATA_DIR WORK_DIR
#include "model.h"

#include "dl/runtime/data.h"
#include "dl/runtime/train.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace {

/// Glorot-uniform initial weights from a fixed linear congruential
/// generator, so the run is reproducible.
void writeInitialWeights(const std::string &path) {
  uint64_t state = 12345;
  auto uniform = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return double(state >> 11) / double(1ull << 53) * 2 - 1;
  };
  struct Spec {
    const char *name;
    std::vector<int64_t> shape;
  };
  std::vector<Spec> specs = {{"dense0.kernel", {784, 64}},
                             {"dense0.bias", {64}},
                             {"dense1.kernel", {64, 10}},
                             {"dense1.bias", {10}}};
  std::vector<std::vector<float>> values;
  std::vector<DlrtTensorView> views;
  for (const Spec &spec : specs) {
    int64_t count = 1;
    for (int64_t d : spec.shape)
      count *= d;
    std::vector<float> v(count, 0.0f);
    if (spec.shape.size() == 2) {
      double limit = std::sqrt(6.0 / double(spec.shape[0] + spec.shape[1]));
      for (float &x : v)
        x = float(uniform() * limit);
    }
    values.push_back(std::move(v));
  }
  for (size_t i = 0; i < specs.size(); ++i)
    views.push_back({specs[i].name, DLRT_F32, int64_t(specs[i].shape.size()),
                     specs[i].shape.data(), values[i].data(),
                     values[i].size() * sizeof(float)});
  if (dlrtTensorFileWrite(path.c_str(), views.data(), views.size()) != DLRT_OK)
    throw dl::rt::Error(DLRT_ERROR_IO, dlrtLastErrorMessage());
}

} // namespace

int main(int argc, char **argv) try {
  if (argc != 3) {
    std::fprintf(stderr, "usage: train-digits DATA_DIR WORK_DIR\n");
    return 2;
  }
  std::string data = argv[1], work = argv[2];
  dl::rt::Dataset train = dl::rt::readIdxDataset(
      data + "/train-images-idx3-ubyte", data + "/train-labels-idx1-ubyte", 10,
      1.0f / 255);
  dl::rt::Dataset test = dl::rt::readIdxDataset(
      data + "/t10k-images-idx3-ubyte", data + "/t10k-labels-idx1-ubyte", 10,
      1.0f / 255);

  writeInitialWeights(work + "/initial.safetensors");
  dl::rt::TrainingEntryPoints entries;
  entries.trainStep = DLRT_ENTRY_POINT(net_digits_train_step);
  entries.evalStep = DLRT_ENTRY_POINT(net_digits_eval_step);
  dl::rt::Trainer trainer(entries, work + "/initial.safetensors");

  dl::rt::DatasetView trainView(train), testView(test);
  dl::rt::FitOptions options;
  options.epochs = 3;
  options.seed = 7;
  options.validation = &testView;
  options.progress.mode = dl::rt::ProgressMode::Lines;
  trainer.fit(trainView, options);

  dl::rt::Metrics metrics = trainer.evaluate(testView);
  std::printf("test accuracy %.4f after %lld steps\n",
              metrics.accuracy.value_or(-1), (long long)trainer.iterations());
  trainer.saveWeights(work + "/trained.safetensors");
  return metrics.accuracy.value_or(0) >= 0.9 ? 0 : 1;
} catch (const dl::rt::Error &e) {
  std::fprintf(stderr, "train-digits: %s\n", e.what());
  return 1;
}
