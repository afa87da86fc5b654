// RUN: dl-opt %s --dl-train-step="loss=mse optimizer=adam" \
// RUN:   | dl-opt --dl-cpu-pipeline="stop-after=bufferized" -o %t
// RUN: FileCheck %s --input-file=%t
// RUN: FileCheck %s --input-file=%t --check-prefix=LOOP
// A training step updates the parameter and the optimizer's state in the
// caller's buffers: no temporary of a parameter's size, no copy into an
// argument, and one loop nest computes the new w, m and v of each 16x16
// tile from the gradient's matmul while the gradient tile is still in
// registers (the gradient is never stored).

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
// LOOP: scf.for %[[I:[^ ]+]] = %{{.+}} to %c128 step %c16 {
// LOOP: %[[GRAD:.+]] = scf.for {{.*}} -> (vector<16x16xf32>)
// LOOP: vector.contract
// LOOP-DAG: %[[VT:.+]] = memref.subview %[[V]][%[[I]], %{{.+}}] [16, 16] [1, 1]
// LOOP-DAG: %[[MT:.+]] = memref.subview %[[M]][%[[I]], %{{.+}}] [16, 16] [1, 1]
// LOOP-DAG: %[[WT:.+]] = memref.subview %[[W]][%[[I]], %{{.+}}] [16, 16] [1, 1]
// LOOP: arith.subf %[[GRAD]],
// LOOP: math.sqrt
// LOOP-DAG: vector.transfer_write %{{.+}}, %[[VT]][
// LOOP-DAG: vector.transfer_write %{{.+}}, %[[MT]][
// LOOP-DAG: vector.transfer_write %{{.+}}, %[[WT]][
// LOOP-NEXT: {{^ *}}}{{$}}
func.func @linear(%x: tensor<16x128xf32> {dl.input = "x"},
                  %w: tensor<128x32xf32> {dl.param = "w"})
    -> (tensor<16x32xf32> {dl.output = "y"}) {
  %y = dl.matmul %x, %w : (tensor<16x128xf32>, tensor<128x32xf32>) -> tensor<16x32xf32>
  return %y : tensor<16x32xf32>
}
