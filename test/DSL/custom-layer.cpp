// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: %t | FileCheck %s
// RUN: %t | dl-opt --verify-roundtrip > /dev/null
// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DRANK_ERROR %s | FileCheck %s --check-prefix=RANK
// A layer defined outside the library, as a later layer would be in its own
// header: layer normalization with learned gamma and beta. It works in pipes,
// is named automatically, declares parameters and reports its own shape
// errors, and the library needed no change.

#include "dl/dsl.hpp"

#include <string>

namespace example {

using namespace dl::dsl;

/// Normalizes the last axis to mean 0 and variance 1, then scales by gamma
/// and shifts by beta (both [features]), as Keras's LayerNormalization.
struct layer_norm_t : layer {
  BOOST_HANA_DEFINE_STRUCT(layer_norm_t, (std::string_view, name));

  constexpr layer_norm_t named(std::string_view n) const { return {{}, n}; }

  template <class X>
  constexpr auto operator()(const X &x) const {
    using in = typename X::shape;
    constexpr bool rank_ok = in::rank >= 1;
    DL_DSL_CHECK(rank_ok, "layer_norm: input {} has no feature axis", in{});
    constexpr bool element_type_ok = X::dtype::is_float;
    DL_DSL_CHECK(element_type_ok,
                 "layer_norm: element type {} is not a float type",
                 typename X::dtype{});
    return make_tensor<typename X::dtype, in>(*this, x);
  }

  value emit(function_builder &b, const tensor_type &result,
             const value &x) const {
    std::string layer = b.layer_name("layer_norm", name);
    std::size_t last = result.dims.size() - 1;
    tensor_type features = result;
    features.dims = {result.dims[last]};
    tensor_type reduced = result;
    reduced.dims[last] = 1;
    tensor_type scalar = result;
    scalar.dims = {};
    std::string axis = "axes = [" + std::to_string(last) + "] keep_dims";

    value gamma = b.param(layer, "gamma", features, ones_t::spec());
    value beta = b.param(layer, "beta", features, zeros_t::spec());
    value mean = b.op("dl.mean", {x}, axis, reduced);
    value centred = b.op("dl.sub", {x, mean}, "", result);
    value squares = b.op("dl.mul", {centred, centred}, "", result);
    value variance = b.op("dl.mean", {squares}, axis, reduced);
    value epsilon = b.constant("1.0e-3", scalar);
    value shifted = b.op("dl.add", {variance, epsilon}, "", reduced);
    value inverse = b.same_type_op("dl.rsqrt", shifted);
    value normal = b.op("dl.mul", {centred, inverse}, "", result);
    value scaled = b.op("dl.mul", {normal, gamma}, "", result);
    return b.op("dl.add", {scaled, beta}, "", result);
  }
};

inline constexpr layer_norm_t layer_norm{};

} // namespace example

using namespace dl::dsl;
using example::layer_norm;

#ifdef RANK_ERROR
// RANK: error: static assertion failed{{.*}}: layer_norm: input {{(\[\]|[{][}])}} has no feature axis
auto y = input<>("x") | layer_norm;
#else
constexpr auto y = input<4, 8>("x") | dense<8>(relu) | layer_norm | dense<8> |
                   layer_norm.named("final_norm");
static_assert(shape_of(y) == shape_c<4, 8>);
const auto net = model("net", output("y", y));
DL_DSL_MAIN(net)
#endif

// CHECK: func.func @net(%arg0: tensor<4x8xf32> {dl.input = "x"},
// CHECK-NEXT: {dl.param = "dense0.kernel"},
// CHECK-NEXT: {dl.param = "dense0.bias"},
// CHECK-NEXT: %arg3: tensor<8xf32> {dl.param = "layer_norm0.gamma"},
// CHECK-NEXT: %arg4: tensor<8xf32> {dl.param = "layer_norm0.beta"},
// CHECK-NEXT: {dl.param = "dense1.kernel"},
// CHECK-NEXT: {dl.param = "dense1.bias"},
// CHECK-NEXT: {dl.param = "final_norm.gamma"},
// CHECK-NEXT: {dl.param = "final_norm.beta"})
// CHECK: dl.mean %{{.+}} axes = [1] keep_dims : (tensor<4x8xf32>) -> tensor<4x1xf32>
// CHECK: dl.rsqrt %{{.+}} : tensor<4x1xf32>
