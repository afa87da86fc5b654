// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: %t
// The sequential and the functional spelling of one model (docs/dsl.md)
// write the same function and the same initial weights.

#include "dl/dsl.hpp"

#include <cstddef>
#include <cstdio>
#include <type_traits>

using namespace dl::dsl;

namespace sequential_style {
constexpr auto points = input<4, 2>("x");
constexpr auto probs = points | dense<4>(relu) | dense<3> | softmax;
const auto classifier = model("predict", output("probs", probs));
} // namespace sequential_style

namespace functional_style {
constexpr auto x = input<4, 2>("x");
constexpr auto h = relu(matmul(x, param<2, 4>("dense0.kernel")) +
                        param<4>("dense0.bias", zeros));
constexpr auto logits =
    matmul(h, param<4, 3>("dense1.kernel")) + param<3>("dense1.bias", zeros);
const auto classifier = model("predict", output("probs", softmax(logits)));
} // namespace functional_style

static_assert(
    std::is_same_v<decltype(sequential_style::probs)::shape,
                   decltype(softmax(functional_style::logits))::shape>);

int main() {
  emitted_function a = emit_function(sequential_style::classifier);
  emitted_function b = emit_function(functional_style::classifier);
  if (!a.error.empty() || !b.error.empty() || a.text != b.text) {
    std::fprintf(stderr, "the styles differ:\n%s\n%s", a.text.c_str(),
                 b.text.c_str());
    return 1;
  }
  for (std::size_t i = 0; i < a.arguments.size(); ++i)
    if (a.arguments[i].role == argument::param &&
        initial_value(a.arguments[i], 7) != initial_value(b.arguments[i], 7)) {
      std::fprintf(stderr, "initial values of '%s' differ\n",
                   a.arguments[i].name.c_str());
      return 1;
    }
  return 0;
}
