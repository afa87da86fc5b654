// RUN: dl-opt %s --dl-train-step="loss=mse optimizer=sgd l2=0.01" | FileCheck %s --check-prefix=ALL
// RUN: dl-opt %s --dl-train-step="loss=mse optimizer=sgd l1=0.5 regularize=dense.kernel" | FileCheck %s --check-prefix=KERNEL
// RUN: not dl-opt %s --dl-train-step="loss=mse l2=0.1 regularize=dense.kernal" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// The L1 and L2 penalties join the loss of the eval step (and so the
// gradient of the train step) for every parameter, or for those listed in
// regularize=.

// ALL-LABEL: func.func @mlp_eval_step
// ALL-SAME: %[[W:[^:]+]]: tensor<3x2xf32> {dl.param = "dense.kernel"}, %[[B:[^:]+]]: tensor<2xf32> {dl.param = "dense.bias"}
// ALL: %[[L:.+]] = dl.mse_loss
// ALL: dl.mul %[[W]], %[[W]]
// ALL: dl.mul %[[B]], %[[B]]
// ALL: return

// KERNEL-LABEL: func.func @mlp_eval_step
// KERNEL-SAME: %[[W:[^:]+]]: tensor<3x2xf32> {dl.param = "dense.kernel"}, %[[B:[^:]+]]: tensor<2xf32> {dl.param = "dense.bias"}
// KERNEL: dl.abs %[[W]]
// KERNEL-NOT: dl.abs
// KERNEL-NOT: dl.mul %[[W]], %[[W]]
// KERNEL: return

// UNKNOWN: error: dl-train-step: regularize=dense.kernal: @mlp has no parameter 'dense.kernal'
func.func @mlp(%x: tensor<4x3xf32> {dl.input = "x"},
               %w: tensor<3x2xf32> {dl.param = "dense.kernel"},
               %b: tensor<2xf32> {dl.param = "dense.bias"})
    -> (tensor<4x2xf32> {dl.output = "y"}) {
  %z = dl.matmul %x, %w : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %a = dl.add %z, %b : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  return %a : tensor<4x2xf32>
}
