// A 784-64-10 perceptron on 28x28 digit images scaled to [0, 1], batch 32;
// its logits feed sparse categorical cross-entropy.
func.func @digits(%x: tensor<32x28x28xf32> {dl.input = "x"},
                  %w0: tensor<784x64xf32> {dl.param = "dense0.kernel"},
                  %b0: tensor<64xf32> {dl.param = "dense0.bias"},
                  %w1: tensor<64x10xf32> {dl.param = "dense1.kernel"},
                  %b1: tensor<10xf32> {dl.param = "dense1.bias"})
    -> (tensor<32x10xf32> {dl.output = "logits"}) {
  %flat = dl.reshape %x : (tensor<32x28x28xf32>) -> tensor<32x784xf32>
  %z0 = dl.matmul %flat, %w0 : (tensor<32x784xf32>, tensor<784x64xf32>) -> tensor<32x64xf32>
  %a0 = dl.add %z0, %b0 : (tensor<32x64xf32>, tensor<64xf32>) -> tensor<32x64xf32>
  %h = dl.relu %a0 : tensor<32x64xf32>
  %z1 = dl.matmul %h, %w1 : (tensor<32x64xf32>, tensor<64x10xf32>) -> tensor<32x10xf32>
  %logits = dl.add %z1, %b1 : (tensor<32x10xf32>, tensor<10xf32>) -> tensor<32x10xf32>
  return %logits : tensor<32x10xf32>
}
