// RUN: dl-opt %s --split-input-file --dl-expand-losses --canonicalize --cse | FileCheck %s
// dl-expand-losses writes each loss op as its per-sample loss over the last
// dimension and the reduction over the samples, in primitive dl ops.

// CHECK-LABEL: func.func @mse
// CHECK-SAME: (%[[P:.+]]: tensor<4x3xf32>, %[[T:.+]]: tensor<4x3xf32>)
// CHECK-NEXT: %[[D:.+]] = dl.sub %[[P]], %[[T]]
// CHECK-NEXT: %[[SQ:.+]] = dl.mul %[[D]], %[[D]]
// CHECK-NEXT: %[[PER:.+]] = dl.mean %[[SQ]] axes = [1] : (tensor<4x3xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[L:.+]] = dl.mean %[[PER]] axes = [0] : (tensor<4xf32>) -> tensor<f32>
// CHECK-NEXT: return %[[L]]
func.func @mse(%p: tensor<4x3xf32>, %t: tensor<4x3xf32>) -> tensor<f32> {
  %0 = dl.mse_loss %p, %t : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// Integer labels select their class through a mask of label == class index:
// no gather is needed.
// CHECK-LABEL: func.func @sparse_logits
// CHECK-SAME: (%[[Z:.+]]: tensor<4x3xf32>, %[[LABELS:.+]]: tensor<4xi32>)
// CHECK-DAG: %[[ZERO:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: %[[IOTA:.+]] = dl.constant dense<[0, 1, 2]> : tensor<3xi32>
// CHECK-DAG: %[[LSM:.+]] = dl.log_softmax %[[Z]] axis = 1
// CHECK-DAG: %[[COLUMN:.+]] = dl.reshape %[[LABELS]] : (tensor<4xi32>) -> tensor<4x1xi32>
// CHECK: %[[MASK:.+]] = dl.compare eq, %[[COLUMN]], %[[IOTA]] : (tensor<4x1xi32>, tensor<3xi32>) -> tensor<4x3xi1>
// CHECK-NEXT: %[[PICKED:.+]] = dl.select %[[MASK]], %[[LSM]], %[[ZERO]]
// CHECK-NEXT: %[[S:.+]] = dl.sum %[[PICKED]] axes = [1]
// CHECK-NEXT: %[[NEG:.+]] = dl.neg %[[S]]
// CHECK-NEXT: %[[L:.+]] = dl.mean %[[NEG]] axes = [0]
// CHECK-NEXT: return %[[L]]
func.func @sparse_logits(%z: tensor<4x3xf32>, %labels: tensor<4xi32>) -> tensor<f32> {
  %0 = dl.sparse_categorical_crossentropy %z, %labels from_logits : (tensor<4x3xf32>, tensor<4xi32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// Probabilities are clipped to [1e-7, 1 - 1e-7] before the logarithm; the
// sum reduction adds the per-sample losses.
// CHECK-LABEL: func.func @cce_probabilities
// CHECK-SAME: (%[[P:.+]]: tensor<4x3xf32>, %[[T:.+]]: tensor<4x3xf32>)
// CHECK-DAG: %[[LO:.+]] = dl.constant dense<1.000000e-07> : tensor<f32>
// CHECK-DAG: %[[HI:.+]] = dl.constant dense<0.99999988{{[0-9]*}}> : tensor<f32>
// CHECK: %[[A:.+]] = dl.max %[[P]], %[[LO]]
// CHECK-NEXT: %[[B:.+]] = dl.min %[[A]], %[[HI]]
// CHECK-NEXT: %[[LOG:.+]] = dl.log %[[B]]
// CHECK-NEXT: %[[TL:.+]] = dl.mul %[[T]], %[[LOG]]
// CHECK-NEXT: %[[S:.+]] = dl.sum %[[TL]] axes = [1]
// CHECK-NEXT: %[[NEG:.+]] = dl.neg %[[S]]
// CHECK-NEXT: %[[L:.+]] = dl.sum %[[NEG]] axes = [0]
// CHECK-NEXT: return %[[L]]
func.func @cce_probabilities(%p: tensor<4x3xf32>, %t: tensor<4x3xf32>) -> tensor<f32> {
  %0 = dl.categorical_crossentropy %p, %t reduction = sum : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// Binary cross-entropy from logits in its stable form
// max(z, 0) - z t + log(1 + exp(-|z|)).
// CHECK-LABEL: func.func @bce_logits
// CHECK-SAME: (%[[Z:.+]]: tensor<4x2xf32>, %[[T:.+]]: tensor<4x2xf32>)
// CHECK: %[[ABS:.+]] = dl.abs %[[Z]]
// CHECK-NEXT: %[[NABS:.+]] = dl.neg %[[ABS]]
// CHECK-NEXT: %[[E:.+]] = dl.exp %[[NABS]]
// CHECK-NEXT: %[[E1:.+]] = dl.add %[[E]], %{{.+}}
// CHECK-NEXT: %[[SOFTPLUS:.+]] = dl.log %[[E1]]
// CHECK-NEXT: %[[POS:.+]] = dl.relu %[[Z]]
// CHECK-NEXT: %[[ZT:.+]] = dl.mul %[[Z]], %[[T]]
// CHECK-NEXT: %[[D:.+]] = dl.sub %[[POS]], %[[ZT]]
// CHECK-NEXT: %[[ALL:.+]] = dl.add %[[D]], %[[SOFTPLUS]]
// CHECK-NEXT: %[[PER:.+]] = dl.mean %[[ALL]] axes = [1]
// CHECK-NEXT: dl.mean %[[PER]] axes = [0]
func.func @bce_logits(%z: tensor<4x2xf32>, %t: tensor<4x2xf32>) -> tensor<f32> {
  %0 = dl.binary_crossentropy %z, %t from_logits : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// hinge: relu(1 - t p); a rank-1 prediction is one sample, so no reduction
// over samples is left.
// CHECK-LABEL: func.func @hinge_one_sample
// CHECK-SAME: (%[[P:.+]]: tensor<3xf32>, %[[T:.+]]: tensor<3xf32>)
// CHECK: %[[TP:.+]] = dl.mul %[[T]], %[[P]]
// CHECK-NEXT: %[[M:.+]] = dl.sub %{{.+}}, %[[TP]]
// CHECK-NEXT: %[[R:.+]] = dl.relu %[[M]]
// CHECK-NEXT: %[[L:.+]] = dl.mean %[[R]] axes = [0] : (tensor<3xf32>) -> tensor<f32>
// CHECK-NEXT: return %[[L]]
func.func @hinge_one_sample(%p: tensor<3xf32>, %t: tensor<3xf32>) -> tensor<f32> {
  %0 = dl.hinge_loss %p, %t : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}
