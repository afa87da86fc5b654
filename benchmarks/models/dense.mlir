// Benchmark (b): a dense layer, relu(x W + b), 64x784 times 784x512.
func.func @dense(%x: tensor<64x784xf32> {dl.input = "x"},
                 %w: tensor<784x512xf32> {dl.param = "dense0.kernel"},
                 %b: tensor<512xf32> {dl.param = "dense0.bias"})
    -> (tensor<64x512xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<64x784xf32>, tensor<784x512xf32>) -> tensor<64x512xf32>
  %1 = dl.add %0, %b : (tensor<64x512xf32>, tensor<512xf32>) -> tensor<64x512xf32>
  %2 = dl.relu %1 : tensor<64x512xf32>
  return %2 : tensor<64x512xf32>
}
