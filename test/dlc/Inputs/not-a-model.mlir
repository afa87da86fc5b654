// A function without dl names: dlc run cannot bind tensors to it.
func.func @helper(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
