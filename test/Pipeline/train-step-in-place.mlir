// RUN: dl-opt %s --dl-train-step="loss=mse optimizer=adam" \
// RUN:   | dl-opt --dl-cpu-pipeline="stop-after=bufferized" -o %t
// RUN: FileCheck %s --input-file=%t
// RUN: FileCheck %s --input-file=%t --check-prefix=LOOP
// A training step updates the parameter and the optimizer's state in the
// caller's buffers: no temporary of a parameter's size, no copy into an
// argument, and one loop computes the new w, m and v of each row tile, here
// fused with the gradient's matmul (tiles of 64 rows).

// CHECK-LABEL: func.func @linear_train_step(
// CHECK-SAME: {dl.param = "w"}
// CHECK-NOT: memref.copy
// CHECK-NOT: memref.alloc() {{.*}}: memref<128x32xf32>
// CHECK: return
// CHECK-NEXT: }

// LOOP-LABEL: func.func @linear_train_step(
// LOOP-SAME: %[[W:[^:]+]]: memref<128x32xf32> {dl.param = "w"}
// LOOP-SAME: %[[M:[^:]+]]: memref<128x32xf32> {dl.param = "adam.m.w"}
// LOOP-SAME: %[[V:[^:]+]]: memref<128x32xf32> {dl.param = "adam.v.w"}
// LOOP: scf.for %[[I:[^ ]+]] = %{{.+}} to %{{.+}} step %{{.+}} {
// LOOP: vector.contract
// LOOP-DAG: %[[VT:.+]] = memref.subview %[[V]][%[[I]], 0] [64, 32] [1, 1]
// LOOP-DAG: %[[MT:.+]] = memref.subview %[[M]][%[[I]], 0] [64, 32] [1, 1]
// LOOP-DAG: %[[WT:.+]] = memref.subview %[[W]][%[[I]], 0] [64, 32] [1, 1]
// LOOP: scf.for %[[J:[^ ]+]] =
// LOOP-DAG: %[[VR:.+]] = memref.subview %[[VT]][%[[J]], 0] [1, 32] [1, 1]
// LOOP-DAG: %[[MR:.+]] = memref.subview %[[MT]][%[[J]], 0] [1, 32] [1, 1]
// LOOP-DAG: %[[WR:.+]] = memref.subview %[[WT]][%[[J]], 0] [1, 32] [1, 1]
// LOOP: math.sqrt
// LOOP-DAG: vector.transfer_write %{{.+}}, %[[VR]][
// LOOP-DAG: vector.transfer_write %{{.+}}, %[[MR]][
// LOOP-DAG: vector.transfer_write %{{.+}}, %[[WR]][
// LOOP-NEXT: {{^ *}}}{{$}}
func.func @linear(%x: tensor<16x128xf32> {dl.input = "x"},
                  %w: tensor<128x32xf32> {dl.param = "w"})
    -> (tensor<16x32xf32> {dl.output = "y"}) {
  %y = dl.matmul %x, %w : (tensor<16x128xf32>, tensor<128x32xf32>) -> tensor<16x32xf32>
  return %y : tensor<16x32xf32>
}
