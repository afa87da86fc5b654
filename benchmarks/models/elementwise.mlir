// Benchmark (c): y = relu(x * a + b) * sigmoid(x) on 16M floats.
func.func @elementwise(%x: tensor<16777216xf32> {dl.input = "x"},
                       %a: tensor<f32> {dl.param = "a"},
                       %b: tensor<f32> {dl.param = "b"})
    -> (tensor<16777216xf32> {dl.output = "y"}) {
  %0 = dl.mul %x, %a : (tensor<16777216xf32>, tensor<f32>) -> tensor<16777216xf32>
  %1 = dl.add %0, %b : (tensor<16777216xf32>, tensor<f32>) -> tensor<16777216xf32>
  %2 = dl.relu %1 : tensor<16777216xf32>
  %3 = dl.sigmoid %x : tensor<16777216xf32>
  %4 = dl.mul %2, %3 : (tensor<16777216xf32>, tensor<16777216xf32>) -> tensor<16777216xf32>
  return %4 : tensor<16777216xf32>
}
