// The gradient a training step descends along is the gradient of its eval
// step's loss (the model, the loss and the L1/L2 penalties: dl-train-step
// differentiates that function), checked here against central differences
// in f64 for every loss, through a two-layer model with regularization.
// Eval steps that also return the accuracy get seeds that weigh the loss 1
// and the (piecewise constant) accuracy 0.
// RUN: dl-tensors make %t.seeds 'seed.loss:f64[]=1' 'seed.accuracy:f64[]=0'
// RUN: dl-tensors make %t.sparse 'labels:i32[4]=0,2,1,2'
// RUN: dl-opt %s --dl-train-step="function=probs loss=mse l1=0.01 l2=0.02" \
// RUN:   | dlc run /dev/stdin --entry probs_eval_step --check-grad --random-inputs 1 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=probs loss=categorical_crossentropy l1=0.01 l2=0.02" \
// RUN:   | dlc run /dev/stdin --entry probs_eval_step --check-grad --inputs %t.seeds --random-inputs 2 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=logits loss=categorical_crossentropy from-logits=1 l2=0.02" \
// RUN:   | dlc run /dev/stdin --entry logits_eval_step --check-grad --inputs %t.seeds --random-inputs 3 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=probs loss=sparse_categorical_crossentropy l1=0.01 l2=0.02" \
// RUN:   | dlc run /dev/stdin --entry probs_eval_step --check-grad --inputs %t.seeds,%t.sparse --random-inputs 4 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=logits loss=sparse_categorical_crossentropy from-logits=1 l1=0.01 regularize=dense0.kernel" \
// RUN:   | dlc run /dev/stdin --entry logits_eval_step --check-grad --inputs %t.seeds,%t.sparse --random-inputs 5 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=probs loss=binary_crossentropy l2=0.02" \
// RUN:   | dlc run /dev/stdin --entry probs_eval_step --check-grad --inputs %t.seeds --random-inputs 6 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=logits loss=binary_crossentropy from-logits=1 l1=0.01" \
// RUN:   | dlc run /dev/stdin --entry logits_eval_step --check-grad --inputs %t.seeds --random-inputs 7 \
// RUN:   | FileCheck %s
// RUN: dl-opt %s --dl-train-step="function=logits loss=hinge l2=0.02" \
// RUN:   | dlc run /dev/stdin --entry logits_eval_step --check-grad --random-inputs 8 \
// RUN:   | FileCheck %s
// CHECK-DAG: grad.dense0.kernel: 15 elements, {{.*}}: ok
// CHECK-DAG: grad.dense0.bias: 5 elements, {{.*}}: ok
// CHECK-DAG: grad.dense1.kernel: 15 elements, {{.*}}: ok
// CHECK-DAG: grad.dense1.bias: 3 elements, {{.*}}: ok

func.func @logits(%x: tensor<4x3xf64> {dl.input = "x"},
                  %w0: tensor<3x5xf64> {dl.param = "dense0.kernel"},
                  %b0: tensor<5xf64> {dl.param = "dense0.bias"},
                  %w1: tensor<5x3xf64> {dl.param = "dense1.kernel"},
                  %b1: tensor<3xf64> {dl.param = "dense1.bias"})
    -> (tensor<4x3xf64> {dl.output = "logits"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<4x3xf64>, tensor<3x5xf64>) -> tensor<4x5xf64>
  %a0 = dl.add %z0, %b0 : (tensor<4x5xf64>, tensor<5xf64>) -> tensor<4x5xf64>
  %h = dl.tanh %a0 : tensor<4x5xf64>
  %z1 = dl.matmul %h, %w1 : (tensor<4x5xf64>, tensor<5x3xf64>) -> tensor<4x3xf64>
  %a1 = dl.add %z1, %b1 : (tensor<4x3xf64>, tensor<3xf64>) -> tensor<4x3xf64>
  return %a1 : tensor<4x3xf64>
}

func.func @probs(%x: tensor<4x3xf64> {dl.input = "x"},
                 %w0: tensor<3x5xf64> {dl.param = "dense0.kernel"},
                 %b0: tensor<5xf64> {dl.param = "dense0.bias"},
                 %w1: tensor<5x3xf64> {dl.param = "dense1.kernel"},
                 %b1: tensor<3xf64> {dl.param = "dense1.bias"})
    -> (tensor<4x3xf64> {dl.output = "probs"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<4x3xf64>, tensor<3x5xf64>) -> tensor<4x5xf64>
  %a0 = dl.add %z0, %b0 : (tensor<4x5xf64>, tensor<5xf64>) -> tensor<4x5xf64>
  %h = dl.tanh %a0 : tensor<4x5xf64>
  %z1 = dl.matmul %h, %w1 : (tensor<4x5xf64>, tensor<5x3xf64>) -> tensor<4x3xf64>
  %a1 = dl.add %z1, %b1 : (tensor<4x3xf64>, tensor<3xf64>) -> tensor<4x3xf64>
  %p = dl.softmax %a1 axis = 1 : tensor<4x3xf64>
  return %p : tensor<4x3xf64>
}
