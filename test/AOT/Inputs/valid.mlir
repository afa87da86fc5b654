func.func @double(%x: tensor<4xf32> {dl.input = "x"}) -> (tensor<4xf32> {dl.output = "y"}) {
  %0 = dl.add %x, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
