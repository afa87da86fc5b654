// Finite-difference checks (f64) of the gradient rule of dl.matmul: plain,
// with each transpose flag and with both, batched (rank 3 x rank 3), and with
// broadcast batch dimensions, where the operand that was broadcast gets its
// cotangent summed over the batch. Shapes are all different (M = 2, K = 3,
// N = 4, batch 5) so that a product with the wrong orientation does not even
// verify, and the results are returned as tensors, so dlc adds a random
// seed.y cotangent and checks the vector-Jacobian product.

// RUN: dlc run %s --entry matmul_plain --check-grad --random-inputs 7 | FileCheck %s --check-prefix=PLAIN
// RUN: dlc run %s --entry matmul_transpose_lhs --check-grad --random-inputs 7 | FileCheck %s --check-prefix=TLHS
// RUN: dlc run %s --entry matmul_transpose_rhs --check-grad --random-inputs 7 | FileCheck %s --check-prefix=TRHS
// RUN: dlc run %s --entry matmul_transpose_both --check-grad --random-inputs 7 | FileCheck %s --check-prefix=TBOTH
// RUN: dlc run %s --entry matmul_batched --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BATCHED
// RUN: dlc run %s --entry matmul_broadcast_rhs --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BCASTRHS
// RUN: dlc run %s --entry matmul_broadcast_lhs --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BCASTLHS
// RUN: dlc run %s --entry matmul_broadcast_unit_batch --check-grad --random-inputs 7 | FileCheck %s --check-prefix=UNITBATCH
// RUN: dlc run %s --entry matmul_batched_transposed --check-grad --random-inputs 7 | FileCheck %s --check-prefix=BATCHEDT
// RUN: dlc run %s --entry matmul_shared_operand --check-grad --random-inputs 7 | FileCheck %s --check-prefix=SHARED

// [2x3] x [3x4].
// PLAIN-NOT: MISMATCH
// PLAIN: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// PLAIN-NEXT: grad.b: 12 elements, max |analytic - numeric| = {{.*}}: ok
// PLAIN-NOT: MISMATCH
func.func @matmul_plain(%a: tensor<2x3xf64> {dl.param = "a"}, %b: tensor<3x4xf64> {dl.param = "b"})
    -> (tensor<2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %a, %b : (tensor<2x3xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
  return %y : tensor<2x4xf64>
}

// [3x2]^T x [3x4].
// TLHS-NOT: MISMATCH
// TLHS: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// TLHS-NEXT: grad.b: 12 elements, max |analytic - numeric| = {{.*}}: ok
// TLHS-NOT: MISMATCH
func.func @matmul_transpose_lhs(%a: tensor<3x2xf64> {dl.param = "a"}, %b: tensor<3x4xf64> {dl.param = "b"})
    -> (tensor<2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %a, %b transpose_lhs : (tensor<3x2xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
  return %y : tensor<2x4xf64>
}

// [2x3] x [4x3]^T.
// TRHS-NOT: MISMATCH
// TRHS: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// TRHS-NEXT: grad.b: 12 elements, max |analytic - numeric| = {{.*}}: ok
// TRHS-NOT: MISMATCH
func.func @matmul_transpose_rhs(%a: tensor<2x3xf64> {dl.param = "a"}, %b: tensor<4x3xf64> {dl.param = "b"})
    -> (tensor<2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %a, %b transpose_rhs : (tensor<2x3xf64>, tensor<4x3xf64>) -> tensor<2x4xf64>
  return %y : tensor<2x4xf64>
}

// [3x2]^T x [4x3]^T.
// TBOTH-NOT: MISMATCH
// TBOTH: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// TBOTH-NEXT: grad.b: 12 elements, max |analytic - numeric| = {{.*}}: ok
// TBOTH-NOT: MISMATCH
func.func @matmul_transpose_both(%a: tensor<3x2xf64> {dl.param = "a"}, %b: tensor<4x3xf64> {dl.param = "b"})
    -> (tensor<2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %a, %b transpose_lhs transpose_rhs : (tensor<3x2xf64>, tensor<4x3xf64>) -> tensor<2x4xf64>
  return %y : tensor<2x4xf64>
}

// [5x2x3] x [5x3x4]: a batch of independent products.
// BATCHED-NOT: MISMATCH
// BATCHED: grad.a: 30 elements, max |analytic - numeric| = {{.*}}: ok
// BATCHED-NEXT: grad.b: 60 elements, max |analytic - numeric| = {{.*}}: ok
// BATCHED-NOT: MISMATCH
func.func @matmul_batched(%a: tensor<5x2x3xf64> {dl.param = "a"}, %b: tensor<5x3x4xf64> {dl.param = "b"})
    -> (tensor<5x2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %a, %b : (tensor<5x2x3xf64>, tensor<5x3x4xf64>) -> tensor<5x2x4xf64>
  return %y : tensor<5x2x4xf64>
}

// [5x2x3] x [3x4]: one weight for the whole batch; its gradient sums over
// the batch.
// BCASTRHS-NOT: MISMATCH
// BCASTRHS: grad.a: 30 elements, max |analytic - numeric| = {{.*}}: ok
// BCASTRHS-NEXT: grad.w: 12 elements, max |analytic - numeric| = {{.*}}: ok
// BCASTRHS-NOT: MISMATCH
func.func @matmul_broadcast_rhs(%a: tensor<5x2x3xf64> {dl.param = "a"}, %w: tensor<3x4xf64> {dl.param = "w"})
    -> (tensor<5x2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %a, %w : (tensor<5x2x3xf64>, tensor<3x4xf64>) -> tensor<5x2x4xf64>
  return %y : tensor<5x2x4xf64>
}

// [2x3] x [5x3x4]: the mirror image, the lhs is shared by the batch.
// BCASTLHS-NOT: MISMATCH
// BCASTLHS: grad.w: 6 elements, max |analytic - numeric| = {{.*}}: ok
// BCASTLHS-NEXT: grad.b: 60 elements, max |analytic - numeric| = {{.*}}: ok
// BCASTLHS-NOT: MISMATCH
func.func @matmul_broadcast_lhs(%w: tensor<2x3xf64> {dl.param = "w"}, %b: tensor<5x3x4xf64> {dl.param = "b"})
    -> (tensor<5x2x4xf64> {dl.output = "y"}) {
  %y = dl.matmul %w, %b : (tensor<2x3xf64>, tensor<5x3x4xf64>) -> tensor<5x2x4xf64>
  return %y : tensor<5x2x4xf64>
}

// [1x2x3] x [5x3x4]: a batch dimension stretched from 1 (summed with
// keep_dims), and [2x1x2x3] x [3x3x4] with batch dimensions broadcast in
// both directions to [2x3x2x4].
// UNITBATCH-NOT: MISMATCH
// UNITBATCH: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// UNITBATCH-NEXT: grad.b: 60 elements, max |analytic - numeric| = {{.*}}: ok
// UNITBATCH-NEXT: grad.c: 12 elements, max |analytic - numeric| = {{.*}}: ok
// UNITBATCH-NEXT: grad.d: 36 elements, max |analytic - numeric| = {{.*}}: ok
// UNITBATCH-NOT: MISMATCH
func.func @matmul_broadcast_unit_batch(%a: tensor<1x2x3xf64> {dl.param = "a"}, %b: tensor<5x3x4xf64> {dl.param = "b"},
                                       %c: tensor<2x1x2x3xf64> {dl.param = "c"}, %d: tensor<3x3x4xf64> {dl.param = "d"})
    -> (tensor<5x2x4xf64> {dl.output = "y"}, tensor<2x3x2x4xf64> {dl.output = "z"}) {
  %y = dl.matmul %a, %b : (tensor<1x2x3xf64>, tensor<5x3x4xf64>) -> tensor<5x2x4xf64>
  %z = dl.matmul %c, %d : (tensor<2x1x2x3xf64>, tensor<3x3x4xf64>) -> tensor<2x3x2x4xf64>
  return %y, %z : tensor<5x2x4xf64>, tensor<2x3x2x4xf64>
}

// Transpose flags on batched and broadcast operands, as attention's
// q k^T: [5x3x2]^T x [5x4x3]^T and [5x2x3] x [4x3]^T.
// BATCHEDT-NOT: MISMATCH
// BATCHEDT: grad.q: 30 elements, max |analytic - numeric| = {{.*}}: ok
// BATCHEDT-NEXT: grad.k: 60 elements, max |analytic - numeric| = {{.*}}: ok
// BATCHEDT-NEXT: grad.x: 30 elements, max |analytic - numeric| = {{.*}}: ok
// BATCHEDT-NEXT: grad.w: 12 elements, max |analytic - numeric| = {{.*}}: ok
// BATCHEDT-NOT: MISMATCH
func.func @matmul_batched_transposed(%q: tensor<5x3x2xf64> {dl.param = "q"}, %k: tensor<5x4x3xf64> {dl.param = "k"},
                                     %x: tensor<5x2x3xf64> {dl.param = "x"}, %w: tensor<4x3xf64> {dl.param = "w"})
    -> (tensor<5x2x4xf64> {dl.output = "s"}, tensor<5x2x4xf64> {dl.output = "y"}) {
  %s = dl.matmul %q, %k transpose_lhs transpose_rhs : (tensor<5x3x2xf64>, tensor<5x4x3xf64>) -> tensor<5x2x4xf64>
  %y = dl.matmul %x, %w transpose_rhs : (tensor<5x2x3xf64>, tensor<4x3xf64>) -> tensor<5x2x4xf64>
  return %s, %y : tensor<5x2x4xf64>, tensor<5x2x4xf64>
}

// Both operands are the same value: a a^T and a^T a, whose cotangents add up.
// SHARED-NOT: MISMATCH
// SHARED: grad.a: 6 elements, max |analytic - numeric| = {{.*}}: ok
// SHARED-NOT: MISMATCH
func.func @matmul_shared_operand(%a: tensor<2x3xf64> {dl.param = "a"})
    -> (tensor<2x2xf64> {dl.output = "gram"}, tensor<3x3xf64> {dl.output = "cov"}) {
  %g = dl.matmul %a, %a transpose_rhs : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x2xf64>
  %c = dl.matmul %a, %a transpose_lhs : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<3x3xf64>
  return %g, %c : tensor<2x2xf64>, tensor<3x3xf64>
}
