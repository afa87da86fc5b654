// RUN: dl-opt %s --split-input-file --dl-autodiff --canonicalize --cse | FileCheck %s
// The loss ops' own gradient rules, with respect to the prediction (targets
// are data): the closed forms, after canonicalize and cse.
// CHECK-LABEL: func.func @mse_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "p"}, %[[ARG1:.+]]: tensor<4x3xf32> {dl.input = "t"}) -> (tensor<f32> {dl.output = "loss"}, tensor<4x3xf32> {dl.output = "grad.p"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.166666672> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.mse_loss %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.sub %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.mul %[[V2]], %[[V0]] : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: return %[[V1]], %[[V3]] : tensor<f32>, tensor<4x3xf32>
// CHECK-NEXT: }
// mse: 2 (p - t) / C, times the loss cotangent over the number of samples.
func.func @mse(%p: tensor<4x3xf32> {dl.param = "p"}, %t: tensor<4x3xf32> {dl.input = "t"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %0 = dl.mse_loss %p, %t : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @cce_logits_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "z"}, %[[ARG1:.+]]: tensor<4x3xf32> {dl.input = "t"}) -> (tensor<f32> {dl.output = "loss"}, tensor<4x3xf32> {dl.output = "grad.z"})
// CHECK-NEXT: %[[V0:.+]] = dl.categorical_crossentropy %[[ARG0]], %[[ARG1]] from_logits reduction = sum : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.softmax %[[ARG0]] axis = 1 : tensor<4x3xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.sum %[[ARG1]] axes = [1] keep_dims : (tensor<4x3xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.mul %[[V1]], %[[V2]] : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.sub %[[V3]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: return %[[V0]], %[[V4]] : tensor<f32>, tensor<4x3xf32>
// CHECK-NEXT: }
// Cross-entropy from logits: softmax(z) * sum(t) - t, not the derivative of
// the log_softmax expansion.
func.func @cce_logits(%z: tensor<4x3xf32> {dl.param = "z"}, %t: tensor<4x3xf32> {dl.input = "t"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %0 = dl.categorical_crossentropy %z, %t from_logits reduction = sum : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @sparse_logits_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "z"}, %[[ARG1:.+]]: tensor<4xi32> {dl.input = "labels"}) -> (tensor<f32> {dl.output = "loss"}, tensor<4x3xf32> {dl.output = "grad.z"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<2.500000e-01> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.constant dense<[0, 1, 2]> : tensor<3xi32>
// CHECK-NEXT: %[[V3:.+]] = dl.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V4:.+]] = dl.sparse_categorical_crossentropy %[[ARG0]], %[[ARG1]] from_logits : (tensor<4x3xf32>, tensor<4xi32>) -> tensor<f32>
// CHECK-NEXT: %[[V5:.+]] = dl.reshape %[[ARG1]] : (tensor<4xi32>) -> tensor<4x1xi32>
// CHECK-NEXT: %[[V6:.+]] = dl.compare eq, %[[V5]], %[[V2]] : (tensor<4x1xi32>, tensor<3xi32>) -> tensor<4x3xi1>
// CHECK-NEXT: %[[V7:.+]] = dl.softmax %[[ARG0]] axis = 1 : tensor<4x3xf32>
// CHECK-NEXT: %[[V8:.+]] = dl.select %[[V6]], %[[V3]], %[[V1]] : (tensor<4x3xi1>, tensor<f32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V9:.+]] = dl.sub %[[V7]], %[[V8]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V10:.+]] = dl.mul %[[V9]], %[[V0]] : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: return %[[V4]], %[[V10]] : tensor<f32>, tensor<4x3xf32>
// CHECK-NEXT: }
// Sparse labels: softmax(z) minus the one-hot mask of the labels.
func.func @sparse_logits(%z: tensor<4x3xf32> {dl.param = "z"}, %labels: tensor<4xi32> {dl.input = "labels"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %0 = dl.sparse_categorical_crossentropy %z, %labels from_logits : (tensor<4x3xf32>, tensor<4xi32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @bce_logits_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x1xf32> {dl.param = "z"}, %[[ARG1:.+]]: tensor<4x1xf32> {dl.input = "t"}) -> (tensor<f32> {dl.output = "loss"}, tensor<4x1xf32> {dl.output = "grad.z"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<2.500000e-01> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.binary_crossentropy %[[ARG0]], %[[ARG1]] from_logits : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.sigmoid %[[ARG0]] : tensor<4x1xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.sub %[[V2]], %[[ARG1]] : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.mul %[[V3]], %[[V0]] : (tensor<4x1xf32>, tensor<f32>) -> tensor<4x1xf32>
// CHECK-NEXT: return %[[V1]], %[[V4]] : tensor<f32>, tensor<4x1xf32>
// CHECK-NEXT: }
// Binary cross-entropy from logits: sigmoid(z) - t.
func.func @bce_logits(%z: tensor<4x1xf32> {dl.param = "z"}, %t: tensor<4x1xf32> {dl.input = "t"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %0 = dl.binary_crossentropy %z, %t from_logits : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @cce_probabilities_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "p"}, %[[ARG1:.+]]: tensor<4x3xf32> {dl.input = "t"}) -> (tensor<f32> {dl.output = "loss"}, tensor<4x3xf32> {dl.output = "grad.p"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<2.500000e-01> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.constant dense<0.99999988> : tensor<f32>
// CHECK-NEXT: %[[V3:.+]] = dl.constant dense<1.000000e-07> : tensor<f32>
// CHECK-NEXT: %[[V4:.+]] = dl.categorical_crossentropy %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V5:.+]] = dl.max %[[ARG0]], %[[V3]] : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V6:.+]] = dl.min %[[V5]], %[[V2]] : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V7:.+]] = dl.compare eq, %[[ARG0]], %[[V6]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xi1>
// CHECK-NEXT: %[[V8:.+]] = dl.div %[[ARG1]], %[[V6]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V9:.+]] = dl.neg %[[V8]] : tensor<4x3xf32>
// CHECK-NEXT: %[[V10:.+]] = dl.select %[[V7]], %[[V9]], %[[V1]] : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V11:.+]] = dl.mul %[[V10]], %[[V0]] : (tensor<4x3xf32>, tensor<f32>) -> tensor<4x3xf32>
// CHECK-NEXT: return %[[V4]], %[[V11]] : tensor<f32>, tensor<4x3xf32>
// CHECK-NEXT: }
// Probabilities: -t / p where clipping leaves p alone, 0 elsewhere.
func.func @cce_probabilities(%p: tensor<4x3xf32> {dl.param = "p"}, %t: tensor<4x3xf32> {dl.input = "t"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %0 = dl.categorical_crossentropy %p, %t : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// CHECK-LABEL: func.func @hinge_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x2xf32> {dl.param = "p"}, %[[ARG1:.+]]: tensor<4x2xf32> {dl.input = "t"}) -> (tensor<f32> {dl.output = "loss"}, tensor<4x2xf32> {dl.output = "grad.p"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<1.250000e-01> : tensor<f32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V3:.+]] = dl.hinge_loss %[[ARG0]], %[[ARG1]] : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<f32>
// CHECK-NEXT: %[[V4:.+]] = dl.mul %[[ARG1]], %[[ARG0]] : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.sub %[[V2]], %[[V4]] : (tensor<f32>, tensor<4x2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[V6:.+]] = dl.compare gt, %[[V5]], %[[V1]] : (tensor<4x2xf32>, tensor<f32>) -> tensor<4x2xi1>
// CHECK-NEXT: %[[V7:.+]] = dl.neg %[[ARG1]] : tensor<4x2xf32>
// CHECK-NEXT: %[[V8:.+]] = dl.select %[[V6]], %[[V7]], %[[V1]] : (tensor<4x2xi1>, tensor<4x2xf32>, tensor<f32>) -> tensor<4x2xf32>
// CHECK-NEXT: %[[V9:.+]] = dl.mul %[[V8]], %[[V0]] : (tensor<4x2xf32>, tensor<f32>) -> tensor<4x2xf32>
// CHECK-NEXT: return %[[V3]], %[[V9]] : tensor<f32>, tensor<4x2xf32>
// CHECK-NEXT: }
// Hinge: -t where the margin is positive.
func.func @hinge(%p: tensor<4x2xf32> {dl.param = "p"}, %t: tensor<4x2xf32> {dl.input = "t"})
    -> (tensor<f32> {dl.output = "loss"}) {
  %0 = dl.hinge_loss %p, %t : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}
