// Input of parse-errors.test: a binary op given one operand in generic form.
func.func @operand_count(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "dl.add"(%a) : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
