// Benchmark (a): C = A B, 512x512x512, f32.
func.func @matmul(%a: tensor<512x512xf32> {dl.input = "a"},
                  %b: tensor<512x512xf32> {dl.param = "b"})
    -> (tensor<512x512xf32> {dl.output = "c"}) {
  %0 = dl.matmul %a, %b : (tensor<512x512xf32>, tensor<512x512xf32>) -> tensor<512x512xf32>
  return %0 : tensor<512x512xf32>
}
