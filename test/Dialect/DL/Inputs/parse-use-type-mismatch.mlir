// Input of parse-errors.test: a use names a type its definition does not
// have.
func.func @use_type_mismatch(%a: tensor<2xf32>) -> tensor<3xf32> {
  %0 = dl.exp %a : tensor<2xf32>
  %1 = dl.exp %0 : tensor<3xf32>
  return %1 : tensor<3xf32>
}
