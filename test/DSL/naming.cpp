// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: %t auto | FileCheck %s --check-prefix=AUTO
// RUN: %t shared | FileCheck %s --check-prefix=SHARED
// RUN: %t reserved | FileCheck %s --check-prefix=RESERVED
// RUN: %t auto | dl-opt --verify-roundtrip > /dev/null
// RUN: %t shared | dl-opt --verify-roundtrip > /dev/null
// RUN: %t reserved | dl-opt --verify-roundtrip > /dev/null
// How layers and their parameters are named: Keras-style automatic names,
// explicit names, weight sharing by name, and one layer for one expression.

#include "dl/dsl.hpp"

#include <cstring>

using namespace dl::dsl;

constexpr auto x = input<2, 8>("x");

// Unnamed layers count per kind in the order the outputs reach them; an
// expression used twice is one layer (h feeds both outputs).
constexpr auto h = x | dense<4>(relu);
const auto automatic =
    model("automatic", output("a", h | dense<3>), output("b", h + h));
// AUTO-LABEL: func.func @automatic(%arg0: tensor<2x8xf32> {dl.input = "x"},
// AUTO-NEXT: %arg1: tensor<8x4xf32> {dl.param = "dense0.kernel"},
// AUTO-NEXT: %arg2: tensor<4xf32> {dl.param = "dense0.bias"},
// AUTO-NEXT: %arg3: tensor<4x3xf32> {dl.param = "dense1.kernel"},
// AUTO-NEXT: %arg4: tensor<3xf32> {dl.param = "dense1.bias"})
// AUTO-COUNT-1: dl.relu
// AUTO-NOT: dl.relu
// AUTO: return

// A named layer applied to two inputs shares its parameters (a siamese
// pair); input_dim makes a wrong width a compile error.
constexpr auto encoder =
    dense<4>(dl::dsl::tanh).named("encoder").input_dim<8>();
constexpr auto x2 = input<2, 8>("x2");
const auto shared =
    model("shared", output("distance", sum(abs(encoder(x) - encoder(x2)))));
// SHARED-LABEL: func.func @shared(%arg0: tensor<2x8xf32> {dl.input = "x"},
// SHARED-NEXT: %arg1: tensor<8x4xf32> {dl.param = "encoder.kernel"},
// SHARED-NEXT: %arg2: tensor<4xf32> {dl.param = "encoder.bias"},
// SHARED-NEXT: %arg3: tensor<2x8xf32> {dl.input = "x2"})
// SHARED: dl.matmul %arg0, %arg1
// SHARED: dl.matmul %arg3, %arg1

// Automatic names avoid the names a model gives explicitly, wherever they
// appear: here dense0 is taken by a functional parameter.
constexpr auto w = param<8, 2>("dense0.kernel");
const auto reserved =
    model("reserved", output("y", matmul(x, w) + (x | dense<2>)));
// RESERVED-LABEL: func.func @reserved(%arg0: tensor<2x8xf32> {dl.input = "x"},
// RESERVED-NEXT: {dl.param = "dense0.kernel"}
// RESERVED-NEXT: {dl.param = "dense1.kernel"}
// RESERVED-NEXT: {dl.param = "dense1.bias"})

int main(int argc, char **argv) {
  const char *which = argc > 1 ? argv[1] : "";
  if (!std::strcmp(which, "auto"))
    return generate(argc - 1, argv + 1, automatic);
  if (!std::strcmp(which, "shared"))
    return generate(argc - 1, argv + 1, shared);
  return generate(argc - 1, argv + 1, reserved);
}
