// RUN: dl-tensors make %t.in.safetensors 'x:f32[3]=0,1,2'
// RUN: %jit-and-aot %s --inputs %t.in.safetensors -o %t.out.safetensors
// RUN: dl-tensors check %t.out.safetensors --rtol 1e-6 'a:f32[3]=1,2.71828175,7.38905621' \
// RUN:   'b:f32[3]=1,2.71828175,7.38905621' 'c:f32[3]=0,1,2'
// One value returned as two results, and an argument returned as a result:
// each result gets its own buffer.
func.func @twice(%x: tensor<3xf32> {dl.input = "x"})
    -> (tensor<3xf32> {dl.output = "a"}, tensor<3xf32> {dl.output = "b"}, tensor<3xf32> {dl.output = "c"}) {
  %e = dl.exp %x : tensor<3xf32>
  return %e, %e, %x : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
}
