// RUN: dl-opt %s --split-input-file --dl-strip-model-names | FileCheck %s \
// RUN:   --implicit-check-not=dl.input --implicit-check-not=dl.param --implicit-check-not=dl.output
// dl-strip-model-names removes the model convention's dl.param, dl.input and
// dl.output names from function arguments and results, which LLVM IR has no
// place for, and keeps every other argument and result attribute.

// All three kinds of name are removed from a model function's arguments and result.
// CHECK-LABEL: func.func @model
// CHECK-SAME: (%{{.+}}: tensor<4x8xf32>, %{{.+}}: tensor<8x2xf32>) -> tensor<4x2xf32> {
func.func @model(%x: tensor<4x8xf32> {dl.input = "x"}, %w: tensor<8x2xf32> {dl.param = "dense.w"})
    -> (tensor<4x2xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// Other argument and result attributes next to a name are kept.
// CHECK-LABEL: func.func @mixed
// CHECK-SAME: (%{{.+}}: memref<4xf32> {llvm.noalias}, %{{.+}}: memref<4xf32> {llvm.noalias, llvm.nonnull})
// CHECK-SAME: -> (memref<4xf32> {llvm.noundef})
func.func @mixed(%x: memref<4xf32> {dl.input = "x", llvm.noalias},
                 %y: memref<4xf32> {dl.output = "y", llvm.noalias, llvm.nonnull})
    -> (memref<4xf32> {dl.output = "z", llvm.noundef}) {
  return %x : memref<4xf32>
}

// -----

// Declarations lose their names too.
// CHECK-LABEL: func.func private @declaration(memref<4xf32>) -> memref<4xf32>
func.func private @declaration(memref<4xf32> {dl.input = "x"}) -> (memref<4xf32> {dl.output = "y"})

// -----

// Names are removed from llvm.func arguments too, which the pass reaches through FunctionOpInterface.
// CHECK-LABEL: llvm.func @lowered
// CHECK-SAME: (%{{.+}}: !llvm.ptr {llvm.noalias})
llvm.func @lowered(%a: !llvm.ptr {dl.input = "a", llvm.noalias}) {
  llvm.return
}

// -----

// A function without names and its function-level attributes are unchanged.
// CHECK-LABEL: func.func @unnamed
// CHECK-SAME: (%{{.+}}: f32 {llvm.noundef}) -> f32 attributes {llvm.emit_c_interface}
func.func @unnamed(%x: f32 {llvm.noundef}) -> f32 attributes {llvm.emit_c_interface} {
  return %x : f32
}
