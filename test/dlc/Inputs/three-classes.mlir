// A softmax classifier of 2-D points into 3 classes, batch 4.
func.func @classify(%x: tensor<4x2xf32> {dl.input = "x"},
                    %w: tensor<2x3xf32> {dl.param = "w"},
                    %b: tensor<3xf32> {dl.param = "b"})
    -> (tensor<4x3xf32> {dl.output = "logits"}) {
  %z = dl.matmul %x, %w : (tensor<4x2xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  %y = dl.add %z, %b : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %y : tensor<4x3xf32>
}
