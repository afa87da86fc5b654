// The Keras MNIST MLP whose training step dl-bench-train times against
// libtorch: 28x28 images, batch 64, Flatten -> Dense(128, relu) ->
// Dense(10, softmax). The build derives the train step (sparse categorical
// cross-entropy on these probabilities, Adam) with dl-train-step.
func.func @mnist_mlp(%x: tensor<64x28x28xf32> {dl.input = "x"},
                     %w0: tensor<784x128xf32> {dl.param = "dense0.kernel"},
                     %b0: tensor<128xf32> {dl.param = "dense0.bias"},
                     %w1: tensor<128x10xf32> {dl.param = "dense1.kernel"},
                     %b1: tensor<10xf32> {dl.param = "dense1.bias"})
    -> (tensor<64x10xf32> {dl.output = "probs"}) {
  %flat = dl.reshape %x : (tensor<64x28x28xf32>) -> tensor<64x784xf32>
  %z0 = dl.matmul %flat, %w0 : (tensor<64x784xf32>, tensor<784x128xf32>) -> tensor<64x128xf32>
  %a0 = dl.add %z0, %b0 : (tensor<64x128xf32>, tensor<128xf32>) -> tensor<64x128xf32>
  %h = dl.relu %a0 : tensor<64x128xf32>
  %z1 = dl.matmul %h, %w1 : (tensor<64x128xf32>, tensor<128x10xf32>) -> tensor<64x10xf32>
  %logits = dl.add %z1, %b1 : (tensor<64x10xf32>, tensor<10xf32>) -> tensor<64x10xf32>
  %probs = dl.softmax %logits axis = 1 : tensor<64x10xf32>
  return %probs : tensor<64x10xf32>
}
