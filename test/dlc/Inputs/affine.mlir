// y = x W + b for a 2x3 input: the small model the dlc tests compile and run.
func.func @affine(%x: tensor<2x3xf32> {dl.input = "x"},
                  %w: tensor<3x2xf32> {dl.param = "w"},
                  %b: tensor<2xf32> {dl.param = "b"})
    -> (tensor<2x2xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %1 = dl.add %0, %b : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %1 : tensor<2x2xf32>
}

func.func @double(%x: tensor<2xf32> {dl.input = "x"}) -> (tensor<2xf32> {dl.output = "y"}) {
  %0 = dl.add %x, %x : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
