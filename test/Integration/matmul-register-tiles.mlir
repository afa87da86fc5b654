// Matmuls large enough for whole register tiles, compiled for three
// targets, whose register tiles differ (dl-tile-and-vectorize vector-bits):
// the host (16x16 with AVX-512), haswell (AVX2: 4x16 for f32, 4x8 for f64)
// and x86-64 (SSE, no FMA: 4x8 and 4x4). Each result is compared with the
// same product computed without a matmul: a broadcast multiply and a sum
// over K, which goes through the elementwise and reduction code instead.
// The host runs all three instruction sets.
//
// RUN: dlc run %s --entry dense_f32 --random-inputs 7 -o %t.f32.host.safetensors
// RUN: dlc run %s --entry dense_f32 --random-inputs 7 --mcpu=haswell -o %t.f32.avx2.safetensors
// RUN: dlc run %s --entry dense_f32 --random-inputs 7 --mcpu=x86-64 -o %t.f32.sse.safetensors
// RUN: dlc run %s --entry dense_f32_reference --random-inputs 7 -o %t.f32.ref.safetensors
// RUN: dl-tensors compare %t.f32.host.safetensors %t.f32.ref.safetensors --rtol 1e-5 --atol 1e-5
// RUN: dl-tensors compare %t.f32.avx2.safetensors %t.f32.ref.safetensors --rtol 1e-5 --atol 1e-5
// RUN: dl-tensors compare %t.f32.sse.safetensors %t.f32.ref.safetensors --rtol 1e-5 --atol 1e-5
//
// RUN: dlc run %s --entry matmul_f64 --random-inputs 11 -o %t.f64.host.safetensors
// RUN: dlc run %s --entry matmul_f64 --random-inputs 11 --mcpu=haswell -o %t.f64.avx2.safetensors
// RUN: dlc run %s --entry matmul_f64 --random-inputs 11 --mcpu=x86-64 -o %t.f64.sse.safetensors
// RUN: dlc run %s --entry matmul_f64_reference --random-inputs 11 -o %t.f64.ref.safetensors
// RUN: dl-tensors compare %t.f64.host.safetensors %t.f64.ref.safetensors --rtol 1e-12 --atol 1e-12
// RUN: dl-tensors compare %t.f64.avx2.safetensors %t.f64.ref.safetensors --rtol 1e-12 --atol 1e-12
// RUN: dl-tensors compare %t.f64.sse.safetensors %t.f64.ref.safetensors --rtol 1e-12 --atol 1e-12
//
// Batched products (register tiles per batch element), one with a
// transposed rhs as in attention's q k^T:
// RUN: dlc run %s --entry batched --random-inputs 5 -o %t.batched.host.safetensors
// RUN: dlc run %s --entry batched --random-inputs 5 --mcpu=haswell -o %t.batched.avx2.safetensors
// RUN: dlc run %s --entry batched_reference --random-inputs 5 -o %t.batched.ref.safetensors
// RUN: dl-tensors compare %t.batched.host.safetensors %t.batched.ref.safetensors --rtol 1e-5 --atol 1e-5
// RUN: dl-tensors compare %t.batched.avx2.safetensors %t.batched.ref.safetensors --rtol 1e-5 --atol 1e-5

// relu(x w + b): an epilogue fused into the register tiles.
func.func @dense_f32(%x: tensor<32x40xf32> {dl.input = "x"},
                     %w: tensor<40x48xf32> {dl.param = "w"},
                     %b: tensor<48xf32> {dl.param = "b"})
    -> (tensor<32x48xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<32x40xf32>, tensor<40x48xf32>) -> tensor<32x48xf32>
  %1 = dl.add %0, %b : (tensor<32x48xf32>, tensor<48xf32>) -> tensor<32x48xf32>
  %2 = dl.relu %1 : tensor<32x48xf32>
  return %2 : tensor<32x48xf32>
}

func.func @dense_f32_reference(%x: tensor<32x40xf32> {dl.input = "x"},
                               %w: tensor<40x48xf32> {dl.param = "w"},
                               %b: tensor<48xf32> {dl.param = "b"})
    -> (tensor<32x48xf32> {dl.output = "y"}) {
  %x3 = dl.reshape %x : (tensor<32x40xf32>) -> tensor<32x40x1xf32>
  %products = dl.mul %x3, %w : (tensor<32x40x1xf32>, tensor<40x48xf32>) -> tensor<32x40x48xf32>
  %0 = dl.sum %products axes = [1] : (tensor<32x40x48xf32>) -> tensor<32x48xf32>
  %1 = dl.add %0, %b : (tensor<32x48xf32>, tensor<48xf32>) -> tensor<32x48xf32>
  %2 = dl.relu %1 : tensor<32x48xf32>
  return %2 : tensor<32x48xf32>
}

// A plain matmul (no epilogue), in f64: half as many lanes per register.
func.func @matmul_f64(%a: tensor<24x40xf64> {dl.input = "a"},
                      %b: tensor<40x48xf64> {dl.input = "b"})
    -> (tensor<24x48xf64> {dl.output = "c"}) {
  %0 = dl.matmul %a, %b : (tensor<24x40xf64>, tensor<40x48xf64>) -> tensor<24x48xf64>
  return %0 : tensor<24x48xf64>
}

func.func @matmul_f64_reference(%a: tensor<24x40xf64> {dl.input = "a"},
                                %b: tensor<40x48xf64> {dl.input = "b"})
    -> (tensor<24x48xf64> {dl.output = "c"}) {
  %a3 = dl.reshape %a : (tensor<24x40xf64>) -> tensor<24x40x1xf64>
  %products = dl.mul %a3, %b : (tensor<24x40x1xf64>, tensor<40x48xf64>) -> tensor<24x40x48xf64>
  %0 = dl.sum %products axes = [1] : (tensor<24x40x48xf64>) -> tensor<24x48xf64>
  return %0 : tensor<24x48xf64>
}

func.func @batched(%a: tensor<3x32x40xf32> {dl.input = "a"},
                   %b: tensor<3x40x48xf32> {dl.input = "b"},
                   %q: tensor<2x32x40xf32> {dl.input = "q"},
                   %k: tensor<2x48x40xf32> {dl.input = "k"})
    -> (tensor<3x32x48xf32> {dl.output = "ab"}, tensor<2x32x48xf32> {dl.output = "qk"}) {
  %ab = dl.matmul %a, %b : (tensor<3x32x40xf32>, tensor<3x40x48xf32>) -> tensor<3x32x48xf32>
  %qk = dl.matmul %q, %k transpose_rhs : (tensor<2x32x40xf32>, tensor<2x48x40xf32>) -> tensor<2x32x48xf32>
  return %ab, %qk : tensor<3x32x48xf32>, tensor<2x32x48xf32>
}

func.func @batched_reference(%a: tensor<3x32x40xf32> {dl.input = "a"},
                             %b: tensor<3x40x48xf32> {dl.input = "b"},
                             %q: tensor<2x32x40xf32> {dl.input = "q"},
                             %k: tensor<2x48x40xf32> {dl.input = "k"})
    -> (tensor<3x32x48xf32> {dl.output = "ab"}, tensor<2x32x48xf32> {dl.output = "qk"}) {
  %a4 = dl.reshape %a : (tensor<3x32x40xf32>) -> tensor<3x32x40x1xf32>
  %b4 = dl.reshape %b : (tensor<3x40x48xf32>) -> tensor<3x1x40x48xf32>
  %abp = dl.mul %a4, %b4 : (tensor<3x32x40x1xf32>, tensor<3x1x40x48xf32>) -> tensor<3x32x40x48xf32>
  %ab = dl.sum %abp axes = [2] : (tensor<3x32x40x48xf32>) -> tensor<3x32x48xf32>
  %q4 = dl.reshape %q : (tensor<2x32x40xf32>) -> tensor<2x32x1x40xf32>
  %k4 = dl.reshape %k : (tensor<2x48x40xf32>) -> tensor<2x1x48x40xf32>
  %qkp = dl.mul %q4, %k4 : (tensor<2x32x1x40xf32>, tensor<2x1x48x40xf32>) -> tensor<2x32x48x40xf32>
  %qk = dl.sum %qkp axes = [3] : (tensor<2x32x48x40xf32>) -> tensor<2x32x48xf32>
  return %ab, %qk : tensor<3x32x48xf32>, tensor<2x32x48xf32>
}
