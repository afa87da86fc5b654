// Uses every kind of declaration the C++ part of test/AOT/header.mlir's
// header makes, so that compiling this file checks that they are valid.
#include "model.h"

#include <cstdint>

void useNet(const net_model &model, const net_weights &weights) {
  std::array<float, net_model::dense_x_size> x{};
  std::array<float, net_model::dense_y_size> y{};
  model.dense(x, y);
  model.dense(x.data(), y.data());
  static_assert(net_model::dense_y_shape[1] == 4, "y is [2, 4]");

  std::array<double, 1> scale{};
  std::array<double, 3> v{}, scaled{};
  std::array<int32_t, 3> labels{};
  std::array<int64_t, 3> ids{};
  std::array<uint8_t, 3> positive{};
  std::array<int64_t, 1> idsSum{};
  model.types(scale, v, labels, ids, scaled, positive, idsSum);

  net_model fromWeights(weights);
  net_model fromFile("weights.safetensors");
  (void)fromWeights;
  (void)fromFile;
}
