// RUN: dl-tensors make %t.in.safetensors \
// RUN:   'p:f64[2,2]=1,2,3,4' 't:f64[2,2]=0,2,1,1' \
// RUN:   'z:f64[2,3]=1,2,3,0,0,0' 'onehot:f64[2,3]=0,0,1,1,0,0' 'labels:i32[2]=2,0' \
// RUN:   'bz:f64[2,1]=2,-1' 'bt:f64[2,1]=1,0' 'bp:f64[1,1]=0.8' 'bpt:f64[1,1]=1' \
// RUN:   'probs:f64[1,3]=0.2,0.3,0.5' 'ptarget:f64[1,3]=0,1,0' \
// RUN:   'hp:f64[1,2]=0.5,-2' 'ht:f64[1,2]=1,-1'
// RUN: %jit-and-aot %s --entry losses_f64 --inputs %t.in.safetensors -o %t.out.safetensors
// RUN: dl-tensors check %t.out.safetensors --rtol 1e-12 --atol 1e-15 \
// RUN:   'mse:f64[]=3.5' 'mse_sum:f64[]=7' \
// RUN:   'cce:f64[]=0.753109126556245' 'sparse:f64[]=0.753109126556245' \
// RUN:   'bce_logits:f64[]=0.22009484928059775' 'bce:f64[]=0.2231435513142097' \
// RUN:   'cce_probs:f64[]=1.2039728043259361' 'hinge:f64[]=0.25'
// Every loss on inputs whose losses are worked out by hand:
//   mse: per-sample means of [1, 0] and [4, 9] squared errors are 0.5 and 6.5;
//   cross-entropy from logits [1, 2, 3] at class 2: log(e + e^2 + e^3) - 3,
//     and from [0, 0, 0]: log 3, averaged;
//   binary from logits 2 (target 1) and -1 (target 0): log(1 + e^-2) and
//     log(1 + e^-1), averaged; from probability 0.8 at target 1: -log 0.8;
//   cross-entropy from probabilities [0.2, 0.3, 0.5] at class 1: -log 0.3;
//   hinge: margins 1 - 0.5 and 1 - 2 (clamped to 0), averaged.
func.func @losses_f64(%p: tensor<2x2xf64> {dl.input = "p"}, %t: tensor<2x2xf64> {dl.input = "t"},
                      %z: tensor<2x3xf64> {dl.input = "z"}, %onehot: tensor<2x3xf64> {dl.input = "onehot"},
                      %labels: tensor<2xi32> {dl.input = "labels"},
                      %bz: tensor<2x1xf64> {dl.input = "bz"}, %bt: tensor<2x1xf64> {dl.input = "bt"},
                      %bp: tensor<1x1xf64> {dl.input = "bp"}, %bpt: tensor<1x1xf64> {dl.input = "bpt"},
                      %probs: tensor<1x3xf64> {dl.input = "probs"}, %ptarget: tensor<1x3xf64> {dl.input = "ptarget"},
                      %hp: tensor<1x2xf64> {dl.input = "hp"}, %ht: tensor<1x2xf64> {dl.input = "ht"})
    -> (tensor<f64> {dl.output = "mse"}, tensor<f64> {dl.output = "mse_sum"},
        tensor<f64> {dl.output = "cce"}, tensor<f64> {dl.output = "sparse"},
        tensor<f64> {dl.output = "bce_logits"}, tensor<f64> {dl.output = "bce"},
        tensor<f64> {dl.output = "cce_probs"}, tensor<f64> {dl.output = "hinge"}) {
  %mse = dl.mse_loss %p, %t : (tensor<2x2xf64>, tensor<2x2xf64>) -> tensor<f64>
  %mse_sum = dl.mse_loss %p, %t reduction = sum : (tensor<2x2xf64>, tensor<2x2xf64>) -> tensor<f64>
  %cce = dl.categorical_crossentropy %z, %onehot from_logits : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<f64>
  %sparse = dl.sparse_categorical_crossentropy %z, %labels from_logits : (tensor<2x3xf64>, tensor<2xi32>) -> tensor<f64>
  %bce_logits = dl.binary_crossentropy %bz, %bt from_logits : (tensor<2x1xf64>, tensor<2x1xf64>) -> tensor<f64>
  %bce = dl.binary_crossentropy %bp, %bpt : (tensor<1x1xf64>, tensor<1x1xf64>) -> tensor<f64>
  %cce_probs = dl.categorical_crossentropy %probs, %ptarget : (tensor<1x3xf64>, tensor<1x3xf64>) -> tensor<f64>
  %hinge = dl.hinge_loss %hp, %ht : (tensor<1x2xf64>, tensor<1x2xf64>) -> tensor<f64>
  return %mse, %mse_sum, %cce, %sparse, %bce_logits, %bce, %cce_probs, %hinge
      : tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>, tensor<f64>
}
