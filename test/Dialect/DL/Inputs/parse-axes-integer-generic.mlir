// Input of parse-errors.test: axes given as an integer attribute in generic
// form.
func.func @axes_integer_generic(%a: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = "dl.sum"(%a) <{axes = 3 : i64}> : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
