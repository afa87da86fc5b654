// RUN: dl-tensors make %t.f32.in.safetensors \
// RUN:   'x:f32[2,3]=1000,1001,1002,-1000,-1001,-1002' \
// RUN:   'y:f32[3,2]=1000,-1000,1001.5,-999,999,-1002.5' \
// RUN:   'z:f32[2,2,2]=1000,-1000,1001,-999,0.5,3,-0.5,1' \
// RUN:   'm:f32[2,3]=0,-inf,0,-inf,-inf,5' 'c:f32[3,1]=1000,-1000,0' 'r:f32[4]=1000,1001,-inf,999.5'
// RUN: %jit-and-aot %s --entry softmax_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 1e-6 --atol 0 \
// RUN:   'softmax_x_axis1:f32[2,3]=0.09003057317038046,0.24472847105479764,0.6652409557748219,0.6652409557748219,0.24472847105479764,0.09003057317038046' \
// RUN:   'log_softmax_x_axis1:f32[2,3]=-2.40760596444438,-1.4076059644443804,-0.4076059644443803,-0.4076059644443803,-1.4076059644443804,-2.40760596444438' \
// RUN:   'softmax_x_axis0:f32[2,3]=1,1,1,0,0,0' \
// RUN:   'log_softmax_x_axis0:f32[2,3]=0,0,0,-2000,-2002,-2004' \
// RUN:   'softmax_y_axis0:f32[3,2]=0.17095278019779028,0.2631324936512963,0.7661572065563422,0.715268275969434,0.0628900132458675,0.02159923037926972' \
// RUN:   'log_softmax_y_axis0:f32[3,2]=-1.7663678998071337,-1.335097595516167,-0.26636789980713366,-0.33509759551616713,-2.7663678998071335,-3.8350975955161672' \
// RUN:   'softmax_z_axis1:f32[2,2,2]=0.2689414213699951,0.2689414213699951,0.7310585786300049,0.7310585786300049,0.7310585786300049,0.8807970779778824,0.2689414213699951,0.11920292202211756' \
// RUN:   'log_softmax_z_axis1:f32[2,2,2]=-1.3132616875182228,-1.3132616875182228,-0.3132616875182228,-0.3132616875182228,-0.3132616875182228,-0.1269280110429725,-1.3132616875182228,-2.1269280110429727' \
// RUN:   'softmax_masked:f32[2,3]=0.5,0,0.5,0,0,1' \
// RUN:   'log_softmax_masked:f32[2,3]=-0.6931471805599453,-inf,-0.6931471805599453,-inf,-inf,0' \
// RUN:   'softmax_single:f32[3,1]=1,1,1' 'log_softmax_single:f32[3,1]=0,0,0' \
// RUN:   'softmax_rank1:f32[4]=0.23122389762214907,0.6285317192117624,0,0.14024438316608848' \
// RUN:   'log_softmax_rank1:f32[4]=-1.464368784107945,-0.46436878410794485,-inf,-1.964368784107945'
//
// RUN: dl-tensors make %t.f64.in.safetensors \
// RUN:   'x:f64[2,3]=1000,1001,1002,-1000,-1001,-1002' \
// RUN:   'y:f64[3,2]=1000,-1000,1001.5,-999,999,-1002.5' \
// RUN:   'z:f64[2,2,2]=1000,-1000,1001,-999,0.5,3,-0.5,1' \
// RUN:   'm:f64[2,3]=0,-inf,0,-inf,-inf,5' 'c:f64[3,1]=1000,-1000,0' 'r:f64[4]=1000,1001,-inf,999.5'
// RUN: %jit-and-aot %s --entry softmax_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 1e-15 --atol 0 \
// RUN:   'softmax_x_axis1:f64[2,3]=0.09003057317038046,0.24472847105479764,0.6652409557748219,0.6652409557748219,0.24472847105479764,0.09003057317038046' \
// RUN:   'log_softmax_x_axis1:f64[2,3]=-2.40760596444438,-1.4076059644443804,-0.4076059644443803,-0.4076059644443803,-1.4076059644443804,-2.40760596444438' \
// RUN:   'softmax_x_axis0:f64[2,3]=1,1,1,0,0,0' \
// RUN:   'log_softmax_x_axis0:f64[2,3]=0,0,0,-2000,-2002,-2004' \
// RUN:   'softmax_y_axis0:f64[3,2]=0.17095278019779028,0.2631324936512963,0.7661572065563422,0.715268275969434,0.0628900132458675,0.02159923037926972' \
// RUN:   'log_softmax_y_axis0:f64[3,2]=-1.7663678998071337,-1.335097595516167,-0.26636789980713366,-0.33509759551616713,-2.7663678998071335,-3.8350975955161672' \
// RUN:   'softmax_z_axis1:f64[2,2,2]=0.2689414213699951,0.2689414213699951,0.7310585786300049,0.7310585786300049,0.7310585786300049,0.8807970779778824,0.2689414213699951,0.11920292202211756' \
// RUN:   'log_softmax_z_axis1:f64[2,2,2]=-1.3132616875182228,-1.3132616875182228,-0.3132616875182228,-0.3132616875182228,-0.3132616875182228,-0.1269280110429725,-1.3132616875182228,-2.1269280110429727' \
// RUN:   'softmax_masked:f64[2,3]=0.5,0,0.5,0,0,1' \
// RUN:   'log_softmax_masked:f64[2,3]=-0.6931471805599453,-inf,-0.6931471805599453,-inf,-inf,0' \
// RUN:   'softmax_single:f64[3,1]=1,1,1' 'log_softmax_single:f64[3,1]=0,0,0' \
// RUN:   'softmax_rank1:f64[4]=0.23122389762214907,0.6285317192117624,0,0.14024438316608848' \
// RUN:   'log_softmax_rank1:f64[4]=-1.464368784107945,-0.46436878410794485,-inf,-1.964368784107945'
//
// RUN: dl-tensors make %t.wide.f32.in.safetensors 'u:f32[2,1]=1000,-1000' \
// RUN:   'v:f32[1,160]=0,1.5,-3.75,3.25,-0.25,-3.25,-1.5,-2.25,1.75,3.5,-0.25,2,-2.5,-0.25,-4,-0.75,2.5,0.25,-1.25,2,-1.5,-3,-2,3,-2,-2,-4,-4,-0.75,-0.75,-1.5,-1.5,0.5,1,-1,-0.75,-1.25,-1,2,0.75,-3.75,1.75,2.5,-1.5,-1.75,0,-3,1.25,0.75,-4,1.25,-3,0.75,1.5,0.75,3.5,1,-1.25,3.5,3.5,-1.25,-3.25,0,-3.75,1.5,2.25,-3.75,2.5,1.75,2,-4,3,-3.5,-1.25,-1,-2.25,-0.25,3.25,1.5,4,1.5,0,3.25,-2.5,1.75,0.5,-3.5,2.75,-2.75,-0.75,1.25,4,1.75,-1.75,1.25,0.25,-2.75,0.75,1,0.75,-1.25,-2.75,-1.75,0.75,3.5,-1.5,-3.25,-2.75,2.25,-3.5,-0.25,1.5,0,3.25,2.5,-1.75,-3.25,-3.5,3.75,1.25,-0.75,-2,-2,2.5,-2.5,-1.5,2.75,1.75,-1.75,-3.25,2.5,0.5,-1.75,3.25,-1.5,3.25,3.75,1,3.5,0.25,0.5,3.5,2.25,-1.75,-2.25,2,-1.25,3.75,1.25,-1.25,-2.75,3.75,0.25,4,4,1.75,-3,1.5,-3.5,0.75' \
// RUN:   'w:f32[160,1]=3,3,4,3,3,3,2,1,4,3,3,3,4,3,3,3,3,3,4,3,2,4,3,3,2,2,2,3,4,3,1,4,2,4,3,3,1,2,2,4,2,2,2,1,4,2,2,1,2,1,3,2,4,2,1,4,4,3,4,1,2,2,3,1,3,4,3,4,1,3,1,3,1,3,3,3,3,2,4,4,3,4,2,2,4,4,2,2,1,3,1,4,1,3,2,3,4,4,4,2,4,3,4,4,4,2,3,3,4,3,4,1,3,3,4,3,2,4,1,1,4,2,3,1,2,4,1,4,3,2,4,1,2,4,3,2,3,3,4,4,1,1,2,3,3,3,3,1,4,3,3,2,1,1,3,4,1,2,1,4' \
// RUN:   'r:f32[40,1]=1003.5,1009,1008,1010,1005,1002,1005,1002.5,996,999,1004.5,992,999.5,990,1003.5,1008.5,999,1005,999.5,994.5,995,1005,1007.5,1005.5,1000.5,1007,994.5,1003.5,1008.5,1007,991.5,992,997,998.5,992.5,992,990.5,1000.5,1003.5,992' \
// RUN:   's:f32[1,6]=0,-2000,5,1,-0.5,2000' 'z:f32[1,40]=4,4,1,1,1,2,1,2,3,4,2,2,2,4,2,1,2,1,1,4,1,3,1,1,4,2,1,4,1,3,4,4,3,3,1,2,3,2,3,2'
// RUN: %jit-and-aot %s --entry softmax_wide_f32 --inputs %t.wide.f32.in.safetensors -o %t.wide.f32.out.safetensors
// RUN: dl-tensors check %t.wide.f32.out.safetensors --rtol 2e-5 --atol 0 \
// RUN:   'softmax_rows:f32[2,1]=2.694142026905137,2.694142026905137' 'log_softmax_rows:f32[2,1]=-3003.820093873607,-3003.820093873607' \
// RUN:   'softmax_row_sums:f32[2]=1,1' \
// RUN:   'softmax_cols:f32[1,6]=1.5895162470253372' 'log_softmax_cols:f32[1,6]=-1031.7162960842945'
//
// RUN: dl-tensors make %t.wide.f64.in.safetensors 'u:f64[2,1]=1000,-1000' \
// RUN:   'v:f64[1,160]=0,1.5,-3.75,3.25,-0.25,-3.25,-1.5,-2.25,1.75,3.5,-0.25,2,-2.5,-0.25,-4,-0.75,2.5,0.25,-1.25,2,-1.5,-3,-2,3,-2,-2,-4,-4,-0.75,-0.75,-1.5,-1.5,0.5,1,-1,-0.75,-1.25,-1,2,0.75,-3.75,1.75,2.5,-1.5,-1.75,0,-3,1.25,0.75,-4,1.25,-3,0.75,1.5,0.75,3.5,1,-1.25,3.5,3.5,-1.25,-3.25,0,-3.75,1.5,2.25,-3.75,2.5,1.75,2,-4,3,-3.5,-1.25,-1,-2.25,-0.25,3.25,1.5,4,1.5,0,3.25,-2.5,1.75,0.5,-3.5,2.75,-2.75,-0.75,1.25,4,1.75,-1.75,1.25,0.25,-2.75,0.75,1,0.75,-1.25,-2.75,-1.75,0.75,3.5,-1.5,-3.25,-2.75,2.25,-3.5,-0.25,1.5,0,3.25,2.5,-1.75,-3.25,-3.5,3.75,1.25,-0.75,-2,-2,2.5,-2.5,-1.5,2.75,1.75,-1.75,-3.25,2.5,0.5,-1.75,3.25,-1.5,3.25,3.75,1,3.5,0.25,0.5,3.5,2.25,-1.75,-2.25,2,-1.25,3.75,1.25,-1.25,-2.75,3.75,0.25,4,4,1.75,-3,1.5,-3.5,0.75' \
// RUN:   'w:f64[160,1]=3,3,4,3,3,3,2,1,4,3,3,3,4,3,3,3,3,3,4,3,2,4,3,3,2,2,2,3,4,3,1,4,2,4,3,3,1,2,2,4,2,2,2,1,4,2,2,1,2,1,3,2,4,2,1,4,4,3,4,1,2,2,3,1,3,4,3,4,1,3,1,3,1,3,3,3,3,2,4,4,3,4,2,2,4,4,2,2,1,3,1,4,1,3,2,3,4,4,4,2,4,3,4,4,4,2,3,3,4,3,4,1,3,3,4,3,2,4,1,1,4,2,3,1,2,4,1,4,3,2,4,1,2,4,3,2,3,3,4,4,1,1,2,3,3,3,3,1,4,3,3,2,1,1,3,4,1,2,1,4' \
// RUN:   'r:f64[40,1]=1003.5,1009,1008,1010,1005,1002,1005,1002.5,996,999,1004.5,992,999.5,990,1003.5,1008.5,999,1005,999.5,994.5,995,1005,1007.5,1005.5,1000.5,1007,994.5,1003.5,1008.5,1007,991.5,992,997,998.5,992.5,992,990.5,1000.5,1003.5,992' \
// RUN:   's:f64[1,6]=0,-2000,5,1,-0.5,2000' 'z:f64[1,40]=4,4,1,1,1,2,1,2,3,4,2,2,2,4,2,1,2,1,1,4,1,3,1,1,4,2,1,4,1,3,4,4,3,3,1,2,3,2,3,2'
// RUN: %jit-and-aot %s --entry softmax_wide_f64 --inputs %t.wide.f64.in.safetensors -o %t.wide.f64.out.safetensors
// RUN: dl-tensors check %t.wide.f64.out.safetensors --rtol 4e-14 --atol 0 \
// RUN:   'softmax_rows:f64[2,1]=2.694142026905137,2.694142026905137' 'log_softmax_rows:f64[2,1]=-3003.820093873607,-3003.820093873607' \
// RUN:   'softmax_row_sums:f64[2]=1,1' \
// RUN:   'softmax_cols:f64[1,6]=1.5895162470253372' 'log_softmax_cols:f64[1,6]=-1031.7162960842945'

// dl.softmax and dl.log_softmax through the JIT for f32 and f64, along
// axis 1 and axis 0 of rank-2 inputs and the middle axis of a rank-3 one.
// The inputs are around +-1000, where exp(x) overflows (and exp(-x)
// underflows) in both types: only the subtraction of the maximum along the
// axis keeps the results finite. Along axis 0 of x each column pairs
// 1000 + j with -1000 - j, so softmax is exactly [1, 0] and log_softmax
// [0, -2000 - 2j]: log(softmax) computed naively would give -inf. `m` masks
// logits with -inf: they get probability 0 and log-probability -inf.
// Along an axis of size 1 softmax is 1 and log_softmax 0 whatever the
// input; a rank-1 input has only axis 0.
//
// Expected values were computed independently with Python's decimal module
// at 50 digits: for each slice along the axis, m = max, s = sum(exp(x - m)),
// softmax = exp(x - m) / s and log_softmax = (x - m) - ln(s), rounded once to
// double (and by dl-tensors to f32).
//
// Tolerances: f32 exp and log use polynomial approximations: rtol 1e-6. f64
// uses libm exp and log plus a short sum and a division: a few ulp, rtol
// 1e-15. Exact values (0, 1, -2000) need no atol: x - m is exact, and
// exp(0) and log(1) are exact in both paths.
//
// @softmax_wide_* take softmax and log_softmax along rows of 160 (several
// vector tiles) and down columns of 40, again around +-1000 (and around
// -1000 and 3000 in two of the columns). The inputs are broadcast sums
// x[i,j] = u[i] + v[j] and y[i,j] = r[i] + s[j], so every row of x has the
// softmax of v and every column of y the softmax of r; the results are
// checked through checksums with positive weights (p w for rows, z q for
// columns, computed with dl.matmul) and the row sums, which must be 1.
// Expected checksums: sum_j w[j] * softmax(v)[j] and likewise, in 50-digit
// decimal arithmetic as above. Tolerances: each element is within 1e-6
// (f32) or a few ulp (f64), and summing 160 positive terms adds at most
// 159 ulp: rtol 2e-5 for f32 (1e-6 + 159 * 2^-24 with margin) and 4e-14 for
// f64 (159 * 2^-53 with margin).

func.func @softmax_f32(%x: tensor<2x3xf32> {dl.input = "x"},
                       %y: tensor<3x2xf32> {dl.input = "y"},
                       %z: tensor<2x2x2xf32> {dl.input = "z"},
                       %m: tensor<2x3xf32> {dl.input = "m"},
                       %c: tensor<3x1xf32> {dl.input = "c"},
                       %r: tensor<4xf32> {dl.input = "r"})
    -> (tensor<2x3xf32> {dl.output = "softmax_x_axis1"},
        tensor<2x3xf32> {dl.output = "log_softmax_x_axis1"},
        tensor<2x3xf32> {dl.output = "softmax_x_axis0"},
        tensor<2x3xf32> {dl.output = "log_softmax_x_axis0"},
        tensor<3x2xf32> {dl.output = "softmax_y_axis0"},
        tensor<3x2xf32> {dl.output = "log_softmax_y_axis0"},
        tensor<2x2x2xf32> {dl.output = "softmax_z_axis1"},
        tensor<2x2x2xf32> {dl.output = "log_softmax_z_axis1"},
        tensor<2x3xf32> {dl.output = "softmax_masked"},
        tensor<2x3xf32> {dl.output = "log_softmax_masked"},
        tensor<3x1xf32> {dl.output = "softmax_single"},
        tensor<3x1xf32> {dl.output = "log_softmax_single"},
        tensor<4xf32> {dl.output = "softmax_rank1"},
        tensor<4xf32> {dl.output = "log_softmax_rank1"}) {
  %softmax_x_axis1 = dl.softmax %x axis = 1 : tensor<2x3xf32>
  %log_softmax_x_axis1 = dl.log_softmax %x axis = 1 : tensor<2x3xf32>
  %softmax_x_axis0 = dl.softmax %x axis = 0 : tensor<2x3xf32>
  %log_softmax_x_axis0 = dl.log_softmax %x axis = 0 : tensor<2x3xf32>
  %softmax_y_axis0 = dl.softmax %y axis = 0 : tensor<3x2xf32>
  %log_softmax_y_axis0 = dl.log_softmax %y axis = 0 : tensor<3x2xf32>
  %softmax_z_axis1 = dl.softmax %z axis = 1 : tensor<2x2x2xf32>
  %log_softmax_z_axis1 = dl.log_softmax %z axis = 1 : tensor<2x2x2xf32>
  %softmax_masked = dl.softmax %m axis = 1 : tensor<2x3xf32>
  %log_softmax_masked = dl.log_softmax %m axis = 1 : tensor<2x3xf32>
  %softmax_single = dl.softmax %c axis = 1 : tensor<3x1xf32>
  %log_softmax_single = dl.log_softmax %c axis = 1 : tensor<3x1xf32>
  %softmax_rank1 = dl.softmax %r axis = 0 : tensor<4xf32>
  %log_softmax_rank1 = dl.log_softmax %r axis = 0 : tensor<4xf32>
  return %softmax_x_axis1, %log_softmax_x_axis1, %softmax_x_axis0, %log_softmax_x_axis0,
         %softmax_y_axis0, %log_softmax_y_axis0, %softmax_z_axis1, %log_softmax_z_axis1,
         %softmax_masked, %log_softmax_masked,
         %softmax_single, %log_softmax_single, %softmax_rank1, %log_softmax_rank1
      : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>,
        tensor<3x2xf32>, tensor<3x2xf32>, tensor<2x2x2xf32>, tensor<2x2x2xf32>,
        tensor<2x3xf32>, tensor<2x3xf32>,
        tensor<3x1xf32>, tensor<3x1xf32>, tensor<4xf32>, tensor<4xf32>
}

func.func @softmax_f64(%x: tensor<2x3xf64> {dl.input = "x"},
                       %y: tensor<3x2xf64> {dl.input = "y"},
                       %z: tensor<2x2x2xf64> {dl.input = "z"},
                       %m: tensor<2x3xf64> {dl.input = "m"},
                       %c: tensor<3x1xf64> {dl.input = "c"},
                       %r: tensor<4xf64> {dl.input = "r"})
    -> (tensor<2x3xf64> {dl.output = "softmax_x_axis1"},
        tensor<2x3xf64> {dl.output = "log_softmax_x_axis1"},
        tensor<2x3xf64> {dl.output = "softmax_x_axis0"},
        tensor<2x3xf64> {dl.output = "log_softmax_x_axis0"},
        tensor<3x2xf64> {dl.output = "softmax_y_axis0"},
        tensor<3x2xf64> {dl.output = "log_softmax_y_axis0"},
        tensor<2x2x2xf64> {dl.output = "softmax_z_axis1"},
        tensor<2x2x2xf64> {dl.output = "log_softmax_z_axis1"},
        tensor<2x3xf64> {dl.output = "softmax_masked"},
        tensor<2x3xf64> {dl.output = "log_softmax_masked"},
        tensor<3x1xf64> {dl.output = "softmax_single"},
        tensor<3x1xf64> {dl.output = "log_softmax_single"},
        tensor<4xf64> {dl.output = "softmax_rank1"},
        tensor<4xf64> {dl.output = "log_softmax_rank1"}) {
  %softmax_x_axis1 = dl.softmax %x axis = 1 : tensor<2x3xf64>
  %log_softmax_x_axis1 = dl.log_softmax %x axis = 1 : tensor<2x3xf64>
  %softmax_x_axis0 = dl.softmax %x axis = 0 : tensor<2x3xf64>
  %log_softmax_x_axis0 = dl.log_softmax %x axis = 0 : tensor<2x3xf64>
  %softmax_y_axis0 = dl.softmax %y axis = 0 : tensor<3x2xf64>
  %log_softmax_y_axis0 = dl.log_softmax %y axis = 0 : tensor<3x2xf64>
  %softmax_z_axis1 = dl.softmax %z axis = 1 : tensor<2x2x2xf64>
  %log_softmax_z_axis1 = dl.log_softmax %z axis = 1 : tensor<2x2x2xf64>
  %softmax_masked = dl.softmax %m axis = 1 : tensor<2x3xf64>
  %log_softmax_masked = dl.log_softmax %m axis = 1 : tensor<2x3xf64>
  %softmax_single = dl.softmax %c axis = 1 : tensor<3x1xf64>
  %log_softmax_single = dl.log_softmax %c axis = 1 : tensor<3x1xf64>
  %softmax_rank1 = dl.softmax %r axis = 0 : tensor<4xf64>
  %log_softmax_rank1 = dl.log_softmax %r axis = 0 : tensor<4xf64>
  return %softmax_x_axis1, %log_softmax_x_axis1, %softmax_x_axis0, %log_softmax_x_axis0,
         %softmax_y_axis0, %log_softmax_y_axis0, %softmax_z_axis1, %log_softmax_z_axis1,
         %softmax_masked, %log_softmax_masked,
         %softmax_single, %log_softmax_single, %softmax_rank1, %log_softmax_rank1
      : tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>, tensor<2x3xf64>,
        tensor<3x2xf64>, tensor<3x2xf64>, tensor<2x2x2xf64>, tensor<2x2x2xf64>,
        tensor<2x3xf64>, tensor<2x3xf64>,
        tensor<3x1xf64>, tensor<3x1xf64>, tensor<4xf64>, tensor<4xf64>
}

func.func @softmax_wide_f32(%u: tensor<2x1xf32> {dl.input = "u"},
                            %v: tensor<1x160xf32> {dl.input = "v"},
                            %w: tensor<160x1xf32> {dl.input = "w"},
                            %r: tensor<40x1xf32> {dl.input = "r"},
                            %s: tensor<1x6xf32> {dl.input = "s"},
                            %z: tensor<1x40xf32> {dl.input = "z"})
    -> (tensor<2x1xf32> {dl.output = "softmax_rows"},
        tensor<2x1xf32> {dl.output = "log_softmax_rows"},
        tensor<2xf32> {dl.output = "softmax_row_sums"},
        tensor<1x6xf32> {dl.output = "softmax_cols"},
        tensor<1x6xf32> {dl.output = "log_softmax_cols"}) {
  %x = dl.add %u, %v : (tensor<2x1xf32>, tensor<1x160xf32>) -> tensor<2x160xf32>
  %p = dl.softmax %x axis = 1 : tensor<2x160xf32>
  %lp = dl.log_softmax %x axis = 1 : tensor<2x160xf32>
  %softmax_rows = dl.matmul %p, %w : (tensor<2x160xf32>, tensor<160x1xf32>) -> tensor<2x1xf32>
  %log_softmax_rows = dl.matmul %lp, %w : (tensor<2x160xf32>, tensor<160x1xf32>) -> tensor<2x1xf32>
  %softmax_row_sums = dl.sum %p axes = [1] : (tensor<2x160xf32>) -> tensor<2xf32>
  %y = dl.add %r, %s : (tensor<40x1xf32>, tensor<1x6xf32>) -> tensor<40x6xf32>
  %q = dl.softmax %y axis = 0 : tensor<40x6xf32>
  %lq = dl.log_softmax %y axis = 0 : tensor<40x6xf32>
  %softmax_cols = dl.matmul %z, %q : (tensor<1x40xf32>, tensor<40x6xf32>) -> tensor<1x6xf32>
  %log_softmax_cols = dl.matmul %z, %lq : (tensor<1x40xf32>, tensor<40x6xf32>) -> tensor<1x6xf32>
  return %softmax_rows, %log_softmax_rows, %softmax_row_sums, %softmax_cols,
         %log_softmax_cols
      : tensor<2x1xf32>, tensor<2x1xf32>, tensor<2xf32>, tensor<1x6xf32>, tensor<1x6xf32>
}

func.func @softmax_wide_f64(%u: tensor<2x1xf64> {dl.input = "u"},
                            %v: tensor<1x160xf64> {dl.input = "v"},
                            %w: tensor<160x1xf64> {dl.input = "w"},
                            %r: tensor<40x1xf64> {dl.input = "r"},
                            %s: tensor<1x6xf64> {dl.input = "s"},
                            %z: tensor<1x40xf64> {dl.input = "z"})
    -> (tensor<2x1xf64> {dl.output = "softmax_rows"},
        tensor<2x1xf64> {dl.output = "log_softmax_rows"},
        tensor<2xf64> {dl.output = "softmax_row_sums"},
        tensor<1x6xf64> {dl.output = "softmax_cols"},
        tensor<1x6xf64> {dl.output = "log_softmax_cols"}) {
  %x = dl.add %u, %v : (tensor<2x1xf64>, tensor<1x160xf64>) -> tensor<2x160xf64>
  %p = dl.softmax %x axis = 1 : tensor<2x160xf64>
  %lp = dl.log_softmax %x axis = 1 : tensor<2x160xf64>
  %softmax_rows = dl.matmul %p, %w : (tensor<2x160xf64>, tensor<160x1xf64>) -> tensor<2x1xf64>
  %log_softmax_rows = dl.matmul %lp, %w : (tensor<2x160xf64>, tensor<160x1xf64>) -> tensor<2x1xf64>
  %softmax_row_sums = dl.sum %p axes = [1] : (tensor<2x160xf64>) -> tensor<2xf64>
  %y = dl.add %r, %s : (tensor<40x1xf64>, tensor<1x6xf64>) -> tensor<40x6xf64>
  %q = dl.softmax %y axis = 0 : tensor<40x6xf64>
  %lq = dl.log_softmax %y axis = 0 : tensor<40x6xf64>
  %softmax_cols = dl.matmul %z, %q : (tensor<1x40xf64>, tensor<40x6xf64>) -> tensor<1x6xf64>
  %log_softmax_cols = dl.matmul %z, %lq : (tensor<1x40xf64>, tensor<40x6xf64>) -> tensor<1x6xf64>
  return %softmax_rows, %log_softmax_rows, %softmax_row_sums, %softmax_cols,
         %log_softmax_cols
      : tensor<2x1xf64>, tensor<2x1xf64>, tensor<2xf64>, tensor<1x6xf64>, tensor<1x6xf64>
}
