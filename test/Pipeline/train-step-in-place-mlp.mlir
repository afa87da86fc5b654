// RUN: dl-opt %s --dl-train-step="loss=sparse_categorical_crossentropy optimizer=adam" \
// RUN:   | dl-opt --dl-cpu-pipeline="stop-after=bufferized" | FileCheck %s
// Two layers, each parameter updated in place. The gradient of the second
// kernel is a matmul whose operand comes from the first layer: the tile of
// the update fuses that matmul and nothing before it. Fusing further would
// recompute the first layer per tile, reading the first kernel after its
// in-place update, which bufferization refuses (a regression caught by
// examples/mnist_mlp).

// CHECK-LABEL: func.func @mlp_train_step(
// CHECK-NOT: memref.copy {{.*}} to memref<784x128xf32>
// CHECK-NOT: memref.alloc() {{.*}}: memref<784x128xf32>
// CHECK-NOT: memref.copy {{.*}} to memref<128x10xf32>
// CHECK: return
// CHECK-NEXT: }
func.func @mlp(%x: tensor<64x784xf32> {dl.input = "x"},
               %w0: tensor<784x128xf32> {dl.param = "dense0.kernel"},
               %b0: tensor<128xf32> {dl.param = "dense0.bias"},
               %w1: tensor<128x10xf32> {dl.param = "dense1.kernel"},
               %b1: tensor<10xf32> {dl.param = "dense1.bias"})
    -> (tensor<64x10xf32> {dl.output = "probs"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<64x784xf32>, tensor<784x128xf32>) -> tensor<64x128xf32>
  %a0 = dl.add %z0, %b0 : (tensor<64x128xf32>, tensor<128xf32>) -> tensor<64x128xf32>
  %h = dl.relu %a0 : tensor<64x128xf32>
  %z1 = dl.matmul %h, %w1 : (tensor<64x128xf32>, tensor<128x10xf32>) -> tensor<64x10xf32>
  %a1 = dl.add %z1, %b1 : (tensor<64x10xf32>, tensor<10xf32>) -> tensor<64x10xf32>
  %p = dl.softmax %a1 axis = 1 : tensor<64x10xf32>
  return %p : tensor<64x10xf32>
}
