// Input of parse-errors.test: an op the dl dialect does not define.
func.func @unknown_op(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = dl.foo %a : tensor<2xf32>
  return %0 : tensor<2xf32>
}
