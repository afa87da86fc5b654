// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: not %t widths 2>&1 | FileCheck %s --check-prefix=WIDTHS
// RUN: not %t roles 2>&1 | FileCheck %s --check-prefix=ROLES
// RUN: not %t initializers 2>&1 | FileCheck %s --check-prefix=INITIALIZERS
// RUN: not %t model-name 2>&1 | FileCheck %s --check-prefix=MODEL-NAME
// RUN: not %t outputs 2>&1 | FileCheck %s --check-prefix=OUTPUTS
// RUN: not %t tensor-name 2>&1 | FileCheck %s --check-prefix=TENSOR-NAME
// RUN: not %t two-models --weights %t.safetensors 2>&1 | FileCheck %s --check-prefix=TWO-MODELS
// RUN: not %t same-name 2>&1 | FileCheck %s --check-prefix=SAME-NAME
// Names are runtime strings, so what depends on them is checked when the
// generator runs (during the build, with dl_add_model): the first error is
// reported with the model's name, and nothing is written.
// RUN: rm -f %t.mlir
// RUN: not %t widths --mlir %t.mlir 2> /dev/null
// RUN: not test -e %t.mlir

#include "dl/dsl.hpp"

#include <cstring>

using namespace dl::dsl;

constexpr auto narrow = input<2, 4>("narrow");
constexpr auto wide = input<2, 5>("wide");

// A named layer applied to inputs of two widths without input_dim.
constexpr auto fc = dense<3>.named("fc");
const auto widths =
    model("widths", output("a", fc(narrow)), output("b", fc(wide)));
// WIDTHS: error: model 'widths': 'fc.kernel' is declared as tensor<4x3xf32> and as tensor<5x3xf32>

const auto roles = model("roles", output("y", narrow + param<2, 4>("narrow")));
// ROLES: error: model 'roles': 'narrow' names both an input and a parameter

const auto initializers = model(
    "initializers", output("y", param<4>("p", zeros) + param<4>("p", ones)));
// INITIALIZERS: error: model 'initializers': parameter 'p' has two initializers, zeros and ones

const auto model_name = model("my-model", output("y", narrow));
// MODEL-NAME: error: model 'my-model': model name 'my-model' is not a C identifier (letters, digits and _)

const auto outputs = model("outputs", output("y", narrow), output("y", wide));
// OUTPUTS: error: model 'outputs': model 'outputs' has two outputs named 'y'

const auto tensor_name =
    model("tensor_name", output("y", input<2>("an input")));
// TENSOR-NAME: error: model 'tensor_name': tensor name "an input" is empty or has a space or control character

// One weights file serves every model of a module, so a parameter name must
// have one type across them.
const auto first =
    model("first", output("y", matmul(narrow, param<4, 2>("w"))));
const auto second =
    model("second", output("y", matmul(wide, param<5, 2>("w"))));
// TWO-MODELS: error: parameter 'w' is tensor<4x2xf32> in one model and tensor<5x2xf32> in another

// SAME-NAME: error: two models are named 'first'
const auto again = model("first", output("y", wide));

int main(int argc, char **argv) {
  const char *which = argc > 1 ? argv[1] : "";
  --argc;
  ++argv;
  if (!std::strcmp(which, "widths"))
    return generate(argc, argv, widths);
  if (!std::strcmp(which, "roles"))
    return generate(argc, argv, roles);
  if (!std::strcmp(which, "initializers"))
    return generate(argc, argv, initializers);
  if (!std::strcmp(which, "model-name"))
    return generate(argc, argv, model_name);
  if (!std::strcmp(which, "outputs"))
    return generate(argc, argv, outputs);
  if (!std::strcmp(which, "tensor-name"))
    return generate(argc, argv, tensor_name);
  if (!std::strcmp(which, "same-name"))
    return generate(argc, argv, first, again);
  return generate(argc, argv, first, second);
}
