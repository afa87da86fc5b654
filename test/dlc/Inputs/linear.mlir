// A linear regression on two features, batch 4.
func.func @linear(%x: tensor<4x2xf32> {dl.input = "x"},
                  %w: tensor<2x1xf32> {dl.param = "w"},
                  %b: tensor<1xf32> {dl.param = "b"})
    -> (tensor<4x1xf32> {dl.output = "y"}) {
  %z = dl.matmul %x, %w : (tensor<4x2xf32>, tensor<2x1xf32>) -> tensor<4x1xf32>
  %y = dl.add %z, %b : (tensor<4x1xf32>, tensor<1xf32>) -> tensor<4x1xf32>
  return %y : tensor<4x1xf32>
}
