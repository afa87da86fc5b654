// RUN: dl-opt %s --split-input-file --verify-diagnostics --dl-autodiff
// Every problem is reported, not only the first.

// expected-error @below {{dl-autodiff: @vector does not return exactly one floating-point scalar (tensor<f32> or tensor<f64>); reduce it to one, or pass seed=1 to give a cotangent per result}}
func.func @vector(%x: tensor<3xf32> {dl.param = "x"}) -> (tensor<3xf32> {dl.output = "y"}) {
  %0 = dl.exp %x : tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// expected-error @below {{dl-autodiff: cannot differentiate with respect to 'labels' of type 'tensor<3xi32>': it is not a floating-point tensor}}
// expected-error @below {{dl-autodiff: cannot differentiate with respect to 'steps' of type 'tensor<i64>': it is not a floating-point tensor}}
func.func @integer(%x: tensor<3xf32> {dl.param = "x"}, %labels: tensor<3xi32> {dl.param = "labels"},
                   %steps: tensor<i64> {dl.param = "steps"}) -> (tensor<f32> {dl.output = "l"}) {
  %0 = dl.sum %x axes = [0] : (tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func private @helper(%x: tensor<3xf32>) -> tensor<3xf32> {
  return %x : tensor<3xf32>
}

func.func @calls(%x: tensor<3xf32> {dl.param = "x"}) -> (tensor<f32> {dl.output = "l"}) {
  // expected-error @below {{dl-autodiff: 'func.call' has no gradient rule}}
  %0 = func.call @helper(%x) : (tensor<3xf32>) -> tensor<3xf32>
  // expected-error @below {{dl-autodiff: 'func.call' has no gradient rule}}
  %1 = func.call @helper(%0) : (tensor<3xf32>) -> tensor<3xf32>
  %2 = dl.sum %1 axes = [0] : (tensor<3xf32>) -> tensor<f32>
  return %2 : tensor<f32>
}

// -----

// expected-error @below {{dl-autodiff: the module has 2 public functions; choose one with function=NAME}}
module {
  func.func @a(%x: tensor<f32> {dl.param = "x"}) -> (tensor<f32> {dl.output = "y"}) {
    return %x : tensor<f32>
  }
  func.func @b(%x: tensor<f32> {dl.param = "x"}) -> (tensor<f32> {dl.output = "y"}) {
    return %x : tensor<f32>
  }
}
