// Input of parse-errors.test: a comparison predicate dl.compare lacks.
func.func @unknown_predicate(%a: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<2xi1> {
  %0 = dl.compare lte, %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}
