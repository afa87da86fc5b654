// RUN: dl-tensors make %t.in.safetensors 'x:f32[2,3]=1,-2,3,0.5,0,-1' \
// RUN:   'dense0.kernel:f32[3,2]=0.5,-1,1,0.25,-0.5,2' 'dense0.bias:f32[2]=0.1,-0.2' \
// RUN:   'dense1.kernel:f32[2,2]=1,-1,2,0.5' 'dense1.bias:f32[2]=0,0.3'
// RUN: %jit-and-aot %s --inputs %t.in.safetensors -o %t.out.safetensors
// RUN: dl-tensors check %t.out.safetensors --rtol 1e-6 --atol 1e-7 \
// RUN:   'hidden:f32[2,2]=0,4.3,0.85,0' \
// RUN:   'probs:f32[2,2]=0.9978710603,0.002128939716,0.8021838886,0.1978161114'
// A two-layer perceptron through the JIT, checked against values computed
// independently in double precision:
//   x W0 + b0 = [[-2.9, 4.3], [0.85, -2.7]]     -> hidden (relu)
//   hidden W1 + b1 = [[8.6, 2.45], [0.85, -0.55]] -> probs (softmax by row)
func.func @mlp(%x: tensor<2x3xf32> {dl.input = "x"},
               %w0: tensor<3x2xf32> {dl.param = "dense0.kernel"},
               %b0: tensor<2xf32> {dl.param = "dense0.bias"},
               %w1: tensor<2x2xf32> {dl.param = "dense1.kernel"},
               %b1: tensor<2xf32> {dl.param = "dense1.bias"})
    -> (tensor<2x2xf32> {dl.output = "hidden"}, tensor<2x2xf32> {dl.output = "probs"}) {
  %z0 = dl.matmul %x, %w0 : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %a0 = dl.add %z0, %b0 : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  %h = dl.relu %a0 : tensor<2x2xf32>
  %z1 = dl.matmul %h, %w1 : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %a1 = dl.add %z1, %b1 : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  %p = dl.softmax %a1 axis = 1 : tensor<2x2xf32>
  return %h, %p : tensor<2x2xf32>, tensor<2x2xf32>
}
