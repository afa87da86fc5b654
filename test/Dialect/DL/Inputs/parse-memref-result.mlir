// Input of parse-errors.test: a dl op whose result type is a memref.
func.func @memref_result(%a: tensor<2xf32>, %b: tensor<2xf32>) -> memref<2xf32> {
  %0 = dl.add %a, %b : (tensor<2xf32>, tensor<2xf32>) -> memref<2xf32>
  return %0 : memref<2xf32>
}
