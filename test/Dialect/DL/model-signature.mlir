// RUN: dl-opt %s --split-input-file --verify-roundtrip | FileCheck %s
// Models that follow the convention of docs/model-convention.md verify and
// keep their dl.param, dl.input and dl.output names through a round trip.
// The rules they must not break are in model-signature-invalid.mlir.

// A model names every argument (parameters and inputs) and every result.
// CHECK-LABEL: func.func @mlp
// CHECK-SAME: (%{{.+}}: tensor<32x784xf32> {dl.input = "x"}, %{{.+}}: tensor<784x10xf32> {dl.param = "dense0.kernel"}, %{{.+}}: tensor<10xf32> {dl.param = "dense0.bias"})
// CHECK-SAME: -> (tensor<32x10xf32> {dl.output = "logits"})
func.func @mlp(%x: tensor<32x784xf32> {dl.input = "x"},
               %w: tensor<784x10xf32> {dl.param = "dense0.kernel"},
               %b: tensor<10xf32> {dl.param = "dense0.bias"})
    -> (tensor<32x10xf32> {dl.output = "logits"}) {
  %0 = dl.matmul %x, %w : (tensor<32x784xf32>, tensor<784x10xf32>) -> tensor<32x10xf32>
  %1 = dl.add %0, %b : (tensor<32x10xf32>, tensor<10xf32>) -> tensor<32x10xf32>
  return %1 : tensor<32x10xf32>
}

// -----

// Several results each carry their own output name.
// CHECK-LABEL: func.func @two_outputs
// CHECK-SAME: -> (tensor<4xf32> {dl.output = "probs"}, tensor<f32> {dl.output = "loss"})
func.func @two_outputs(%x: tensor<4xf32> {dl.input = "logits"})
    -> (tensor<4xf32> {dl.output = "probs"}, tensor<f32> {dl.output = "loss"}) {
  %p = dl.softmax %x axis = 0 : tensor<4xf32>
  %l = dl.sum %x axes = [0] : (tensor<4xf32>) -> tensor<f32>
  return %p, %l : tensor<4xf32>, tensor<f32>
}

// -----

// Names may hold any printable character except a space.
// Punctuation, digits and case are kept as written.
// CHECK-LABEL: func.func @printable_names
// CHECK-SAME: {dl.param = "encoder/layer_0:Kernel-v2"}
// CHECK-SAME: {dl.input = "x[0]#1"}
// CHECK-SAME: {dl.output = "y.out!"}
func.func @printable_names(%w: tensor<2xf32> {dl.param = "encoder/layer_0:Kernel-v2"},
                           %x: tensor<2xf32> {dl.input = "x[0]#1"})
    -> (tensor<2xf32> {dl.output = "y.out!"}) {
  %0 = dl.mul %w, %x : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// An input and an output may share a name; names are case-sensitive.
// Outputs have a namespace of their own (an autoencoder's "x").
// CHECK-LABEL: func.func @shared_input_output_name
// CHECK-SAME: {dl.input = "x"}, %{{.+}}: tensor<2xf32> {dl.param = "X"})
// CHECK-SAME: -> (tensor<2xf32> {dl.output = "x"})
func.func @shared_input_output_name(%x: tensor<2xf32> {dl.input = "x"},
                                    %w: tensor<2xf32> {dl.param = "X"})
    -> (tensor<2xf32> {dl.output = "x"}) {
  %0 = dl.mul %x, %w : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// An output may be an argument (an out-parameter, after bufferization).
// CHECK-LABEL: func.func @out_parameter
// CHECK-SAME: (%{{.+}}: memref<2xf32> {dl.input = "x"}, %{{.+}}: memref<2xf32> {dl.output = "y"}) {
func.func @out_parameter(%x: memref<2xf32> {dl.input = "x"},
                         %y: memref<2xf32> {dl.output = "y"}) {
  return
}

// -----

// A model without arguments (a constant) names only its result.
// CHECK-LABEL: func.func @no_arguments
// CHECK-SAME: () -> (tensor<2xi64> {dl.output = "ids"})
func.func @no_arguments() -> (tensor<2xi64> {dl.output = "ids"}) {
  %0 = dl.constant dense<[3, 1]> : tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// An external model declaration is checked and printed like a definition.
// CHECK-LABEL: func.func private @external_model
// CHECK-SAME: (tensor<8xf32> {dl.input = "x"}, tensor<8xf32> {dl.param = "scale"}) -> (tensor<8xf32> {dl.output = "y"})
func.func private @external_model(tensor<8xf32> {dl.input = "x"},
                                  tensor<8xf32> {dl.param = "scale"})
    -> (tensor<8xf32> {dl.output = "y"})

// -----

// A function without dl names is a helper that needs no names.
// A model may call it.
// CHECK-LABEL: func.func private @helper
// CHECK-SAME: (%{{.+}}: tensor<4xf32>) -> tensor<4xf32>
// CHECK-LABEL: func.func @model_calling_helper
// CHECK-SAME: {dl.input = "x"}
// CHECK: call @helper
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = dl.relu %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func @model_calling_helper(%x: tensor<4xf32> {dl.input = "x"})
    -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = call @helper(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Names are UTF-8: bytes above 0x7f are allowed, only spaces and control
// characters are not.
// CHECK-LABEL: func.func @utf8_names
// CHECK-SAME: {dl.param = "poids.\C3\A9"}
func.func @utf8_names(%w: tensor<2xf32> {dl.param = "poids.é"})
    -> (tensor<2xf32> {dl.output = "y"}) {
  return %w : tensor<2xf32>
}
