// RUN: not dl-opt %s --dl-train-step="loss=l3 optimizer=lion" 2>&1 | FileCheck %s
// RUN: not dl-opt %s --dl-train-step --split-input-file 2>&1 | FileCheck %s --check-prefix=SHAPE
// Every wrong option is reported.
// CHECK-DAG: error: dl-train-step: unknown loss 'l3'; expected mse, categorical_crossentropy, sparse_categorical_crossentropy, binary_crossentropy or hinge
// CHECK-DAG: error: dl-train-step: unknown optimizer 'lion'; expected sgd, rmsprop, adagrad or adam
// SHAPE: error: dl-train-step: @scalar must return one floating-point prediction of rank 1 or more
// SHAPE: error: dl-train-step: @untrainable has no dl.param argument to train
func.func @scalar(%x: tensor<3xf32> {dl.param = "x"}) -> (tensor<f32> {dl.output = "y"}) {
  %0 = dl.sum %x axes = [0] : (tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @untrainable(%x: tensor<2x3xf32> {dl.input = "x"}) -> (tensor<2x3xf32> {dl.output = "y"}) {
  return %x : tensor<2x3xf32>
}
