// examples/mlp/mlp.mlir - a two-layer perceptron for 28x28 digit images.
//
// The model convention (docs/model-convention.md): parameters are named with
// dl.param, inputs with dl.input and results with dl.output; weights files
// bind to these names. Flatten -> Dense(128, relu) -> Dense(10, softmax).
func.func @mlp(%x: tensor<32x28x28xf32> {dl.input = "x"},
               %w0: tensor<784x128xf32> {dl.param = "dense0.kernel"},
               %b0: tensor<128xf32> {dl.param = "dense0.bias"},
               %w1: tensor<128x10xf32> {dl.param = "dense1.kernel"},
               %b1: tensor<10xf32> {dl.param = "dense1.bias"})
    -> (tensor<32x10xf32> {dl.output = "probs"}) {
  %flat = dl.reshape %x : (tensor<32x28x28xf32>) -> tensor<32x784xf32>
  %z0 = dl.matmul %flat, %w0 : (tensor<32x784xf32>, tensor<784x128xf32>) -> tensor<32x128xf32>
  %a0 = dl.add %z0, %b0 : (tensor<32x128xf32>, tensor<128xf32>) -> tensor<32x128xf32>
  %h0 = dl.relu %a0 : tensor<32x128xf32>
  // A layer written against a transposed kernel view, as a framework export
  // often has it: canonicalization turns the transpose pair into matmul flags.
  %w1t = dl.transpose %w1 permutation = [1, 0] : (tensor<128x10xf32>) -> tensor<10x128xf32>
  %z1 = dl.matmul %h0, %w1t transpose_rhs : (tensor<32x128xf32>, tensor<10x128xf32>) -> tensor<32x10xf32>
  %a1 = dl.add %z1, %b1 : (tensor<32x10xf32>, tensor<10xf32>) -> tensor<32x10xf32>
  %probs = dl.softmax %a1 axis = 1 : tensor<32x10xf32>
  return %probs : tensor<32x10xf32>
}
