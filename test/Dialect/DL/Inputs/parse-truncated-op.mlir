// Input of parse-errors.test: the file ends in the middle of an op.
func.func @truncated(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = dl.add %a,
