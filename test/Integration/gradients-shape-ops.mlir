// Finite-difference checks (f64) of the gradient rules of the shape ops
// (reshape, transpose, broadcast_to) and of cast. The results are returned
// as tensors, so dlc adds random seed.<result> cotangents and checks the
// vector-Jacobian product.
//
// RUN: dlc run %s --entry shape_reshape --check-grad --random-inputs 7 | FileCheck %s --check-prefix=RESHAPE
// RUN: dlc run %s --entry shape_transpose --check-grad --random-inputs 7 | FileCheck %s --check-prefix=TRANSPOSE
// RUN: dlc run %s --entry shape_broadcast_to --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BROADCAST
//
// cast f64 -> f32 -> f64. --check-grad takes its step and tolerance from the
// element type of the argument: an f64 argument gets h = 1e-6 and
// 1e-6 + 1e-5 |numeric|, while the objective is evaluated with the f32 round
// trip inside. Rounding a value v to f32 moves it by up to 6e-8 |v|, which
// the central difference turns into an error of up to 6e-8 |v| / 1e-6 per
// unit of derivative: 6% for random values in [-1, 1), so a random-input
// round trip fails the f64 tolerance (gradients-mismatch.mlir shows it).
// Inputs of magnitude 1e-7..1e-6 bring that error near 1e-7. Inside the
// f32 section the function must then stay linear: a nonlinearity on the
// scale of such inputs would make the truncation error of the step h = 1e-6
// large instead. So the round trip is checked with small inputs and linear
// f32 arithmetic (a broadcast multiply and a sum), at the full f64
// tolerance.
// RUN: dl-tensors make %t.small.safetensors \
// RUN:   'x:f64[2,3]=1e-7,-2.5e-7,4e-7,-5.5e-7,7e-7,-8.5e-7'
// RUN: dlc run %s --entry cast_round_trip --inputs %t.small.safetensors --check-grad --random-inputs 7 | FileCheck %s --check-prefix=CAST
//
// The same round trip the other way, f32 -> f64 -> f32, on random f32
// parameters: checked with the f32 step and tolerance (h = 1e-2,
// 1e-3 + 1e-2 |numeric|), which still tells a correct gradient from a wrong
// one for gradients of order 1.
// RUN: dlc run %s --entry cast_round_trip_f32 --check-grad --random-inputs 7 | FileCheck %s --check-prefix=CASTF32
//
// A cast to an integer type is not differentiable: the gradient through it is
// zero, and the pass differentiates the float path beside it.
// RUN: dlc run %s --entry cast_to_integer --check-grad --random-inputs 7 | FileCheck %s --check-prefix=CASTINT

// [2x3x4] -> [6x4], [4x6] -> [2x3x4] and [1x1] -> [] (rank 0).
// RESHAPE-NOT: MISMATCH
// RESHAPE: grad.a: 24 elements, max |analytic - numeric| = {{.*}}: ok
// RESHAPE-NEXT: grad.b: 24 elements, max |analytic - numeric| = {{.*}}: ok
// RESHAPE-NEXT: grad.c: 1 elements, max |analytic - numeric| = {{.*}}: ok
// RESHAPE-NOT: MISMATCH
func.func @shape_reshape(%a: tensor<2x3x4xf64> {dl.param = "a"},
                         %b: tensor<4x6xf64> {dl.param = "b"},
                         %c: tensor<1x1xf64> {dl.param = "c"})
    -> (tensor<6x4xf64> {dl.output = "ra"}, tensor<2x3x4xf64> {dl.output = "rb"},
        tensor<f64> {dl.output = "rc"}) {
  %ra = dl.reshape %a : (tensor<2x3x4xf64>) -> tensor<6x4xf64>
  %rb = dl.reshape %b : (tensor<4x6xf64>) -> tensor<2x3x4xf64>
  %rc = dl.reshape %c : (tensor<1x1xf64>) -> tensor<f64>
  return %ra, %rb, %rc : tensor<6x4xf64>, tensor<2x3x4xf64>, tensor<f64>
}

// Rank-3 permutations that are not their own inverse: [2, 0, 1] on 2x3x4
// and [1, 2, 0] on 3x3x3, whose equal dimensions would let a rule that
// applies the permutation instead of its inverse verify and compute the
// wrong values; [1, 0, 2] is its own inverse.
// TRANSPOSE-NOT: MISMATCH
// TRANSPOSE: grad.a: 24 elements, max |analytic - numeric| = {{.*}}: ok
// TRANSPOSE-NEXT: grad.b: 27 elements, max |analytic - numeric| = {{.*}}: ok
// TRANSPOSE-NEXT: grad.c: 24 elements, max |analytic - numeric| = {{.*}}: ok
// TRANSPOSE-NOT: MISMATCH
func.func @shape_transpose(%a: tensor<2x3x4xf64> {dl.param = "a"},
                           %b: tensor<3x3x3xf64> {dl.param = "b"},
                           %c: tensor<2x3x4xf64> {dl.param = "c"})
    -> (tensor<4x2x3xf64> {dl.output = "ta"}, tensor<3x3x3xf64> {dl.output = "tb"},
        tensor<3x2x4xf64> {dl.output = "tc"}) {
  %ta = dl.transpose %a permutation = [2, 0, 1] : (tensor<2x3x4xf64>) -> tensor<4x2x3xf64>
  %tb = dl.transpose %b permutation = [1, 2, 0] : (tensor<3x3x3xf64>) -> tensor<3x3x3xf64>
  %tc = dl.transpose %c permutation = [1, 0, 2] : (tensor<2x3x4xf64>) -> tensor<3x2x4xf64>
  return %ta, %tb, %tc : tensor<4x2x3xf64>, tensor<3x3x3xf64>, tensor<3x2x4xf64>
}

// [3] -> [2x3] (leading dimension added), [2x1] -> [2x3] (stretched),
// [1x3] -> [4x2x3] (both), [] -> [2x2] (rank 0), [3x1x1] -> [3x2x4].
// BROADCAST-NOT: MISMATCH
// BROADCAST: grad.a: 3 elements, max |analytic - numeric| = {{.*}}: ok
// BROADCAST-NEXT: grad.b: 2 elements, max |analytic - numeric| = {{.*}}: ok
// BROADCAST-NEXT: grad.c: 3 elements, max |analytic - numeric| = {{.*}}: ok
// BROADCAST-NEXT: grad.d: 1 elements, max |analytic - numeric| = {{.*}}: ok
// BROADCAST-NEXT: grad.e: 3 elements, max |analytic - numeric| = {{.*}}: ok
// BROADCAST-NOT: MISMATCH
func.func @shape_broadcast_to(%a: tensor<3xf64> {dl.param = "a"},
                              %b: tensor<2x1xf64> {dl.param = "b"},
                              %c: tensor<1x3xf64> {dl.param = "c"},
                              %d: tensor<f64> {dl.param = "d"},
                              %e: tensor<3x1x1xf64> {dl.param = "e"})
    -> (tensor<2x3xf64> {dl.output = "ba"}, tensor<2x3xf64> {dl.output = "bb"},
        tensor<4x2x3xf64> {dl.output = "bc"}, tensor<2x2xf64> {dl.output = "bd"},
        tensor<3x2x4xf64> {dl.output = "be"}) {
  %ba = dl.broadcast_to %a : (tensor<3xf64>) -> tensor<2x3xf64>
  %bb = dl.broadcast_to %b : (tensor<2x1xf64>) -> tensor<2x3xf64>
  %bc = dl.broadcast_to %c : (tensor<1x3xf64>) -> tensor<4x2x3xf64>
  %bd = dl.broadcast_to %d : (tensor<f64>) -> tensor<2x2xf64>
  %be = dl.broadcast_to %e : (tensor<3x1x1xf64>) -> tensor<3x2x4xf64>
  return %ba, %bb, %bc, %bd, %be : tensor<2x3xf64>, tensor<2x3xf64>, tensor<4x2x3xf64>, tensor<2x2xf64>, tensor<3x2x4xf64>
}

// y = f64(sum(f32(x) * [1.5, -2, 0.25], axis 1)): dy/dx is the constant
// vector, exactly representable in f32.
// CAST-NOT: MISMATCH
// CAST: grad.x: 6 elements, max |analytic - numeric| = {{.*}}: ok
// CAST-NOT: MISMATCH
func.func @cast_round_trip(%x: tensor<2x3xf64> {dl.param = "x"}) -> (tensor<2xf64> {dl.output = "y"}) {
  %c = dl.constant dense<[1.5, -2.0, 0.25]> : tensor<3xf32>
  %0 = dl.cast %x : tensor<2x3xf64> to tensor<2x3xf32>
  %1 = dl.mul %0, %c : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = dl.sum %1 axes = [1] : (tensor<2x3xf32>) -> tensor<2xf32>
  %y = dl.cast %2 : tensor<2xf32> to tensor<2xf64>
  return %y : tensor<2xf64>
}

// f32(tanh(2 * f64(x))) on random f32 parameters.
// CASTF32-NOT: MISMATCH
// CASTF32: grad.x: 6 elements, max |analytic - numeric| = {{.*}}: ok
// CASTF32-NOT: MISMATCH
func.func @cast_round_trip_f32(%x: tensor<2x3xf32> {dl.param = "x"}) -> (tensor<2x3xf32> {dl.output = "y"}) {
  %two = dl.constant dense<2.0> : tensor<f64>
  %0 = dl.cast %x : tensor<2x3xf32> to tensor<2x3xf64>
  %1 = dl.mul %0, %two : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  %2 = dl.tanh %1 : tensor<2x3xf64>
  %y = dl.cast %2 : tensor<2x3xf64> to tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}

// y = x * f64(i64(4 x)): the integer factor is piecewise constant, so
// dy/dx = f64(i64(4 x)) away from its steps, which random inputs miss (the
// nearest is 0.009 away at seed 7, far beyond the step h = 1e-6).
// CASTINT-NOT: MISMATCH
// CASTINT: grad.x: 12 elements, max |analytic - numeric| = {{.*}}: ok
// CASTINT-NOT: MISMATCH
func.func @cast_to_integer(%x: tensor<3x4xf64> {dl.param = "x"}) -> (tensor<3x4xf64> {dl.output = "y"}) {
  %four = dl.constant dense<4.0> : tensor<f64>
  %0 = dl.mul %x, %four : (tensor<3x4xf64>, tensor<f64>) -> tensor<3x4xf64>
  %1 = dl.cast %0 : tensor<3x4xf64> to tensor<3x4xi64>
  %2 = dl.cast %1 : tensor<3x4xi64> to tensor<3x4xf64>
  %y = dl.mul %x, %2 : (tensor<3x4xf64>, tensor<3x4xf64>) -> tensor<3x4xf64>
  return %y : tensor<3x4xf64>
}
