// RUN: dl-tensors make %t.f32.in.safetensors \
// RUN:   'x:f32[13]=-inf,-1000,-100,-2,-0.5,-0,0,0.25,1,3,100,inf,nan' \
// RUN:   'g:f32[10]=-87,-20,-10,-0.001,1e-30,0.7,1.5,10,20,88' \
// RUN:   'w:f32[8]=1e-30,1e-10,0.001,0.7,1.5,10,1e10,3e38' 'z:f32[2]=-0,0'
// RUN: %jit-and-aot %s --entry unary_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'neg:f32[13]=inf,1000,100,2,0.5,0,-0,-0.25,-1,-3,-100,-inf,nan' \
// RUN:   'abs:f32[13]=inf,1000,100,2,0.5,0,0,0.25,1,3,100,inf,nan' \
// RUN:   'relu:f32[13]=0,0,0,0,0,0,0,0.25,1,3,100,inf,nan' \
// RUN:   'sqrt:f32[13]=nan,nan,nan,nan,nan,-0,0,0.5,1,1.7320508,10,inf,nan' \
// RUN:   'sqrt_range:f32[8]=1e-15,1e-05,0.03162278,0.83666,1.2247449,3.1622777,100000,1.7320508e19' \
// RUN:   'neg_zero_sign:f32[2]=inf,-inf' 'abs_zero_sign:f32[2]=inf,inf' \
// RUN:   'relu_zero_sign:f32[2]=inf,inf' 'sqrt_zero_sign:f32[2]=-inf,inf'
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 1e-6 --atol 1.2e-38 \
// RUN:   'exp:f32[13]=0,0,3.720075976020836e-44,0.1353352832366127,0.6065306597126334,1,1,1.2840254166877414,2.718281828459045,20.085536923187668,inf,inf,nan' \
// RUN:   'log:f32[13]=nan,nan,nan,nan,nan,-inf,-inf,-1.3862943611198906,0,1.0986122886681098,4.605170185988092,inf,nan' \
// RUN:   'rsqrt:f32[13]=nan,nan,nan,nan,nan,-inf,inf,2,1,0.5773502691896258,0.1,0,nan' \
// RUN:   'tanh:f32[13]=-1,-1,-1,-0.9640275800758169,-0.46211715726000974,-0,0,0.24491866240370913,0.7615941559557649,0.9950547536867305,1,1,nan' \
// RUN:   'sigmoid:f32[13]=0,0,3.720075976020836e-44,0.11920292202211755,0.37754066879814546,0.5,0.5,0.5621765008857981,0.7310585786300049,0.9525741268224334,1,1,nan'
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 1e-6 --atol 0 \
// RUN:   'exp_range:f32[10]=1.645811431e-38,2.061153622e-09,4.539992976e-05,0.9990004998,1,2.013752683,4.48168907,22026.46579,485165195.4,1.651636255e38' \
// RUN:   'tanh_range:f32[10]=-1,-1,-0.9999999959,-0.0009999997142,1.000000003e-30,0.6043677696,0.9051482536,0.9999999959,1,1' \
// RUN:   'sigmoid_range:f32[10]=1.645811431e-38,2.061153618e-09,4.53978687e-05,0.49975,0.5,0.6681877695,0.8175744762,0.9999546021,0.9999999979,1' \
// RUN:   'log_range:f32[8]=-69.07755279,-23.02585092,-6.907755231,-0.356674961,0.4054651081,2.302585093,23.02585093,88.59684582' \
// RUN:   'rsqrt_range:f32[8]=9.999999984e14,99999.99933,31.62277585,1.19522862,0.8164965809,0.316227766,1e-05,5.773502687e-20'
//
// RUN: dl-tensors make %t.f64.in.safetensors \
// RUN:   'x:f64[13]=-inf,-1000,-100,-2,-0.5,-0,0,0.25,1,3,100,inf,nan' \
// RUN:   'g:f64[10]=-87,-20,-10,-0.001,1e-30,0.7,1.5,10,20,88' \
// RUN:   'w:f64[8]=1e-30,1e-10,0.001,0.7,1.5,10,1e10,3e38' 'z:f64[2]=-0,0'
// RUN: %jit-and-aot %s --entry unary_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'neg:f64[13]=inf,1000,100,2,0.5,0,-0,-0.25,-1,-3,-100,-inf,nan' \
// RUN:   'abs:f64[13]=inf,1000,100,2,0.5,0,0,0.25,1,3,100,inf,nan' \
// RUN:   'relu:f64[13]=0,0,0,0,0,0,0,0.25,1,3,100,inf,nan' \
// RUN:   'sqrt:f64[13]=nan,nan,nan,nan,nan,-0,0,0.5,1,1.7320508075688772,10,inf,nan' \
// RUN:   'sqrt_range:f64[8]=1e-15,1e-05,0.03162277660168379,0.8366600265340756,1.224744871391589,3.1622776601683795,100000,1.7320508075688774e19' \
// RUN:   'neg_zero_sign:f64[2]=inf,-inf' 'abs_zero_sign:f64[2]=inf,inf' \
// RUN:   'relu_zero_sign:f64[2]=inf,inf' 'sqrt_zero_sign:f64[2]=-inf,inf'
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 1e-15 --atol 0 \
// RUN:   'exp:f64[13]=0,0,3.720075976020836e-44,0.1353352832366127,0.6065306597126334,1,1,1.2840254166877414,2.718281828459045,20.085536923187668,2.6881171418161356e43,inf,nan' \
// RUN:   'log:f64[13]=nan,nan,nan,nan,nan,-inf,-inf,-1.3862943611198906,0,1.0986122886681098,4.605170185988092,inf,nan' \
// RUN:   'rsqrt:f64[13]=nan,nan,nan,nan,nan,-inf,inf,2,1,0.5773502691896258,0.1,0,nan' \
// RUN:   'tanh:f64[13]=-1,-1,-1,-0.9640275800758169,-0.46211715726000974,-0,0,0.24491866240370913,0.7615941559557649,0.9950547536867305,1,1,nan' \
// RUN:   'sigmoid:f64[13]=0,0,3.720075976020836e-44,0.11920292202211755,0.37754066879814546,0.5,0.5,0.5621765008857981,0.7310585786300049,0.9525741268224334,1,1,nan' \
// RUN:   'exp_range:f64[10]=1.6458114310822737e-38,2.061153622438558e-09,4.5399929762484854e-05,0.999000499833375,1,2.0137527074704766,4.4816890703380645,22026.465794806718,485165195.4097903,1.6516362549940018e38' \
// RUN:   'tanh_range:f64[10]=-1,-1,-0.9999999958776927,-0.0009999996666668,1e-30,0.6043677771171636,0.9051482536448664,0.9999999958776927,1,1' \
// RUN:   'sigmoid_range:f64[10]=1.6458114310822737e-38,2.0611536181902033e-09,4.5397868702434395e-05,0.49975000002083336,0.5,0.6681877721681662,0.8175744761936437,0.9999546021312976,0.9999999979388463,1' \
// RUN:   'log_range:f64[8]=-69.07755278982137,-23.025850929940457,-6.907755278982137,-0.35667494393873245,0.4054651081081644,2.302585092994046,23.025850929940457,88.59684582244185' \
// RUN:   'rsqrt_range:f64[8]=999999999999999.9,99999.99999999999,31.622776601683796,1.1952286093343936,0.8164965809277261,0.31622776601683794,1e-05,5.773502691896257e-20'
//
// RUN: dl-tensors make %t.i32.in.safetensors 'x:i32[7]=-2147483648,-5,-1,0,1,7,2147483647'
// RUN: %jit-and-aot %s --entry unary_i32 --inputs %t.i32.in.safetensors -o %t.i32.out.safetensors
// RUN: dl-tensors check %t.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'neg:i32[7]=-2147483648,5,1,0,-1,-7,-2147483647' \
// RUN:   'abs:i32[7]=-2147483648,5,1,0,1,7,2147483647' \
// RUN:   'relu:i32[7]=0,0,0,0,1,7,2147483647'
//
// RUN: dl-tensors make %t.i64.in.safetensors 'x:i64[5]=-5000000000,-1,0,3,5000000000'
// RUN: %jit-and-aot %s --entry unary_i64 --inputs %t.i64.in.safetensors -o %t.i64.out.safetensors
// RUN: dl-tensors check %t.i64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'neg:i64[5]=5000000000,1,0,-3,-5000000000' \
// RUN:   'abs:i64[5]=5000000000,1,0,3,5000000000' \
// RUN:   'relu:i64[5]=0,0,0,3,5000000000'

// The elementwise unary ops through the JIT: dl.neg, dl.abs and dl.relu for
// every numeric type, dl.exp, dl.log, dl.sqrt, dl.rsqrt, dl.tanh and
// dl.sigmoid for f32 and f64. `x` holds the edge values (infinities, NaN,
// signed zeros, +-100, -1000); `g` and `w` sweep the ranges where polynomial
// approximations are most likely to lose accuracy (near f32 overflow and
// underflow of exp, tiny and huge arguments of log and rsqrt).
//
// Expected values were computed independently in double precision with
// glibc's exp, log, sqrt and tanh through Python's ctypes, from the inputs
// as rounded to the tested type (f32 inputs 0.7, 1e-30, ... first rounded
// with struct.pack('f')); sigmoid(x) = 1 / (1 + exp(-x)) evaluated stably as
// exp(x) / (1 + exp(x)) for x < 0; rsqrt(x) = 1 / sqrt(x). Edge values
// follow IEEE 754 and C: exp(-1000) = 0, exp(100) is inf in f32, log(+-0) =
// -inf, log(x < 0) = nan, sqrt(-0) = -0, sqrt(x < 0) = nan, rsqrt(-0) =
// 1 / -0 = -inf, sigmoid(-100) = 3.7e-44, sigmoid(100) = 1, tanh(+-inf) =
// +-1; NaN stays NaN everywhere, relu included; integer neg and abs of
// INT_MIN wrap to INT_MIN.
//
// Tolerances: neg, abs, relu and sqrt are exact in IEEE 754 (sqrt is
// correctly rounded), so they are compared bit for bit. dl-tensors cannot
// tell -0 from +0, so *_zero_sign divide 1 by the results on [-0, +0]:
// relu(-0) must be +0 (dl.max orders +0 above -0), abs(-0) is +0, neg and
// sqrt keep the sign. f32 exp, log, rsqrt, tanh and sigmoid use polynomial
// approximations: rtol 1e-6 (about 8 ulp). For the edge vector atol 1.2e-38
// (the smallest normal f32) additionally lets exp(-100) and sigmoid(-100),
// subnormal in f32, flush to zero; the range sweeps use atol 0. f64 goes to
// libm: rtol 1e-15 (a few ulp; sigmoid and rsqrt round twice).

func.func @unary_f32(%x: tensor<13xf32> {dl.input = "x"},
                     %g: tensor<10xf32> {dl.input = "g"},
                     %w: tensor<8xf32> {dl.input = "w"},
                     %z: tensor<2xf32> {dl.input = "z"})
    -> (tensor<13xf32> {dl.output = "neg"}, tensor<13xf32> {dl.output = "abs"},
        tensor<13xf32> {dl.output = "relu"}, tensor<13xf32> {dl.output = "exp"},
        tensor<13xf32> {dl.output = "log"}, tensor<13xf32> {dl.output = "sqrt"},
        tensor<13xf32> {dl.output = "rsqrt"}, tensor<13xf32> {dl.output = "tanh"},
        tensor<13xf32> {dl.output = "sigmoid"},
        tensor<10xf32> {dl.output = "exp_range"}, tensor<10xf32> {dl.output = "tanh_range"},
        tensor<10xf32> {dl.output = "sigmoid_range"},
        tensor<8xf32> {dl.output = "log_range"}, tensor<8xf32> {dl.output = "sqrt_range"},
        tensor<8xf32> {dl.output = "rsqrt_range"},
        tensor<2xf32> {dl.output = "neg_zero_sign"}, tensor<2xf32> {dl.output = "abs_zero_sign"},
        tensor<2xf32> {dl.output = "relu_zero_sign"},
        tensor<2xf32> {dl.output = "sqrt_zero_sign"}) {
  %neg = dl.neg %x : tensor<13xf32>
  %abs = dl.abs %x : tensor<13xf32>
  %relu = dl.relu %x : tensor<13xf32>
  %exp = dl.exp %x : tensor<13xf32>
  %log = dl.log %x : tensor<13xf32>
  %sqrt = dl.sqrt %x : tensor<13xf32>
  %rsqrt = dl.rsqrt %x : tensor<13xf32>
  %tanh = dl.tanh %x : tensor<13xf32>
  %sigmoid = dl.sigmoid %x : tensor<13xf32>
  %exp_range = dl.exp %g : tensor<10xf32>
  %tanh_range = dl.tanh %g : tensor<10xf32>
  %sigmoid_range = dl.sigmoid %g : tensor<10xf32>
  %log_range = dl.log %w : tensor<8xf32>
  %sqrt_range = dl.sqrt %w : tensor<8xf32>
  %rsqrt_range = dl.rsqrt %w : tensor<8xf32>
  %one = dl.constant dense<1.0> : tensor<f32>
  %zneg = dl.neg %z : tensor<2xf32>
  %neg_zero_sign = dl.div %one, %zneg : (tensor<f32>, tensor<2xf32>) -> tensor<2xf32>
  %zabs = dl.abs %z : tensor<2xf32>
  %abs_zero_sign = dl.div %one, %zabs : (tensor<f32>, tensor<2xf32>) -> tensor<2xf32>
  %zrelu = dl.relu %z : tensor<2xf32>
  %relu_zero_sign = dl.div %one, %zrelu : (tensor<f32>, tensor<2xf32>) -> tensor<2xf32>
  %zsqrt = dl.sqrt %z : tensor<2xf32>
  %sqrt_zero_sign = dl.div %one, %zsqrt : (tensor<f32>, tensor<2xf32>) -> tensor<2xf32>
  return %neg, %abs, %relu, %exp, %log, %sqrt, %rsqrt, %tanh, %sigmoid,
         %exp_range, %tanh_range, %sigmoid_range, %log_range, %sqrt_range,
         %rsqrt_range, %neg_zero_sign, %abs_zero_sign, %relu_zero_sign,
         %sqrt_zero_sign
      : tensor<13xf32>, tensor<13xf32>, tensor<13xf32>, tensor<13xf32>,
        tensor<13xf32>, tensor<13xf32>, tensor<13xf32>, tensor<13xf32>,
        tensor<13xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>,
        tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<2xf32>,
        tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}

func.func @unary_f64(%x: tensor<13xf64> {dl.input = "x"},
                     %g: tensor<10xf64> {dl.input = "g"},
                     %w: tensor<8xf64> {dl.input = "w"},
                     %z: tensor<2xf64> {dl.input = "z"})
    -> (tensor<13xf64> {dl.output = "neg"}, tensor<13xf64> {dl.output = "abs"},
        tensor<13xf64> {dl.output = "relu"}, tensor<13xf64> {dl.output = "exp"},
        tensor<13xf64> {dl.output = "log"}, tensor<13xf64> {dl.output = "sqrt"},
        tensor<13xf64> {dl.output = "rsqrt"}, tensor<13xf64> {dl.output = "tanh"},
        tensor<13xf64> {dl.output = "sigmoid"},
        tensor<10xf64> {dl.output = "exp_range"}, tensor<10xf64> {dl.output = "tanh_range"},
        tensor<10xf64> {dl.output = "sigmoid_range"},
        tensor<8xf64> {dl.output = "log_range"}, tensor<8xf64> {dl.output = "sqrt_range"},
        tensor<8xf64> {dl.output = "rsqrt_range"},
        tensor<2xf64> {dl.output = "neg_zero_sign"}, tensor<2xf64> {dl.output = "abs_zero_sign"},
        tensor<2xf64> {dl.output = "relu_zero_sign"},
        tensor<2xf64> {dl.output = "sqrt_zero_sign"}) {
  %neg = dl.neg %x : tensor<13xf64>
  %abs = dl.abs %x : tensor<13xf64>
  %relu = dl.relu %x : tensor<13xf64>
  %exp = dl.exp %x : tensor<13xf64>
  %log = dl.log %x : tensor<13xf64>
  %sqrt = dl.sqrt %x : tensor<13xf64>
  %rsqrt = dl.rsqrt %x : tensor<13xf64>
  %tanh = dl.tanh %x : tensor<13xf64>
  %sigmoid = dl.sigmoid %x : tensor<13xf64>
  %exp_range = dl.exp %g : tensor<10xf64>
  %tanh_range = dl.tanh %g : tensor<10xf64>
  %sigmoid_range = dl.sigmoid %g : tensor<10xf64>
  %log_range = dl.log %w : tensor<8xf64>
  %sqrt_range = dl.sqrt %w : tensor<8xf64>
  %rsqrt_range = dl.rsqrt %w : tensor<8xf64>
  %one = dl.constant dense<1.0> : tensor<f64>
  %zneg = dl.neg %z : tensor<2xf64>
  %neg_zero_sign = dl.div %one, %zneg : (tensor<f64>, tensor<2xf64>) -> tensor<2xf64>
  %zabs = dl.abs %z : tensor<2xf64>
  %abs_zero_sign = dl.div %one, %zabs : (tensor<f64>, tensor<2xf64>) -> tensor<2xf64>
  %zrelu = dl.relu %z : tensor<2xf64>
  %relu_zero_sign = dl.div %one, %zrelu : (tensor<f64>, tensor<2xf64>) -> tensor<2xf64>
  %zsqrt = dl.sqrt %z : tensor<2xf64>
  %sqrt_zero_sign = dl.div %one, %zsqrt : (tensor<f64>, tensor<2xf64>) -> tensor<2xf64>
  return %neg, %abs, %relu, %exp, %log, %sqrt, %rsqrt, %tanh, %sigmoid,
         %exp_range, %tanh_range, %sigmoid_range, %log_range, %sqrt_range,
         %rsqrt_range, %neg_zero_sign, %abs_zero_sign, %relu_zero_sign,
         %sqrt_zero_sign
      : tensor<13xf64>, tensor<13xf64>, tensor<13xf64>, tensor<13xf64>,
        tensor<13xf64>, tensor<13xf64>, tensor<13xf64>, tensor<13xf64>,
        tensor<13xf64>, tensor<10xf64>, tensor<10xf64>, tensor<10xf64>,
        tensor<8xf64>, tensor<8xf64>, tensor<8xf64>, tensor<2xf64>,
        tensor<2xf64>, tensor<2xf64>, tensor<2xf64>
}

func.func @unary_i32(%x: tensor<7xi32> {dl.input = "x"})
    -> (tensor<7xi32> {dl.output = "neg"}, tensor<7xi32> {dl.output = "abs"},
        tensor<7xi32> {dl.output = "relu"}) {
  %neg = dl.neg %x : tensor<7xi32>
  %abs = dl.abs %x : tensor<7xi32>
  %relu = dl.relu %x : tensor<7xi32>
  return %neg, %abs, %relu : tensor<7xi32>, tensor<7xi32>, tensor<7xi32>
}

func.func @unary_i64(%x: tensor<5xi64> {dl.input = "x"})
    -> (tensor<5xi64> {dl.output = "neg"}, tensor<5xi64> {dl.output = "abs"},
        tensor<5xi64> {dl.output = "relu"}) {
  %neg = dl.neg %x : tensor<5xi64>
  %abs = dl.abs %x : tensor<5xi64>
  %relu = dl.relu %x : tensor<5xi64>
  return %neg, %abs, %relu : tensor<5xi64>, tensor<5xi64>, tensor<5xi64>
}
