// RUN: dl-tensors make %t.in.safetensors 'x:f32[2,3]=1,2,3,4,5,6'
// RUN: %jit-and-aot %s --entry constants --inputs %t.in.safetensors -o %t.constants.safetensors
// RUN: dl-tensors check %t.constants.safetensors --rtol 0 --atol 0 \
// RUN:   'dense_f32:f32[2,3]=1.5,-2,0.1,3e38,-0,1e-45' 'special_f32:f32[3]=inf,-inf,nan' \
// RUN:   'dense_f64:f64[4]=0.1,1e300,-2.5,5e-324' \
// RUN:   'dense_i32:i32[3]=-2147483648,2147483647,7' \
// RUN:   'dense_i64:i64[3]=-5000000000,5000000000,0' 'dense_i1:bool[3]=1,0,1' \
// RUN:   'splat_f32:f32[2,2]=2.5' 'splat_i64:i64[3]=-3' 'splat_i1:bool[2]=1' \
// RUN:   'scalar_f64:f64[]=4.25' 'scalar_i32:i32[]=-9' \
// RUN:   'x_times_row:f32[2,3]=1,4,-1.5,4,10,-3' 'x_plus_scalar:f32[2,3]=1.25,2.25,3.25,4.25,5.25,6.25'
//
// RUN: %jit-and-aot %s --entry folded -o %t.folded.safetensors
// RUN: dl-tensors check %t.folded.safetensors --rtol 0 --atol 0 \
// RUN:   'chain_f32:f32[]=0' 'div_i32:i32[4]=-3,-3,0,-2' 'add_wrap_i32:i32[]=-2147483648' \
// RUN:   'max_nan:f32[3]=nan,nan,0' 'max_zero_sign:f32[]=inf' 'min_zero_sign:f32[]=-inf' \
// RUN:   'eq_nan:bool[3]=0,1,1' 'ne_nan:bool[3]=1,0,0' 'lt_i32:bool[2]=1,0' \
// RUN:   'cast_f64_f32:f32[4]=1,1.000000238418579,inf,0.1' 'cast_f32_i32:i32[3]=-2,2,0' \
// RUN:   'cast_i1_i32:i32[2]=1,0' 'cast_i1_f32:f32[2]=1,0' 'cast_i32_i1:bool[3]=1,0,1' \
// RUN:   'cast_i64_i32:i32[2]=1,1705032704' 'cast_i32_f32:f32[2]=16777216,16777220' \
// RUN:   'sqrt_f64:f64[3]=nan,-0,1.4142135623730951' 'rsqrt_f32:f32[3]=inf,0.5,nan' \
// RUN:   'relu_zero_sign:f32[]=inf' 'relu_f32:f32[3]=nan,0,2' \
// RUN:   'neg_i32:i32[2]=-2147483648,-5' 'abs_i32:i32[2]=-2147483648,5' \
// RUN:   'pow_f64:f64[5]=1,nan,-8,inf,1' \
// RUN:   'sum_f32:f32[2]=4,6' 'sum_wrap_i32:i32[]=-2147483648' 'max_rows:f32[2]=nan,-3' \
// RUN:   'transpose_i64:i64[3,2]=1,4,2,5,3,6' 'reshape_i64:i64[3,2]=1,2,3,4,5,6' \
// RUN:   'broadcast_i64:i64[3,2]=1,2,1,2,1,2' 'select_i32:i32[3]=1,-2,3'
// RUN: dl-tensors check %t.folded.safetensors --rtol 1e-15 --atol 0 \
// RUN:   'log_f64:f64[4]=-inf,nan,0,2.302585092994046' \
// RUN:   'exp_f64:f64[3]=0,inf,2.718281828459045' \
// RUN:   'tanh_f64:f64[2]=0.46211715726000974,-1' \
// RUN:   'sigmoid_f64:f64[3]=3.720075976020836e-44,1,0.5' \
// RUN:   'mean_f64:f64[]=2.3333333333333335'

// dl.constant through the JIT, and ops whose operands are all constants.
//
// @constants returns dense, splat and rank-0 constants of every element
// type as they are (including f32 and f64 subnormals, -0 and, through hex
// bit patterns, inf and NaN) and uses constants as operands of ops on a
// runtime input. Expected values are the literals themselves, rounded to
// the element type (dl-tensors rounds 0.1 and 1e-45 the same way the MLIR
// parser does: to nearest).
//
// @folded has no runtime operand at all: canonicalization folds the
// elementwise, compare, cast, select and shape ops at compile time (`dlc
// --emit=dl` shows only dl.constant left for them; the reductions of
// constants still run as code), so these results test the folders'
// numerics, which must match the runtime semantics of each op (the same
// cases at run time are in the other files). Expected values were worked out
// from the op descriptions by hand, with Python's math module for log, exp,
// tanh, sqrt and sigmoid (1 / (1 + exp(-x))) and 7 / 3 for the mean of
// [1, 2, 4]:
//   chain_f32: (16777216 + 1) - 16777216 is 0 when each op rounds to f32
//     (16777217 is not an f32), 1 if computed in a wider type or
//     reassociated;
//   integer division truncates toward zero (-7 / 2 = -3, 7 / -2 = -3),
//     i32 addition and sums wrap (2147483647 + 1 = -2147483648);
//   max/min: NaN propagates, +0 > -0 (checked through 1 / result);
//   compare: NaN is unordered (eq false, ne true), -0 == 0, i32 is signed;
//   cast: f64 to f32 rounds to nearest even (1 + 2^-24 -> 1) and overflows
//     to inf, float to int truncates toward zero, i1 true -> 1 (not -1),
//     to i1 nonzero -> 1 (256 -> 1), i64 to i32 keeps the low 32 bits,
//     i32 to f32 rounds to nearest even (16777219 -> 16777220);
//   unary: sqrt(-1) = nan, sqrt(-0) = -0, rsqrt(0) = inf, log(0) = -inf,
//     log(-1) = nan, exp(-1000) = 0, exp(1000) = inf, relu(-0) = +0,
//     relu(nan) = nan, i32 neg and abs of INT_MIN wrap to INT_MIN;
//   pow: pow(0, 0) = 1, pow(-2, 0.5) = nan, pow(-2, 3) = -8,
//     pow(0, -2) = inf, pow(nan, 0) = 1;
//   reduce_max of a row holding NaN is NaN, of [-3, -4] is -3.
// Tolerances: everything but the f64 transcendentals and the mean is exact
// (rtol 0); those allow 1e-15 (a few ulp of libm or one extra rounding).

func.func @constants(%x: tensor<2x3xf32> {dl.input = "x"})
    -> (tensor<2x3xf32> {dl.output = "dense_f32"},
        tensor<3xf32> {dl.output = "special_f32"},
        tensor<4xf64> {dl.output = "dense_f64"},
        tensor<3xi32> {dl.output = "dense_i32"},
        tensor<3xi64> {dl.output = "dense_i64"},
        tensor<3xi1> {dl.output = "dense_i1"},
        tensor<2x2xf32> {dl.output = "splat_f32"},
        tensor<3xi64> {dl.output = "splat_i64"},
        tensor<2xi1> {dl.output = "splat_i1"},
        tensor<f64> {dl.output = "scalar_f64"},
        tensor<i32> {dl.output = "scalar_i32"},
        tensor<2x3xf32> {dl.output = "x_times_row"},
        tensor<2x3xf32> {dl.output = "x_plus_scalar"}) {
  %dense_f32 = dl.constant dense<[[1.5, -2.0, 0.1], [3.0e+38, -0.0, 1.0e-45]]> : tensor<2x3xf32>
  %special_f32 = dl.constant dense<[0x7F800000, 0xFF800000, 0x7FC00000]> : tensor<3xf32>
  %dense_f64 = dl.constant dense<[0.1, 1.0e+300, -2.5, 4.9406564584124654e-324]> : tensor<4xf64>
  %dense_i32 = dl.constant dense<[-2147483648, 2147483647, 7]> : tensor<3xi32>
  %dense_i64 = dl.constant dense<[-5000000000, 5000000000, 0]> : tensor<3xi64>
  %dense_i1 = dl.constant dense<[true, false, true]> : tensor<3xi1>
  %splat_f32 = dl.constant dense<2.5> : tensor<2x2xf32>
  %splat_i64 = dl.constant dense<-3> : tensor<3xi64>
  %splat_i1 = dl.constant dense<true> : tensor<2xi1>
  %scalar_f64 = dl.constant dense<4.25> : tensor<f64>
  %scalar_i32 = dl.constant dense<-9> : tensor<i32>
  %row = dl.constant dense<[1.0, 2.0, -0.5]> : tensor<3xf32>
  %x_times_row = dl.mul %x, %row : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %quarter = dl.constant dense<0.25> : tensor<f32>
  %x_plus_scalar = dl.add %x, %quarter : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %dense_f32, %special_f32, %dense_f64, %dense_i32, %dense_i64, %dense_i1,
         %splat_f32, %splat_i64, %splat_i1, %scalar_f64, %scalar_i32,
         %x_times_row, %x_plus_scalar
      : tensor<2x3xf32>, tensor<3xf32>, tensor<4xf64>, tensor<3xi32>,
        tensor<3xi64>, tensor<3xi1>, tensor<2x2xf32>, tensor<3xi64>,
        tensor<2xi1>, tensor<f64>, tensor<i32>, tensor<2x3xf32>,
        tensor<2x3xf32>
}

func.func @folded()
    -> (tensor<f32> {dl.output = "chain_f32"},
        tensor<4xi32> {dl.output = "div_i32"},
        tensor<i32> {dl.output = "add_wrap_i32"},
        tensor<3xf32> {dl.output = "max_nan"},
        tensor<f32> {dl.output = "max_zero_sign"},
        tensor<f32> {dl.output = "min_zero_sign"},
        tensor<3xi1> {dl.output = "eq_nan"},
        tensor<3xi1> {dl.output = "ne_nan"},
        tensor<2xi1> {dl.output = "lt_i32"},
        tensor<4xf32> {dl.output = "cast_f64_f32"},
        tensor<3xi32> {dl.output = "cast_f32_i32"},
        tensor<2xi32> {dl.output = "cast_i1_i32"},
        tensor<2xf32> {dl.output = "cast_i1_f32"},
        tensor<3xi1> {dl.output = "cast_i32_i1"},
        tensor<2xi32> {dl.output = "cast_i64_i32"},
        tensor<2xf32> {dl.output = "cast_i32_f32"},
        tensor<3xf64> {dl.output = "sqrt_f64"},
        tensor<3xf32> {dl.output = "rsqrt_f32"},
        tensor<f32> {dl.output = "relu_zero_sign"},
        tensor<3xf32> {dl.output = "relu_f32"},
        tensor<2xi32> {dl.output = "neg_i32"},
        tensor<2xi32> {dl.output = "abs_i32"},
        tensor<5xf64> {dl.output = "pow_f64"},
        tensor<2xf32> {dl.output = "sum_f32"},
        tensor<i32> {dl.output = "sum_wrap_i32"},
        tensor<2xf32> {dl.output = "max_rows"},
        tensor<3x2xi64> {dl.output = "transpose_i64"},
        tensor<3x2xi64> {dl.output = "reshape_i64"},
        tensor<3x2xi64> {dl.output = "broadcast_i64"},
        tensor<3xi32> {dl.output = "select_i32"},
        tensor<4xf64> {dl.output = "log_f64"},
        tensor<3xf64> {dl.output = "exp_f64"},
        tensor<2xf64> {dl.output = "tanh_f64"},
        tensor<3xf64> {dl.output = "sigmoid_f64"},
        tensor<f64> {dl.output = "mean_f64"}) {
  %big = dl.constant dense<16777216.0> : tensor<f32>
  %one = dl.constant dense<1.0> : tensor<f32>
  %big_plus_one = dl.add %big, %one : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %chain_f32 = dl.sub %big_plus_one, %big : (tensor<f32>, tensor<f32>) -> tensor<f32>

  %num = dl.constant dense<[-7, 7, -1, 6]> : tensor<4xi32>
  %den = dl.constant dense<[2, -2, 3, -3]> : tensor<4xi32>
  %div_i32 = dl.div %num, %den : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %imax = dl.constant dense<2147483647> : tensor<i32>
  %ione = dl.constant dense<1> : tensor<i32>
  %add_wrap_i32 = dl.add %imax, %ione : (tensor<i32>, tensor<i32>) -> tensor<i32>

  %nan_a = dl.constant dense<[0x7FC00000, 1.0, -0.0]> : tensor<3xf32>
  %nan_b = dl.constant dense<[1.0, 0x7FC00000, 0.0]> : tensor<3xf32>
  %max_nan = dl.max %nan_a, %nan_b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %nzero = dl.constant dense<-0.0> : tensor<f32>
  %pzero = dl.constant dense<0.0> : tensor<f32>
  %max_zero = dl.max %nzero, %pzero : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %max_zero_sign = dl.div %one, %max_zero : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %min_zero = dl.min %pzero, %nzero : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %min_zero_sign = dl.div %one, %min_zero : (tensor<f32>, tensor<f32>) -> tensor<f32>

  %cmp_a = dl.constant dense<[0x7FC00000, 1.0, -0.0]> : tensor<3xf32>
  %cmp_b = dl.constant dense<[0x7FC00000, 1.0, 0.0]> : tensor<3xf32>
  %eq_nan = dl.compare eq, %cmp_a, %cmp_b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
  %ne_nan = dl.compare ne, %cmp_a, %cmp_b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
  %lt_a = dl.constant dense<[-1, 2147483647]> : tensor<2xi32>
  %lt_b = dl.constant dense<[1, -2147483648]> : tensor<2xi32>
  %lt_i32 = dl.compare lt, %lt_a, %lt_b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>

  %wide = dl.constant dense<[1.0000000596046448, 1.0000001788139343, 1.0e+300, 0.1]> : tensor<4xf64>
  %cast_f64_f32 = dl.cast %wide : tensor<4xf64> to tensor<4xf32>
  %frac = dl.constant dense<[-2.7, 2.7, -0.5]> : tensor<3xf32>
  %cast_f32_i32 = dl.cast %frac : tensor<3xf32> to tensor<3xi32>
  %mask = dl.constant dense<[true, false]> : tensor<2xi1>
  %cast_i1_i32 = dl.cast %mask : tensor<2xi1> to tensor<2xi32>
  %cast_i1_f32 = dl.cast %mask : tensor<2xi1> to tensor<2xf32>
  %ints = dl.constant dense<[256, 0, -1]> : tensor<3xi32>
  %cast_i32_i1 = dl.cast %ints : tensor<3xi32> to tensor<3xi1>
  %longs = dl.constant dense<[4294967297, 6000000000]> : tensor<2xi64>
  %cast_i64_i32 = dl.cast %longs : tensor<2xi64> to tensor<2xi32>
  %odd = dl.constant dense<[16777217, 16777219]> : tensor<2xi32>
  %cast_i32_f32 = dl.cast %odd : tensor<2xi32> to tensor<2xf32>

  %sqrt_in = dl.constant dense<[-1.0, -0.0, 2.0]> : tensor<3xf64>
  %sqrt_f64 = dl.sqrt %sqrt_in : tensor<3xf64>
  %rsqrt_in = dl.constant dense<[0.0, 4.0, -1.0]> : tensor<3xf32>
  %rsqrt_f32 = dl.rsqrt %rsqrt_in : tensor<3xf32>
  %relu_zero = dl.relu %nzero : tensor<f32>
  %relu_zero_sign = dl.div %one, %relu_zero : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %relu_in = dl.constant dense<[0x7FC00000, -1.0, 2.0]> : tensor<3xf32>
  %relu_f32 = dl.relu %relu_in : tensor<3xf32>
  %imin = dl.constant dense<[-2147483648, 5]> : tensor<2xi32>
  %neg_i32 = dl.neg %imin : tensor<2xi32>
  %imin_neg = dl.constant dense<[-2147483648, -5]> : tensor<2xi32>
  %abs_i32 = dl.abs %imin_neg : tensor<2xi32>

  %base = dl.constant dense<[0.0, -2.0, -2.0, 0.0, 0x7FF8000000000000]> : tensor<5xf64>
  %expo = dl.constant dense<[0.0, 0.5, 3.0, -2.0, 0.0]> : tensor<5xf64>
  %pow_f64 = dl.pow %base, %expo : (tensor<5xf64>, tensor<5xf64>) -> tensor<5xf64>

  %m22 = dl.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %sum_f32 = dl.sum %m22 axes = [0] : (tensor<2x2xf32>) -> tensor<2xf32>
  %to_wrap = dl.constant dense<[2147483647, 1]> : tensor<2xi32>
  %sum_wrap_i32 = dl.sum %to_wrap axes = [0] : (tensor<2xi32>) -> tensor<i32>
  %rows = dl.constant dense<[[1.0, 0x7FC00000], [-3.0, -4.0]]> : tensor<2x2xf32>
  %max_rows = dl.reduce_max %rows axes = [1] : (tensor<2x2xf32>) -> tensor<2xf32>

  %m23 = dl.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
  %transpose_i64 = dl.transpose %m23 permutation = [1, 0]
      : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %reshape_i64 = dl.reshape %m23 : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %pair = dl.constant dense<[1, 2]> : tensor<2xi64>
  %broadcast_i64 = dl.broadcast_to %pair : (tensor<2xi64>) -> tensor<3x2xi64>
  %sel_c = dl.constant dense<[true, false, true]> : tensor<3xi1>
  %sel_t = dl.constant dense<[1, 2, 3]> : tensor<3xi32>
  %sel_f = dl.constant dense<[-1, -2, -3]> : tensor<3xi32>
  %select_i32 = dl.select %sel_c, %sel_t, %sel_f
      : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>

  %log_in = dl.constant dense<[0.0, -1.0, 1.0, 10.0]> : tensor<4xf64>
  %log_f64 = dl.log %log_in : tensor<4xf64>
  %exp_in = dl.constant dense<[-1000.0, 1000.0, 1.0]> : tensor<3xf64>
  %exp_f64 = dl.exp %exp_in : tensor<3xf64>
  %tanh_in = dl.constant dense<[0.5, -100.0]> : tensor<2xf64>
  %tanh_f64 = dl.tanh %tanh_in : tensor<2xf64>
  %sigmoid_in = dl.constant dense<[-100.0, 100.0, 0.0]> : tensor<3xf64>
  %sigmoid_f64 = dl.sigmoid %sigmoid_in : tensor<3xf64>
  %mean_in = dl.constant dense<[1.0, 2.0, 4.0]> : tensor<3xf64>
  %mean_f64 = dl.mean %mean_in axes = [0] : (tensor<3xf64>) -> tensor<f64>

  return %chain_f32, %div_i32, %add_wrap_i32, %max_nan, %max_zero_sign,
         %min_zero_sign, %eq_nan, %ne_nan, %lt_i32, %cast_f64_f32,
         %cast_f32_i32, %cast_i1_i32, %cast_i1_f32, %cast_i32_i1,
         %cast_i64_i32, %cast_i32_f32, %sqrt_f64, %rsqrt_f32, %relu_zero_sign,
         %relu_f32, %neg_i32, %abs_i32, %pow_f64, %sum_f32, %sum_wrap_i32,
         %max_rows, %transpose_i64, %reshape_i64, %broadcast_i64, %select_i32,
         %log_f64, %exp_f64, %tanh_f64, %sigmoid_f64, %mean_f64
      : tensor<f32>, tensor<4xi32>, tensor<i32>, tensor<3xf32>, tensor<f32>,
        tensor<f32>, tensor<3xi1>, tensor<3xi1>, tensor<2xi1>, tensor<4xf32>,
        tensor<3xi32>, tensor<2xi32>, tensor<2xf32>, tensor<3xi1>,
        tensor<2xi32>, tensor<2xf32>, tensor<3xf64>, tensor<3xf32>, tensor<f32>,
        tensor<3xf32>, tensor<2xi32>, tensor<2xi32>, tensor<5xf64>, tensor<2xf32>,
        tensor<i32>, tensor<2xf32>, tensor<3x2xi64>, tensor<3x2xi64>,
        tensor<3x2xi64>, tensor<3xi32>, tensor<4xf64>, tensor<3xf64>,
        tensor<2xf64>, tensor<3xf64>, tensor<f64>
}
