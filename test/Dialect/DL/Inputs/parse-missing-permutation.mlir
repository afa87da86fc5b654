// Input of parse-errors.test: dl.transpose in generic form without its
// permutation.
func.func @missing_permutation(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = "dl.transpose"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}
