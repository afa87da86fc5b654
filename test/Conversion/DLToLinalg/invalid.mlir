// RUN: dl-opt %s --split-input-file --convert-dl-to-linalg | FileCheck %s
// Every valid dl op has a lowering that cannot fail, so the pass has no
// user-facing diagnostic to test here. This file instead pins down what the
// pass must leave alone: IR without dl ops passes through unchanged.

// A function without dl ops is not touched.
// CHECK-LABEL: func.func @no_dl_ops
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>, %[[Y:.+]]: tensor<4xf32>)
// CHECK-NEXT: %[[INIT:.+]] = tensor.empty() : tensor<4xf32>
// CHECK-NEXT: %[[R:.+]] = linalg.add ins(%[[X]], %[[Y]] : tensor<4xf32>, tensor<4xf32>) outs(%[[INIT]] : tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: return %[[R]] : tensor<4xf32>
// CHECK-NEXT: }
func.func @no_dl_ops(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %init = tensor.empty() : tensor<4xf32>
  %0 = linalg.add ins(%x, %y : tensor<4xf32>, tensor<4xf32>) outs(%init : tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Scalar arith and math ops are not rewritten or folded away.
// CHECK-LABEL: func.func @scalar_ops
// CHECK-SAME: (%[[A:.+]]: f32)
// CHECK-NEXT: %[[ONE:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %[[S:.+]] = arith.addf %[[A]], %[[ONE]] : f32
// CHECK-NEXT: %[[E:.+]] = math.exp %[[S]] : f32
// CHECK-NEXT: return %[[E]] : f32
func.func @scalar_ops(%a: f32) -> f32 {
  %one = arith.constant 1.0 : f32
  %0 = arith.addf %a, %one : f32
  %1 = math.exp %0 : f32
  return %1 : f32
}

// -----

// A declaration has no body to convert.
// CHECK-LABEL: func.func private @declaration(tensor<4xf32>) -> tensor<4xf32>
func.func private @declaration(tensor<4xf32>) -> tensor<4xf32>

// -----

// Non-dl ops around a dl op stay as they are and consume its lowering.
// CHECK-LABEL: func.func @mixed
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>)
// CHECK: %[[R:.+]] = linalg.generic
// CHECK: math.exp
// CHECK: %[[C:.+]] = tensor.extract_slice %[[R]][0] [2] [1] : tensor<4xf32> to tensor<2xf32>
// CHECK: return %[[C]]
func.func @mixed(%x: tensor<4xf32>) -> tensor<2xf32> {
  %0 = dl.exp %x : tensor<4xf32>
  %1 = tensor.extract_slice %0[0] [2] [1] : tensor<4xf32> to tensor<2xf32>
  return %1 : tensor<2xf32>
}
