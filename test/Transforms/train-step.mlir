// RUN: dl-opt %s --dl-train-step="from-logits=1" | FileCheck %s
// RUN: dl-opt %s --dl-train-step="loss=mse optimizer=sgd" | FileCheck %s --check-prefix=SGD
// dl-train-step adds the evaluation step (loss and accuracy) and the training
// step: the model's arguments, the labels, one writable state tensor per
// parameter and Adam slot, the iteration count; the loss as output and every
// new value materialized in its argument and marked dl.updates.

// CHECK-LABEL: func.func @mlp_eval_step
// CHECK-SAME: %{{.+}}: tensor<4xi32> {dl.input = "labels"})
// CHECK-SAME: -> (tensor<f32> {dl.output = "loss"}, tensor<f32> {dl.output = "accuracy"})
// CHECK: dl.sparse_categorical_crossentropy %{{.+}}, %{{.+}} from_logits
// CHECK: dl.reduce_max

// CHECK-LABEL: func.func @mlp_train_step
// CHECK-SAME: {bufferization.writable = true, dl.param = "dense.kernel"}
// CHECK-SAME: {dl.input = "labels"}
// CHECK-SAME: %[[M:.+]]: tensor<3x2xf32> {bufferization.writable = true, dl.param = "adam.m.dense.kernel"}
// CHECK-SAME: {bufferization.writable = true, dl.param = "adam.v.dense.bias"}
// CHECK-SAME: %[[T:.+]]: tensor<i64> {bufferization.writable = true, dl.param = "optimizer.iterations"}
// CHECK-SAME: -> (tensor<f32> {dl.output = "loss"}, tensor<3x2xf32> {dl.updates = "dense.kernel"}, tensor<3x2xf32> {dl.updates = "adam.m.dense.kernel"}
// CHECK-SAME: tensor<i64> {dl.updates = "optimizer.iterations"})
// CHECK: dl.pow
// CHECK: bufferization.materialize_in_destination %{{.+}} in %[[M]]
// CHECK: bufferization.materialize_in_destination %{{.+}} in %[[T]]
// CHECK: return

// Plain SGD keeps no state; MSE gives no accuracy.
// SGD-LABEL: func.func @mlp_eval_step
// SGD-SAME: -> (tensor<f32> {dl.output = "loss"})
// SGD-LABEL: func.func @mlp_train_step
// SGD-NOT: momentum
// SGD-SAME: %{{.+}}: tensor<4x2xf32> {dl.input = "labels"}, %{{.+}}: tensor<i64> {bufferization.writable = true, dl.param = "optimizer.iterations"})
func.func @mlp(%x: tensor<4x3xf32> {dl.input = "x"},
               %w: tensor<3x2xf32> {dl.param = "dense.kernel"},
               %b: tensor<2xf32> {dl.param = "dense.bias"})
    -> (tensor<4x2xf32> {dl.output = "logits"}) {
  %z = dl.matmul %x, %w : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %a = dl.add %z, %b : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}
