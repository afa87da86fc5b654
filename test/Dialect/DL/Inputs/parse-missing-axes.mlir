// Input of parse-errors.test: dl.sum in generic form without its axes.
func.func @missing_axes(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = "dl.sum"(%a) : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
