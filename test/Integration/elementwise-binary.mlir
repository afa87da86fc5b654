// RUN: dl-tensors make %t.f32.in.safetensors 'x:f32[2,3]=1.5,-2,3,0.5,0,-4' \
// RUN:   'row:f32[3]=2,-0.25,8' 'col:f32[2,1]=-1,0.5' 'r13:f32[1,3]=4,-3,0.125' \
// RUN:   's:f32[]=-2' 'p:f32[8]=1,-1,0,1,nan,1,-5,inf' 'q:f32[8]=0,0,0,-0,2,nan,inf,inf' \
// RUN:   'u:f32[8]=2,4,-2,-2,1.5,0,nan,2' 'v:f32[8]=3,0.5,3,0.5,2.5,0,0,-1' \
// RUN:   'za:f32[2]=-0,0' 'zb:f32[2]=0,-0' 'k:f32[4]=1,0.5,3,-1' 'big:f32[]=16777216' \
// RUN:   'h:f32[]=1.000244140625' 'hh:f32[]=1.00048828125'
// RUN: %jit-and-aot %s --entry binary_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'add:f32[2,3]=3.5,-2.25,11,2.5,-0.25,4' \
// RUN:   'sub:f32[2,3]=-5,2,-1.125,-3.5,3.5,0.375' \
// RUN:   'mul:f32[2,3]=-3,4,-6,-1,-0,8' \
// RUN:   'div:f32[2,3]=0.375,0.6666667,24,0.125,-0,-32' \
// RUN:   'max:f32[2,3]=2,-0.25,8,2,0,8' \
// RUN:   'min:f32[2,3]=-1,-3,-1,0.5,-3,0.125' \
// RUN:   'scalar_add:f32[]=-4' \
// RUN:   'div_edge:f32[8]=inf,-inf,nan,-inf,nan,nan,-0,nan' \
// RUN:   'max_edge:f32[8]=1,0,0,1,nan,nan,inf,inf' \
// RUN:   'min_edge:f32[8]=0,-1,0,-0,nan,nan,-5,inf' \
// RUN:   'max_zero_sign:f32[2]=inf,inf' 'min_zero_sign:f32[2]=-inf,-inf' \
// RUN:   'round_chain:f32[4]=0,0,4,-1' 'no_fma:f32[]=0'
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 1e-6 --atol 0 \
// RUN:   'pow:f32[8]=8,2,-8,nan,2.7556759606310752,1,1,0.5' \
// RUN:   'pow_scalar:f32[2,3]=0.44444444444444444,0.25,0.11111111111111111,4,inf,0.0625'
//
// RUN: dl-tensors make %t.f64.in.safetensors 'x:f64[2,3]=0.1,-2,3,1e308,0,-4' \
// RUN:   'row:f64[3]=0.2,-0.25,1e10' 'col:f64[2,1]=-1,0.1' 'r13:f64[1,3]=3,-3,0.125' \
// RUN:   's:f64[]=-2' 'p:f64[8]=1,-1,0,1,nan,1,-5,inf' 'q:f64[8]=0,0,0,-0,2,nan,inf,inf' \
// RUN:   'u:f64[8]=2,4,-2,-2,1.5,0,nan,2' 'v:f64[8]=3,0.5,3,0.5,2.5,0,0,-1' \
// RUN:   'za:f64[2]=-0,0' 'zb:f64[2]=0,-0' 'k:f64[4]=1,0.5,3,-1' 'big:f64[]=9007199254740992' \
// RUN:   'h:f64[]=1.0000000074505806' 'hh:f64[]=1.0000000149011612'
// RUN: %jit-and-aot %s --entry binary_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'add:f64[2,3]=0.30000000000000004,-2.25,10000000003,1e308,-0.25,9999999996' \
// RUN:   'sub:f64[2,3]=-4,2,-1.125,-2.9,3.1,-0.024999999999999994' \
// RUN:   'mul:f64[2,3]=-0.2,4,-6,-inf,-0,8' \
// RUN:   'div:f64[2,3]=0.03333333333333333,0.6666666666666666,24,3.333333333333333e307,-0,-32' \
// RUN:   'max:f64[2,3]=0.2,-0.25,1e10,1e308,0,1e10' \
// RUN:   'min:f64[2,3]=-1,-3,-1,0.1,-3,0.1' \
// RUN:   'scalar_add:f64[]=-4' \
// RUN:   'div_edge:f64[8]=inf,-inf,nan,-inf,nan,nan,-0,nan' \
// RUN:   'max_edge:f64[8]=1,0,0,1,nan,nan,inf,inf' \
// RUN:   'min_edge:f64[8]=0,-1,0,-0,nan,nan,-5,inf' \
// RUN:   'max_zero_sign:f64[2]=inf,inf' 'min_zero_sign:f64[2]=-inf,-inf' \
// RUN:   'round_chain:f64[4]=0,0,4,-1' 'no_fma:f64[]=0'
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 1e-15 --atol 0 \
// RUN:   'pow:f64[8]=8,2,-8,nan,2.7556759606310752,1,1,0.5' \
// RUN:   'pow_scalar:f64[2,3]=99.99999999999999,0.25,0.1111111111111111,0,inf,0.0625'
//
// RUN: dl-tensors make %t.i32.in.safetensors \
// RUN:   'a:i32[2,3]=7,-7,2147483647,100,-1,-2147483648' 'b:i32[3]=2,2,1' \
// RUN:   'c:i32[2,1]=-3,5' 'd:i32[1,3]=2,-2,4' 's:i32[]=3' \
// RUN:   'num:i32[8]=7,-7,7,-7,1,-1,0,6' 'den:i32[8]=2,2,-2,-2,3,3,5,-3'
// RUN: %jit-and-aot %s --entry binary_i32 --inputs %t.i32.in.safetensors -o %t.i32.out.safetensors
// RUN: dl-tensors check %t.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'add:i32[2,3]=9,-5,-2147483648,102,1,-2147483647' \
// RUN:   'sub:i32[2,3]=5,-9,2147483646,98,-3,2147483647' \
// RUN:   'sub_outer:i32[2,3]=-5,-1,-7,3,7,1' \
// RUN:   'mul:i32[2,3]=21,-21,2147483645,300,-3,-2147483648' \
// RUN:   'div:i32[2,3]=-2,2,-715827882,20,0,-429496729' \
// RUN:   'div_trunc:i32[8]=3,-3,-3,3,0,0,0,-2' \
// RUN:   'max:i32[2,3]=7,-2,2147483647,100,-1,4' \
// RUN:   'min:i32[2,3]=2,-7,4,2,-2,-2147483648'
//
// RUN: dl-tensors make %t.i64.in.safetensors \
// RUN:   'a:i64[2,3]=7,-7,3000000000,100,-1,-5000000000' 'b:i64[3]=2,2,3000000000' \
// RUN:   'c:i64[2,1]=-7,3' 'd:i64[1,3]=2,-2,4' 's:i64[]=1000000' \
// RUN:   'num:i64[8]=7,-7,7,-7,1,-1,0,6' 'den:i64[8]=2,2,-2,-2,3,3,5,-3'
// RUN: %jit-and-aot %s --entry binary_i64 --inputs %t.i64.in.safetensors -o %t.i64.out.safetensors
// RUN: dl-tensors check %t.i64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'add:i64[2,3]=9,-5,6000000000,102,1,-2000000000' \
// RUN:   'sub:i64[2,3]=5,-9,0,98,-3,-8000000000' \
// RUN:   'sub_outer:i64[2,3]=-9,-5,-11,1,5,-1' \
// RUN:   'mul:i64[2,3]=7000000,-7000000,3000000000000000,100000000,-1000000,-5000000000000000' \
// RUN:   'div:i64[2,3]=-1,1,-428571428,33,0,-1666666666' \
// RUN:   'div_trunc:i64[8]=3,-3,-3,3,0,0,0,-2' \
// RUN:   'max:i64[2,3]=7,-2,3000000000,100,-1,4' \
// RUN:   'min:i64[2,3]=2,-7,4,2,-2,-5000000000'

// dl.add, dl.sub, dl.mul, dl.div, dl.max, dl.min and dl.pow through the JIT
// for every element type they accept, with numpy broadcasting: [2,3] op [3],
// [2,1] op [1,3], [2,3] op [1,3], rank 0 op [2,3] and rank 0 op rank 0.
//
// Expected values were computed independently with Python floats (IEEE f64),
// rounding each f32 result once to f32 with struct.pack('f'); pow comes from
// glibc's pow through ctypes; integers use Python's exact arithmetic, then
// wrap to the width (two's complement) and divide toward zero
// (q = sign(a*b) * (|a| // |b|)).
//
// Tolerances: +, -, *, / are correctly rounded in IEEE 754 and max/min are
// exact, so those are checked bit for bit (rtol 0, atol 0; a reciprocal
// multiply would already fail 2/3). dl-tensors cannot tell -0 from +0, so
// max_zero_sign and min_zero_sign divide 1 by max/min(-0, +0): +0 gives
// +inf, -0 gives -inf. pow allows 1e-6 in f32 (polynomial or exp(b log a)
// expansions) and 1e-15 in f64 (a few ulp of libm).
//
// Edge cases: 1/0 = inf, -1/0 = -inf, 0/0 = nan, 1/-0 = -inf, -5/inf = -0,
// inf/inf = nan; max/min with a NaN operand are NaN (IEEE 754-2019
// maximum/minimum); pow(-2, 0.5) = nan, pow(0, 0) = pow(nan, 0) = 1,
// pow(0, -2) = inf, pow(-2, -2) = 0.25, pow(1e308, -2) underflows to 0;
// in f64 -2 * 1e308 overflows to -inf; integer add/sub/mul wrap
// (2147483647 + 1 = -2147483648, 3 * -2147483648 = -2147483648) and divide
// toward zero (-7 / 2 = -3, 7 / -2 = -3, -1 / 3 = 0, where floor division
// would give -4, -4, -1); max/min compare signed (max(-2147483648, 4) = 4).
//
// Chains must round after every op, as the op semantics say, even when
// dl-fuse-elementwise puts them in one loop: round_chain computes
// (k + 2^24) - 2^24 in f32 ((k + 2^53) - 2^53 in f64), which gives
// [0, 0, 4, -1] for k = [1, 0.5, 3, -1] (ties to even) but k itself if
// reassociated; no_fma computes h * h - hh with h = 1 + 2^-12 and
// hh = 1 + 2^-11 in f32 (1 + 2^-27 and 1 + 2^-26 in f64): the product's
// last bit is a tie that rounds to hh, giving 0, while a fused
// multiply-add would give 2^-24 (2^-54).

func.func @binary_f32(%x: tensor<2x3xf32> {dl.input = "x"},
                      %row: tensor<3xf32> {dl.input = "row"},
                      %col: tensor<2x1xf32> {dl.input = "col"},
                      %r13: tensor<1x3xf32> {dl.input = "r13"},
                      %s: tensor<f32> {dl.input = "s"},
                      %p: tensor<8xf32> {dl.input = "p"},
                      %q: tensor<8xf32> {dl.input = "q"},
                      %u: tensor<8xf32> {dl.input = "u"},
                      %v: tensor<8xf32> {dl.input = "v"},
                      %za: tensor<2xf32> {dl.input = "za"},
                      %zb: tensor<2xf32> {dl.input = "zb"},
                      %k: tensor<4xf32> {dl.input = "k"},
                      %big: tensor<f32> {dl.input = "big"},
                      %h: tensor<f32> {dl.input = "h"},
                      %hh: tensor<f32> {dl.input = "hh"})
    -> (tensor<2x3xf32> {dl.output = "add"}, tensor<2x3xf32> {dl.output = "sub"},
        tensor<2x3xf32> {dl.output = "mul"}, tensor<2x3xf32> {dl.output = "div"},
        tensor<2x3xf32> {dl.output = "max"}, tensor<2x3xf32> {dl.output = "min"},
        tensor<f32> {dl.output = "scalar_add"},
        tensor<8xf32> {dl.output = "div_edge"}, tensor<8xf32> {dl.output = "max_edge"},
        tensor<8xf32> {dl.output = "min_edge"},
        tensor<2xf32> {dl.output = "max_zero_sign"},
        tensor<2xf32> {dl.output = "min_zero_sign"},
        tensor<8xf32> {dl.output = "pow"}, tensor<2x3xf32> {dl.output = "pow_scalar"},
        tensor<4xf32> {dl.output = "round_chain"}, tensor<f32> {dl.output = "no_fma"}) {
  %add = dl.add %x, %row : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %sub = dl.sub %col, %r13 : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  %mul = dl.mul %s, %x : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %div = dl.div %x, %r13 : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  %max = dl.max %x, %row : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %min = dl.min %col, %r13 : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  %scalar_add = dl.add %s, %s : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %div_edge = dl.div %p, %q : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %max_edge = dl.max %p, %q : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %min_edge = dl.min %p, %q : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %one = dl.constant dense<1.0> : tensor<f32>
  %max_zero = dl.max %za, %zb : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %max_zero_sign = dl.div %one, %max_zero : (tensor<f32>, tensor<2xf32>) -> tensor<2xf32>
  %min_zero = dl.min %za, %zb : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %min_zero_sign = dl.div %one, %min_zero : (tensor<f32>, tensor<2xf32>) -> tensor<2xf32>
  %pow = dl.pow %u, %v : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
  %pow_scalar = dl.pow %x, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %k_big = dl.add %k, %big : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %round_chain = dl.sub %k_big, %big : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %h_sq = dl.mul %h, %h : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %no_fma = dl.sub %h_sq, %hh : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %add, %sub, %mul, %div, %max, %min, %scalar_add, %div_edge, %max_edge,
         %min_edge, %max_zero_sign, %min_zero_sign, %pow, %pow_scalar,
         %round_chain, %no_fma
      : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>,
        tensor<2x3xf32>, tensor<2x3xf32>, tensor<f32>, tensor<8xf32>,
        tensor<8xf32>, tensor<8xf32>, tensor<2xf32>, tensor<2xf32>,
        tensor<8xf32>, tensor<2x3xf32>, tensor<4xf32>, tensor<f32>
}

func.func @binary_f64(%x: tensor<2x3xf64> {dl.input = "x"},
                      %row: tensor<3xf64> {dl.input = "row"},
                      %col: tensor<2x1xf64> {dl.input = "col"},
                      %r13: tensor<1x3xf64> {dl.input = "r13"},
                      %s: tensor<f64> {dl.input = "s"},
                      %p: tensor<8xf64> {dl.input = "p"},
                      %q: tensor<8xf64> {dl.input = "q"},
                      %u: tensor<8xf64> {dl.input = "u"},
                      %v: tensor<8xf64> {dl.input = "v"},
                      %za: tensor<2xf64> {dl.input = "za"},
                      %zb: tensor<2xf64> {dl.input = "zb"},
                      %k: tensor<4xf64> {dl.input = "k"},
                      %big: tensor<f64> {dl.input = "big"},
                      %h: tensor<f64> {dl.input = "h"},
                      %hh: tensor<f64> {dl.input = "hh"})
    -> (tensor<2x3xf64> {dl.output = "add"}, tensor<2x3xf64> {dl.output = "sub"},
        tensor<2x3xf64> {dl.output = "mul"}, tensor<2x3xf64> {dl.output = "div"},
        tensor<2x3xf64> {dl.output = "max"}, tensor<2x3xf64> {dl.output = "min"},
        tensor<f64> {dl.output = "scalar_add"},
        tensor<8xf64> {dl.output = "div_edge"}, tensor<8xf64> {dl.output = "max_edge"},
        tensor<8xf64> {dl.output = "min_edge"},
        tensor<2xf64> {dl.output = "max_zero_sign"},
        tensor<2xf64> {dl.output = "min_zero_sign"},
        tensor<8xf64> {dl.output = "pow"}, tensor<2x3xf64> {dl.output = "pow_scalar"},
        tensor<4xf64> {dl.output = "round_chain"}, tensor<f64> {dl.output = "no_fma"}) {
  %add = dl.add %x, %row : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
  %sub = dl.sub %col, %r13 : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xf64>
  %mul = dl.mul %s, %x : (tensor<f64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  %div = dl.div %x, %r13 : (tensor<2x3xf64>, tensor<1x3xf64>) -> tensor<2x3xf64>
  %max = dl.max %x, %row : (tensor<2x3xf64>, tensor<3xf64>) -> tensor<2x3xf64>
  %min = dl.min %col, %r13 : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xf64>
  %scalar_add = dl.add %s, %s : (tensor<f64>, tensor<f64>) -> tensor<f64>
  %div_edge = dl.div %p, %q : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
  %max_edge = dl.max %p, %q : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
  %min_edge = dl.min %p, %q : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
  %one = dl.constant dense<1.0> : tensor<f64>
  %max_zero = dl.max %za, %zb : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  %max_zero_sign = dl.div %one, %max_zero : (tensor<f64>, tensor<2xf64>) -> tensor<2xf64>
  %min_zero = dl.min %za, %zb : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  %min_zero_sign = dl.div %one, %min_zero : (tensor<f64>, tensor<2xf64>) -> tensor<2xf64>
  %pow = dl.pow %u, %v : (tensor<8xf64>, tensor<8xf64>) -> tensor<8xf64>
  %pow_scalar = dl.pow %x, %s : (tensor<2x3xf64>, tensor<f64>) -> tensor<2x3xf64>
  %k_big = dl.add %k, %big : (tensor<4xf64>, tensor<f64>) -> tensor<4xf64>
  %round_chain = dl.sub %k_big, %big : (tensor<4xf64>, tensor<f64>) -> tensor<4xf64>
  %h_sq = dl.mul %h, %h : (tensor<f64>, tensor<f64>) -> tensor<f64>
  %no_fma = dl.sub %h_sq, %hh : (tensor<f64>, tensor<f64>) -> tensor<f64>
  return %add, %sub, %mul, %div, %max, %min, %scalar_add, %div_edge, %max_edge,
         %min_edge, %max_zero_sign, %min_zero_sign, %pow, %pow_scalar,
         %round_chain, %no_fma
      : tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>,
        tensor<2x3xf64>, tensor<2x3xf64>, tensor<f64>, tensor<8xf64>,
        tensor<8xf64>, tensor<8xf64>, tensor<2xf64>, tensor<2xf64>,
        tensor<8xf64>, tensor<2x3xf64>, tensor<4xf64>, tensor<f64>
}

func.func @binary_i32(%a: tensor<2x3xi32> {dl.input = "a"},
                      %b: tensor<3xi32> {dl.input = "b"},
                      %c: tensor<2x1xi32> {dl.input = "c"},
                      %d: tensor<1x3xi32> {dl.input = "d"},
                      %s: tensor<i32> {dl.input = "s"},
                      %num: tensor<8xi32> {dl.input = "num"},
                      %den: tensor<8xi32> {dl.input = "den"})
    -> (tensor<2x3xi32> {dl.output = "add"}, tensor<2x3xi32> {dl.output = "sub"},
        tensor<2x3xi32> {dl.output = "sub_outer"}, tensor<2x3xi32> {dl.output = "mul"},
        tensor<2x3xi32> {dl.output = "div"}, tensor<8xi32> {dl.output = "div_trunc"},
        tensor<2x3xi32> {dl.output = "max"}, tensor<2x3xi32> {dl.output = "min"}) {
  %add = dl.add %a, %b : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %sub = dl.sub %a, %b : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %sub_outer = dl.sub %c, %d : (tensor<2x1xi32>, tensor<1x3xi32>) -> tensor<2x3xi32>
  %mul = dl.mul %s, %a : (tensor<i32>, tensor<2x3xi32>) -> tensor<2x3xi32>
  %div = dl.div %a, %c : (tensor<2x3xi32>, tensor<2x1xi32>) -> tensor<2x3xi32>
  %div_trunc = dl.div %num, %den : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
  %max = dl.max %a, %d : (tensor<2x3xi32>, tensor<1x3xi32>) -> tensor<2x3xi32>
  %min = dl.min %a, %d : (tensor<2x3xi32>, tensor<1x3xi32>) -> tensor<2x3xi32>
  return %add, %sub, %sub_outer, %mul, %div, %div_trunc, %max, %min
      : tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>, tensor<2x3xi32>,
        tensor<2x3xi32>, tensor<8xi32>, tensor<2x3xi32>, tensor<2x3xi32>
}

func.func @binary_i64(%a: tensor<2x3xi64> {dl.input = "a"},
                      %b: tensor<3xi64> {dl.input = "b"},
                      %c: tensor<2x1xi64> {dl.input = "c"},
                      %d: tensor<1x3xi64> {dl.input = "d"},
                      %s: tensor<i64> {dl.input = "s"},
                      %num: tensor<8xi64> {dl.input = "num"},
                      %den: tensor<8xi64> {dl.input = "den"})
    -> (tensor<2x3xi64> {dl.output = "add"}, tensor<2x3xi64> {dl.output = "sub"},
        tensor<2x3xi64> {dl.output = "sub_outer"}, tensor<2x3xi64> {dl.output = "mul"},
        tensor<2x3xi64> {dl.output = "div"}, tensor<8xi64> {dl.output = "div_trunc"},
        tensor<2x3xi64> {dl.output = "max"}, tensor<2x3xi64> {dl.output = "min"}) {
  %add = dl.add %a, %b : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  %sub = dl.sub %a, %b : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  %sub_outer = dl.sub %c, %d : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi64>
  %mul = dl.mul %s, %a : (tensor<i64>, tensor<2x3xi64>) -> tensor<2x3xi64>
  %div = dl.div %a, %c : (tensor<2x3xi64>, tensor<2x1xi64>) -> tensor<2x3xi64>
  %div_trunc = dl.div %num, %den : (tensor<8xi64>, tensor<8xi64>) -> tensor<8xi64>
  %max = dl.max %a, %d : (tensor<2x3xi64>, tensor<1x3xi64>) -> tensor<2x3xi64>
  %min = dl.min %a, %d : (tensor<2x3xi64>, tensor<1x3xi64>) -> tensor<2x3xi64>
  return %add, %sub, %sub_outer, %mul, %div, %div_trunc, %max, %min
      : tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>, tensor<2x3xi64>,
        tensor<2x3xi64>, tensor<8xi64>, tensor<2x3xi64>, tensor<2x3xi64>
}
