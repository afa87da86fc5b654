// Input of parse-errors.test: axes given as an integer instead of a list.
func.func @axes_integer(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = dl.sum %a axes = 3 : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
