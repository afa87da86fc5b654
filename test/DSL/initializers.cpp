// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// RUN: rm -f %t.seed42.safetensors
// RUN: %t --mlir %t.mlir --weights %t.seed42.safetensors --seed 42
// RUN: dl-opt --verify-roundtrip %t.mlir > /dev/null
// RUN: dl-tensors dump %t.seed42.safetensors | grep -v 'big\|conv' | FileCheck %s
// RUN: %python %S/Inputs/reference-init.py %t.seed42.safetensors 42 | FileCheck %s --check-prefix=REFERENCE
// Another seed gives other values, the same seed the same file.
// RUN: %t --mlir %t.mlir --weights %t.seed7.safetensors --seed 7
// RUN: %python %S/Inputs/reference-init.py %t.seed7.safetensors 7 > /dev/null
// RUN: not cmp -s %t.seed42.safetensors %t.seed7.safetensors
// RUN: %t --mlir %t.mlir --weights %t.again.safetensors --seed 42
// RUN: cmp %t.seed42.safetensors %t.again.safetensors
// The default seed is 0.
// RUN: %t --mlir %t.mlir --weights %t.seed0.safetensors
// RUN: %python %S/Inputs/reference-init.py %t.seed0.safetensors 0 > /dev/null
//
// Initial parameters are reproducible: every value is recomputed bit for bit
// by an independent implementation of the formulas in docs/dsl.md (which
// draws each parameter from the seed, its name and its shape only), and the
// large ones have the intended distribution.

#include "dl/dsl.hpp"

using namespace dl::dsl;

constexpr auto x = input<4, 3>("x");
// Small parameters whose values are spelled out below.
constexpr auto k = param<3, 4>("glorot_uniform.k", glorot_uniform);
constexpr auto h = param<3, 4>("he_normal.h", he_normal);
// Large ones for the statistics, one per initializer and element type.
constexpr auto gu = param<256, 128>("glorot_uniform.big", glorot_uniform);
constexpr auto gn = param<256, 128>("glorot_normal.big", glorot_normal);
constexpr auto hu = param<128, 256>("he_uniform.big", he_uniform, f64);
constexpr auto hn = param<128, 256>("he_normal.big", he_normal);
// A convolution-shaped kernel: fans include the receptive field (3 * 3).
constexpr auto conv = param<3, 3, 32, 64>("he_normal.conv", he_normal);
constexpr auto z = param<4>("zeros.bias", zeros);
constexpr auto o = param<2>("ones.count", ones, i64);

const auto m = model("m", output("a", matmul(x, k) + matmul(x, h) + z),
                     output("b", sum(gu) + sum(gn) + sum(hn) + sum(conv)),
                     output("c", sum(hu)), output("d", o));

DL_DSL_MAIN(m)

// CHECK: glorot_uniform.k: F32[3,4] = -0.595667243,0.470747739,-0.667204201,0.0820460245,-0.839466572,-0.0184714776,0.262073755,0.314809114,-0.764414668,0.508676887,0.396923512,0.431644648
// CHECK: he_normal.h: F32[3,4] = -0.358833343,0.0751305073,0.544822454,-1.14807153,0.80425328,0.261670649,0.344501019,-0.0776524022,-0.605608463,-1.66841829,-0.549094498,0.981579721
// CHECK: zeros.bias: F32[4] = 0,0,0,0
// CHECK: ones.count: I64[2] = 1,1

// REFERENCE-DAG: exact glorot_uniform.k [3, 4]
// REFERENCE-DAG: exact he_normal.h [3, 4]
// REFERENCE-DAG: exact glorot_uniform.big [256, 128] statistics ok
// REFERENCE-DAG: exact glorot_normal.big [256, 128] statistics ok
// REFERENCE-DAG: exact he_uniform.big [128, 256] statistics ok
// REFERENCE-DAG: exact he_normal.big [128, 256] statistics ok
// REFERENCE-DAG: exact he_normal.conv [3, 3, 32, 64] statistics ok
// REFERENCE-DAG: exact zeros.bias [4]
// REFERENCE-DAG: exact ones.count [2]
// REFERENCE-NOT: MISMATCH
// REFERENCE-NOT: BAD
