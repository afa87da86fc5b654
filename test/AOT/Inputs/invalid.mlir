func.func @mismatch(%x: tensor<4xf32> {dl.input = "x"}, %y: tensor<3xf32> {dl.input = "y"})
    -> (tensor<4xf32> {dl.output = "z"}) {
  %0 = dl.add %x, %y : (tensor<4xf32>, tensor<3xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
