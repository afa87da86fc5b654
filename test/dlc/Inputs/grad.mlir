// Models for grad.test: dlc run --grad and its errors.

// loss = 0.5 * sum((x W + b)^2), a scalar: differentiated with seed 1.
func.func @affine_loss(%x: tensor<2x3xf64> {dl.input = "x"},
                       %w: tensor<3x2xf64> {dl.param = "w"},
                       %b: tensor<2xf64> {dl.param = "b"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %half = dl.constant dense<0.5> : tensor<f64>
  %xw = dl.matmul %x, %w : (tensor<2x3xf64>, tensor<3x2xf64>) -> tensor<2x2xf64>
  %y = dl.add %xw, %b : (tensor<2x2xf64>, tensor<2xf64>) -> tensor<2x2xf64>
  %sq = dl.mul %y, %y : (tensor<2x2xf64>, tensor<2x2xf64>) -> tensor<2x2xf64>
  %s = dl.sum %sq axes = [0, 1] : (tensor<2x2xf64>) -> tensor<f64>
  %loss = dl.mul %s, %half : (tensor<f64>, tensor<f64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// y = x W + b, not a scalar: the gradient function takes a seed.y input.
func.func @affine(%x: tensor<2x3xf64> {dl.input = "x"},
                  %w: tensor<3x2xf64> {dl.param = "w"},
                  %b: tensor<2xf64> {dl.param = "b"})
    -> (tensor<2x2xf64> {dl.output = "y"}) {
  %xw = dl.matmul %x, %w : (tensor<2x3xf64>, tensor<3x2xf64>) -> tensor<2x2xf64>
  %y = dl.add %xw, %b : (tensor<2x2xf64>, tensor<2xf64>) -> tensor<2x2xf64>
  return %y : tensor<2x2xf64>
}

// Integer labels pick one logit per row.
func.func @labelled(%labels: tensor<2x1xi64> {dl.input = "labels"},
                    %logits: tensor<2x3xf64> {dl.param = "logits"})
    -> (tensor<f64> {dl.output = "loss"}) {
  %classes = dl.constant dense<[0, 1, 2]> : tensor<3xi64>
  %onehot = dl.compare eq, %labels, %classes : (tensor<2x1xi64>, tensor<3xi64>) -> tensor<2x3xi1>
  %zero = dl.constant dense<0.0> : tensor<f64>
  %picked = dl.select %onehot, %logits, %zero : (tensor<2x3xi1>, tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  %loss = dl.sum %picked axes = [0, 1] : (tensor<2x3xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// A call has no gradient rule, even to a function that has only dl ops.
func.func private @square(%v: tensor<3xf64>) -> tensor<3xf64> {
  %0 = dl.mul %v, %v : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
  return %0 : tensor<3xf64>
}

func.func @calls(%w: tensor<3xf64> {dl.param = "w"}) -> (tensor<f64> {dl.output = "loss"}) {
  %sq = func.call @square(%w) : (tensor<3xf64>) -> tensor<3xf64>
  %loss = dl.sum %sq axes = [0] : (tensor<3xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}

// A rank-0 integer result: one result, but not a float scalar.
func.func @count_positive(%w: tensor<3xf64> {dl.param = "w"}) -> (tensor<i64> {dl.output = "count"}) {
  %s = dl.sum %w axes = [0] : (tensor<3xf64>) -> tensor<f64>
  %c = dl.cast %s : tensor<f64> to tensor<i64>
  return %c : tensor<i64>
}

// The name the gradient function would get is taken.
func.func @taken(%w: tensor<3xf64> {dl.param = "w"}) -> (tensor<f64> {dl.output = "loss"}) {
  %loss = dl.sum %w axes = [0] : (tensor<3xf64>) -> tensor<f64>
  return %loss : tensor<f64>
}

func.func private @taken_grad(%w: tensor<3xf64>) -> tensor<3xf64> {
  return %w : tensor<3xf64>
}
