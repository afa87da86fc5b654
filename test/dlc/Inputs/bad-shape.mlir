// A broadcasting error that dlc must report with its location.
func.func @bad(%x: tensor<2x3xf32> {dl.input = "x"}, %b: tensor<2xf32> {dl.param = "b"})
    -> (tensor<2x3xf32> {dl.output = "y"}) {
  %0 = dl.add %x, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
