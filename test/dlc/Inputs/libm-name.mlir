func.func @exp(%x: tensor<3xf64> {dl.input = "x"}) -> (tensor<3xf64> {dl.output = "y"}) {
  %e = dl.exp %x : tensor<3xf64>
  return %e : tensor<3xf64>
}
