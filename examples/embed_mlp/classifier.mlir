// classifier.mlir - a two-layer perceptron that assigns 2-D points to the
// nearest of three centres; the weights in classifier.safetensors are derived
// by hand (README.md), so every prediction can be checked on paper.
//
// Dense(4, relu) -> Dense(3) -> softmax, on a batch of 4 points.
func.func @predict(%x: tensor<4x2xf32> {dl.input = "x"},
                   %w0: tensor<2x4xf32> {dl.param = "dense0.kernel"},
                   %b0: tensor<4xf32> {dl.param = "dense0.bias"},
                   %w1: tensor<4x3xf32> {dl.param = "dense1.kernel"},
                   %b1: tensor<3xf32> {dl.param = "dense1.bias"})
    -> (tensor<4x3xf32> {dl.output = "probs"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<4x2xf32>, tensor<2x4xf32>) -> tensor<4x4xf32>
  %a0 = dl.add %z0, %b0 : (tensor<4x4xf32>, tensor<4xf32>) -> tensor<4x4xf32>
  %h = dl.relu %a0 : tensor<4x4xf32>
  %z1 = dl.matmul %h, %w1 : (tensor<4x4xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  %a1 = dl.add %z1, %b1 : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  %probs = dl.softmax %a1 axis = 1 : tensor<4x3xf32>
  return %probs : tensor<4x3xf32>
}
