// y = x w: one feature, one output, no bias; the optimizer tests train it.
func.func @linear(%x: tensor<2x1xf64> {dl.input = "x"}, %w: tensor<1x1xf64> {dl.param = "w"})
    -> (tensor<2x1xf64> {dl.output = "y"}) {
  %y = dl.matmul %x, %w : (tensor<2x1xf64>, tensor<1x1xf64>) -> tensor<2x1xf64>
  return %y : tensor<2x1xf64>
}
