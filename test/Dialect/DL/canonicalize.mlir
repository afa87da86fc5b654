// RUN: dl-opt %s --split-input-file --canonicalize | FileCheck %s
// Algebraic identities and shape-op combinations done by canonicalization.

// x + 0 and 0 + x are x; so are x - 0, x * 1, 1 * x, x / 1 and pow(x, 1).
// CHECK-LABEL: func.func @identities
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>
// CHECK-NOT: dl.
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @identities(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
                                             tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
                                             tensor<4xf32>) {
  %zero = dl.constant dense<0.0> : tensor<f32>
  %one = dl.constant dense<1.0> : tensor<4xf32>
  %0 = dl.add %x, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = dl.add %zero, %x : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = dl.sub %x, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %3 = dl.mul %x, %one : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %4 = dl.mul %one, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %5 = dl.div %x, %one : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %6 = dl.pow %x, %one : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
                                      tensor<4xf32>, tensor<4xf32>, tensor<4xf32>,
                                      tensor<4xf32>
}

// -----

// The identities hold for integers too.
// CHECK-LABEL: func.func @integer_identities
// CHECK-SAME: (%[[X:.+]]: tensor<4xi64>
// CHECK-NOT: dl.
// CHECK: return %[[X]], %[[X]]
func.func @integer_identities(%x: tensor<4xi64>) -> (tensor<4xi64>, tensor<4xi64>) {
  %zero = dl.constant dense<0> : tensor<i64>
  %one = dl.constant dense<1> : tensor<i64>
  %0 = dl.add %x, %zero : (tensor<4xi64>, tensor<i64>) -> tensor<4xi64>
  %1 = dl.mul %x, %one : (tensor<4xi64>, tensor<i64>) -> tensor<4xi64>
  return %0, %1 : tensor<4xi64>, tensor<4xi64>
}

// -----

// An identity that would change the result shape is kept: adding a zero
// of a larger shape broadcasts x.
// CHECK-LABEL: func.func @identity_that_broadcasts
// CHECK: %[[R:.+]] = dl.add
// CHECK: return %[[R]]
func.func @identity_that_broadcasts(%x: tensor<4xf32>) -> tensor<3x4xf32> {
  %zero = dl.constant dense<0.0> : tensor<3x4xf32>
  %0 = dl.add %x, %zero : (tensor<4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// x * 0 is not folded for floats: it would turn inf and NaN into 0.
// CHECK-LABEL: func.func @no_mul_by_zero
// CHECK: dl.mul
func.func @no_mul_by_zero(%x: tensor<4xf32>) -> tensor<4xf32> {
  %zero = dl.constant dense<0.0> : tensor<f32>
  %0 = dl.mul %x, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// max(x, x) and min(x, x) are x; so is select with equal branches.
// CHECK-LABEL: func.func @same_operands
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>, %[[C:.+]]: tensor<4xi1>)
// CHECK-NEXT: return %[[X]], %[[X]], %[[X]]
func.func @same_operands(%x: tensor<4xf32>, %c: tensor<4xi1>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = dl.max %x, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.min %x, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = dl.select %c, %x, %x : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// A splat condition picks a branch.
// CHECK-LABEL: func.func @select_splat_condition
// CHECK-SAME: (%[[A:.+]]: tensor<4xf32>, %[[B:.+]]: tensor<4xf32>)
// CHECK-NEXT: return %[[A]], %[[B]]
func.func @select_splat_condition(%a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %t = dl.constant dense<true> : tensor<4xi1>
  %f = dl.constant dense<false> : tensor<i1>
  %0 = dl.select %t, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = dl.select %f, %a, %b : (tensor<i1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// Double negation cancels; abs and relu are idempotent; abs ignores a negation.
// CHECK-LABEL: func.func @unary_pairs
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>)
// CHECK-NOT: dl.neg
// CHECK: %[[ABS:.+]] = dl.abs %[[X]] : tensor<4xf32>
// CHECK-NEXT: %[[RELU:.+]] = dl.relu %[[X]] : tensor<4xf32>
// CHECK-NEXT: %[[ABS_OF_NEG:.+]] = dl.abs %[[X]] : tensor<4xf32>
// CHECK-NEXT: return %[[X]], %[[ABS]], %[[RELU]], %[[ABS_OF_NEG]]
func.func @unary_pairs(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %n = dl.neg %x : tensor<4xf32>
  %0 = dl.neg %n : tensor<4xf32>
  %a = dl.abs %x : tensor<4xf32>
  %1 = dl.abs %a : tensor<4xf32>
  %r = dl.relu %x : tensor<4xf32>
  %2 = dl.relu %r : tensor<4xf32>
  %3 = dl.abs %n : tensor<4xf32>
  return %0, %1, %2, %3 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Transposes compose; a pair that cancels disappears.
// CHECK-LABEL: func.func @transpose_of_transpose
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[T:.+]] = dl.transpose %[[X]] permutation = [1, 2, 0] : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
// CHECK-NOT: dl.transpose
// CHECK: return %[[X]], %[[T]]
func.func @transpose_of_transpose(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<3x4x2xf32>) {
  %t = dl.transpose %x permutation = [1, 0, 2] : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  %0 = dl.transpose %t permutation = [1, 0, 2] : (tensor<3x2x4xf32>) -> tensor<2x3x4xf32>
  %u = dl.transpose %x permutation = [0, 2, 1] : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  %1 = dl.transpose %u permutation = [2, 1, 0] : (tensor<2x4x3xf32>) -> tensor<3x4x2xf32>
  return %0, %1 : tensor<2x3x4xf32>, tensor<3x4x2xf32>
}

// -----

// The identity permutation is a no-op.
// CHECK-LABEL: func.func @transpose_identity
// CHECK-NEXT: return %arg0
func.func @transpose_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = dl.transpose %x permutation = [0, 1] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Reshapes compose; a reshape to the same type disappears.
// CHECK-LABEL: func.func @reshape_of_reshape
// CHECK-SAME: (%[[X:.+]]: tensor<2x3x4xf32>)
// CHECK: %[[R:.+]] = dl.reshape %[[X]] : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
// CHECK-NOT: dl.reshape
// CHECK: return %[[R]], %[[X]]
func.func @reshape_of_reshape(%x: tensor<2x3x4xf32>) -> (tensor<4x6xf32>, tensor<2x3x4xf32>) {
  %r = dl.reshape %x : (tensor<2x3x4xf32>) -> tensor<24xf32>
  %0 = dl.reshape %r : (tensor<24xf32>) -> tensor<4x6xf32>
  %1 = dl.reshape %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<4x6xf32>, tensor<2x3x4xf32>
}

// -----

// broadcast_to and cast to the operand's own type, and reductions over no
// axes, are no-ops.
// CHECK-LABEL: func.func @noop_shape_ops
// CHECK-SAME: (%[[X:.+]]: tensor<2x3xf32>)
// CHECK-NEXT: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @noop_shape_ops(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = dl.broadcast_to %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = dl.cast %x : tensor<2x3xf32> to tensor<2x3xf32>
  %2 = dl.sum %x axes = [] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = dl.mean %x axes = [] keep_dims : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = dl.reduce_max %x axes = [] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// A matrix transpose feeding a matmul becomes a transpose flag, and a
// flag already set is toggled off.
// CHECK-LABEL: func.func @transpose_into_matmul
// CHECK-SAME: (%[[A:.+]]: tensor<8x4xf32>, %[[B:.+]]: tensor<16x8xf32>, %[[C:.+]]: tensor<4x8xf32>)
// CHECK-NOT: dl.transpose
// CHECK-DAG: dl.matmul %[[A]], %[[B]] transpose_lhs transpose_rhs : (tensor<8x4xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
// CHECK-DAG: dl.matmul %[[C]], %[[B]] transpose_rhs : (tensor<4x8xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
func.func @transpose_into_matmul(%a: tensor<8x4xf32>, %b: tensor<16x8xf32>, %c: tensor<4x8xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %at = dl.transpose %a permutation = [1, 0] : (tensor<8x4xf32>) -> tensor<4x8xf32>
  %bt = dl.transpose %b permutation = [1, 0] : (tensor<16x8xf32>) -> tensor<8x16xf32>
  %0 = dl.matmul %at, %bt : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %ct = dl.transpose %c permutation = [1, 0] : (tensor<4x8xf32>) -> tensor<8x4xf32>
  %1 = dl.matmul %ct, %b transpose_lhs transpose_rhs : (tensor<8x4xf32>, tensor<16x8xf32>) -> tensor<4x16xf32>
  return %0, %1 : tensor<4x16xf32>, tensor<4x16xf32>
}

// -----

// Only a swap of the last two dimensions is a matmul flag: a transpose that
// moves the batch dimension stays.
// CHECK-LABEL: func.func @batch_transpose_stays
// CHECK: dl.transpose
// CHECK: dl.matmul
func.func @batch_transpose_stays(%a: tensor<4x2x8xf32>, %b: tensor<2x8x16xf32>) -> tensor<2x4x16xf32> {
  %at = dl.transpose %a permutation = [1, 0, 2] : (tensor<4x2x8xf32>) -> tensor<2x4x8xf32>
  %0 = dl.matmul %at, %b : (tensor<2x4x8xf32>, tensor<2x8x16xf32>) -> tensor<2x4x16xf32>
  return %0 : tensor<2x4x16xf32>
}

// -----

// Batched matmul: swapping the last two of three dimensions folds too.
// CHECK-LABEL: func.func @batched_transpose_into_matmul
// CHECK-SAME: (%[[A:.+]]: tensor<2x4x8xf32>, %[[B:.+]]: tensor<2x16x8xf32>)
// CHECK: dl.matmul %[[A]], %[[B]] transpose_rhs : (tensor<2x4x8xf32>, tensor<2x16x8xf32>) -> tensor<2x4x16xf32>
func.func @batched_transpose_into_matmul(%a: tensor<2x4x8xf32>, %b: tensor<2x16x8xf32>) -> tensor<2x4x16xf32> {
  %bt = dl.transpose %b permutation = [0, 2, 1] : (tensor<2x16x8xf32>) -> tensor<2x8x16xf32>
  %0 = dl.matmul %a, %bt : (tensor<2x4x8xf32>, tensor<2x8x16xf32>) -> tensor<2x4x16xf32>
  return %0 : tensor<2x4x16xf32>
}

// -----

// A transposed matmul product is the product of the swapped operands with
// both flags flipped: (A B^T)^T = B A^T. Batch dimensions broadcast either way.
// CHECK-LABEL: func.func @transpose_of_matmul
// CHECK-SAME: (%[[A:.+]]: tensor<4x3xf32>, %[[B:.+]]: tensor<2x3xf32>, %[[X:.+]]: tensor<5x4x3xf32>, %[[W:.+]]: tensor<3x2xf32>)
// CHECK-NOT: dl.transpose
// CHECK: %[[P:.+]] = dl.matmul %[[B]], %[[A]] transpose_rhs : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
// CHECK: %[[Q:.+]] = dl.matmul %[[W]], %[[X]] transpose_lhs transpose_rhs : (tensor<3x2xf32>, tensor<5x4x3xf32>) -> tensor<5x2x4xf32>
// CHECK: return %[[P]], %[[Q]]
func.func @transpose_of_matmul(%a: tensor<4x3xf32>, %b: tensor<2x3xf32>,
                               %x: tensor<5x4x3xf32>, %w: tensor<3x2xf32>)
    -> (tensor<2x4xf32>, tensor<5x2x4xf32>) {
  %0 = dl.matmul %a, %b transpose_rhs : (tensor<4x3xf32>, tensor<2x3xf32>) -> tensor<4x2xf32>
  %1 = dl.transpose %0 permutation = [1, 0] : (tensor<4x2xf32>) -> tensor<2x4xf32>
  %2 = dl.matmul %x, %w : (tensor<5x4x3xf32>, tensor<3x2xf32>) -> tensor<5x4x2xf32>
  %3 = dl.transpose %2 permutation = [0, 2, 1] : (tensor<5x4x2xf32>) -> tensor<5x2x4xf32>
  return %1, %3 : tensor<2x4xf32>, tensor<5x2x4xf32>
}

// -----

// A product that has another use stays as it is.
// CHECK-LABEL: func.func @transpose_of_shared_matmul
// CHECK: dl.matmul
// CHECK: dl.transpose
func.func @transpose_of_shared_matmul(%a: tensor<4x3xf32>, %b: tensor<3x2xf32>)
    -> (tensor<4x2xf32>, tensor<2x4xf32>) {
  %0 = dl.matmul %a, %b : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %1 = dl.transpose %0 permutation = [1, 0] : (tensor<4x2xf32>) -> tensor<2x4xf32>
  return %0, %1 : tensor<4x2xf32>, tensor<2x4xf32>
}
