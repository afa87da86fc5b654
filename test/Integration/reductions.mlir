// RUN: dl-tensors make %t.f32.in.safetensors \
// RUN:   'x:f32[2,3,4]=1,-2,3.5,0.25,4,0.5,-1,2,-3,6,1.5,-0.5,-1,-2.5,-3,-0.75,-4,-0.5,-6,-2,-3.25,-1.5,-8,-7' \
// RUN:   'n:f32[2,3]=1,nan,3,-inf,-inf,-inf' 'v:f32[100]=0.1'
// RUN: %jit-and-aot %s --entry reductions_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1_keep:f32[2,1,4]=2,4.5,4,1.75,-8.25,-4.5,-17,-9.75' \
// RUN:   'sum_2:f32[2,3]=2.75,5.5,4,-7.25,-12.5,-19.75' 'sum_02:f32[3]=-4.5,-7,-15.75' \
// RUN:   'sum_12_keep:f32[2,1,1]=12.25,-39.5' 'sum_all:f32[]=-27.25' \
// RUN:   'sum_all_keep:f32[1,1,1]=-27.25' 'sum_none:f32[2,3,4]=1,-2,3.5,0.25,4,0.5,-1,2,-3,6,1.5,-0.5,-1,-2.5,-3,-0.75,-4,-0.5,-6,-2,-3.25,-1.5,-8,-7' \
// RUN:   'max_1_keep:f32[2,1,4]=4,6,3.5,2,-1,-0.5,-3,-0.75' \
// RUN:   'max_2:f32[2,3]=3.5,4,6,-0.75,-0.5,-1.5' 'max_02:f32[3]=3.5,4,6' \
// RUN:   'max_12_keep:f32[2,1,1]=6,-0.5' 'max_all:f32[]=6' \
// RUN:   'nan_max_1:f32[2]=nan,-inf' 'nan_max_0:f32[3]=1,nan,3' \
// RUN:   'nan_sum_1:f32[2]=nan,-inf' 'nan_sum_0:f32[3]=-inf,nan,-inf'
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 1e-6 --atol 0 \
// RUN:   'mean_1_keep:f32[2,1,4]=0.6666666666666666,1.5,1.3333333333333333,0.5833333333333334,-2.75,-1.5,-5.666666666666667,-3.25' \
// RUN:   'mean_02:f32[3]=-0.5625,-0.875,-1.96875' 'mean_all:f32[]=-1.1354166666666667'
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 6e-6 --atol 0 \
// RUN:   'long_sum:f32[]=10.000000149011612' 'long_mean:f32[]=0.10000000149011612'
//
// RUN: dl-tensors make %t.f64.in.safetensors \
// RUN:   'x:f64[2,3,4]=1,-2,3.5,0.25,4,0.5,-1,2,-3,6,1.5,-0.5,-1,-2.5,-3,-0.75,-4,-0.5,-6,-2,-3.25,-1.5,-8,-7' \
// RUN:   'n:f64[2,3]=1,nan,3,-inf,-inf,-inf' 'v:f64[100]=0.1'
// RUN: %jit-and-aot %s --entry reductions_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1_keep:f64[2,1,4]=2,4.5,4,1.75,-8.25,-4.5,-17,-9.75' \
// RUN:   'sum_2:f64[2,3]=2.75,5.5,4,-7.25,-12.5,-19.75' 'sum_02:f64[3]=-4.5,-7,-15.75' \
// RUN:   'sum_12_keep:f64[2,1,1]=12.25,-39.5' 'sum_all:f64[]=-27.25' \
// RUN:   'sum_all_keep:f64[1,1,1]=-27.25' 'sum_none:f64[2,3,4]=1,-2,3.5,0.25,4,0.5,-1,2,-3,6,1.5,-0.5,-1,-2.5,-3,-0.75,-4,-0.5,-6,-2,-3.25,-1.5,-8,-7' \
// RUN:   'max_1_keep:f64[2,1,4]=4,6,3.5,2,-1,-0.5,-3,-0.75' \
// RUN:   'max_2:f64[2,3]=3.5,4,6,-0.75,-0.5,-1.5' 'max_02:f64[3]=3.5,4,6' \
// RUN:   'max_12_keep:f64[2,1,1]=6,-0.5' 'max_all:f64[]=6' \
// RUN:   'nan_max_1:f64[2]=nan,-inf' 'nan_max_0:f64[3]=1,nan,3' \
// RUN:   'nan_sum_1:f64[2]=nan,-inf' 'nan_sum_0:f64[3]=-inf,nan,-inf'
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 1e-15 --atol 0 \
// RUN:   'mean_1_keep:f64[2,1,4]=0.6666666666666666,1.5,1.3333333333333333,0.5833333333333334,-2.75,-1.5,-5.666666666666667,-3.25' \
// RUN:   'mean_02:f64[3]=-0.5625,-0.875,-1.96875' 'mean_all:f64[]=-1.1354166666666667'
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 1.2e-14 --atol 0 \
// RUN:   'long_sum:f64[]=10' 'long_mean:f64[]=0.1'
//
// RUN: dl-tensors make %t.i32.in.safetensors 'x:i32[2,3]=2147483647,1,5,-5,-2147483648,-7' \
// RUN:   'y:i32[3]=-2147483648'
// RUN: %jit-and-aot %s --entry reductions_i32 --inputs %t.i32.in.safetensors -o %t.i32.out.safetensors
// RUN: dl-tensors check %t.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1:i32[2]=-2147483643,2147483636' \
// RUN:   'sum_0_keep:i32[1,3]=2147483642,-2147483647,-2' \
// RUN:   'sum_all:i32[]=-7' \
// RUN:   'max_1:i32[2]=2147483647,-5' \
// RUN:   'max_0_keep:i32[1,3]=2147483647,1,5' \
// RUN:   'max_all:i32[]=2147483647' \
// RUN:   'max_negative:i32[]=-2147483648'
//
// RUN: dl-tensors make %t.i64.in.safetensors 'x:i64[2,3]=5000000000,1,5,-5000000000,-6000000000,-7' \
// RUN:   'y:i64[3]=-6000000000,-5000000000,-7000000000'
// RUN: %jit-and-aot %s --entry reductions_i64 --inputs %t.i64.in.safetensors -o %t.i64.out.safetensors
// RUN: dl-tensors check %t.i64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1:i64[2]=5000000006,-11000000007' \
// RUN:   'sum_0_keep:i64[1,3]=0,-5999999999,-2' \
// RUN:   'sum_all:i64[]=-6000000001' \
// RUN:   'max_1:i64[2]=5000000000,-7' \
// RUN:   'max_0_keep:i64[1,3]=5000000000,1,5' \
// RUN:   'max_all:i64[]=5000000000' \
// RUN:   'max_negative:i64[]=-5000000000'
//
// RUN: dl-tensors make %t.wide.f32.in.safetensors 'u:f32[6,1]=-100,-37,-250,-1,-64,-129' \
// RUN:   'v:f32[1,160]=7,4,3,-3,-2,3,-7,1,-6,-9,-7,-3,3,-8,-7,-4,-8,-6,3,-5,1,4,5,-3,2,3,8,-4,2,-5,-7,7,5,8,3,-3,7,7,8,3,-7,-5,3,-1,5,-7,5,-5,2,1,-7,3,-5,3,5,-3,6,7,-4,4,-8,6,-4,-1,3,5,1,-2,-3,8,7,-3,-3,-3,7,3,4,2,9,-2,4,5,-7,0,-1,-8,-2,-3,7,7,9,-7,-8,-4,-5,-8,7,-7,-4,1,6,7,9,8,-7,4,8,6,-9,-2,3,-6,4,-8,-2,8,-4,8,-5,9,-3,0,-4,-4,4,-1,-3,-5,-9,-6,5,-7,-3,-3,3,2,-5,7,3,-9,4,5,-3,5,-4,-3,-5,-8,5,-1,4,1,9,3,-9,2,3,-1,-3,-5' \
// RUN:   'vn:f32[1,160]=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,nan,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0' \
// RUN:   'r:f32[40,1]=0,1,-28,-17,8,-8,-34,-34,7,38,39,-1,3,21,41,-28,-4,-18,-24,-15,9,23,39,-2,-27,11,23,30,10,35,-29,-41,18,-20,8,16,-49,-36,-8,13' \
// RUN:   's:f32[1,6]=-7,3,0,12,-2,5'
// RUN: %jit-and-aot %s --entry reductions_wide_f32 --inputs %t.wide.f32.in.safetensors -o %t.wide.f32.out.safetensors
// RUN: dl-tensors check %t.wide.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1:f32[6]=-16000,-5920,-40000,-160,-10240,-20640' 'max_1:f32[6]=-91,-28,-241,8,-55,-120' \
// RUN:   'mean_1:f32[6]=-100,-37,-250,-1,-64,-129' 'nan_max_1:f32[6]=nan' \
// RUN:   'sum_all:f32[]=-92960' 'sum_0_keep:f32[1,6]=-310,90,-30,450,-110,170' \
// RUN:   'max_0:f32[6]=34,44,41,53,39,46' 'mean_0:f32[6]=-7.75,2.25,-0.75,11.25,-2.75,4.25'
//
// RUN: dl-tensors make %t.wide.f64.in.safetensors 'u:f64[6,1]=-100,-37,-250,-1,-64,-129' \
// RUN:   'v:f64[1,160]=7,4,3,-3,-2,3,-7,1,-6,-9,-7,-3,3,-8,-7,-4,-8,-6,3,-5,1,4,5,-3,2,3,8,-4,2,-5,-7,7,5,8,3,-3,7,7,8,3,-7,-5,3,-1,5,-7,5,-5,2,1,-7,3,-5,3,5,-3,6,7,-4,4,-8,6,-4,-1,3,5,1,-2,-3,8,7,-3,-3,-3,7,3,4,2,9,-2,4,5,-7,0,-1,-8,-2,-3,7,7,9,-7,-8,-4,-5,-8,7,-7,-4,1,6,7,9,8,-7,4,8,6,-9,-2,3,-6,4,-8,-2,8,-4,8,-5,9,-3,0,-4,-4,4,-1,-3,-5,-9,-6,5,-7,-3,-3,3,2,-5,7,3,-9,4,5,-3,5,-4,-3,-5,-8,5,-1,4,1,9,3,-9,2,3,-1,-3,-5' \
// RUN:   'vn:f64[1,160]=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,nan,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0' \
// RUN:   'r:f64[40,1]=0,1,-28,-17,8,-8,-34,-34,7,38,39,-1,3,21,41,-28,-4,-18,-24,-15,9,23,39,-2,-27,11,23,30,10,35,-29,-41,18,-20,8,16,-49,-36,-8,13' \
// RUN:   's:f64[1,6]=-7,3,0,12,-2,5'
// RUN: %jit-and-aot %s --entry reductions_wide_f64 --inputs %t.wide.f64.in.safetensors -o %t.wide.f64.out.safetensors
// RUN: dl-tensors check %t.wide.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1:f64[6]=-16000,-5920,-40000,-160,-10240,-20640' 'max_1:f64[6]=-91,-28,-241,8,-55,-120' \
// RUN:   'mean_1:f64[6]=-100,-37,-250,-1,-64,-129' 'nan_max_1:f64[6]=nan' \
// RUN:   'sum_all:f64[]=-92960' 'sum_0_keep:f64[1,6]=-310,90,-30,450,-110,170' \
// RUN:   'max_0:f64[6]=34,44,41,53,39,46' 'mean_0:f64[6]=-7.75,2.25,-0.75,11.25,-2.75,4.25'
//
// RUN: dl-tensors make %t.wide.i32.in.safetensors 'u:i32[6,1]=-100,-37,-250,-1,-64,-129' \
// RUN:   'v:i32[1,160]=7,4,3,-3,-2,3,-7,1,-6,-9,-7,-3,3,-8,-7,-4,-8,-6,3,-5,1,4,5,-3,2,3,8,-4,2,-5,-7,7,5,8,3,-3,7,7,8,3,-7,-5,3,-1,5,-7,5,-5,2,1,-7,3,-5,3,5,-3,6,7,-4,4,-8,6,-4,-1,3,5,1,-2,-3,8,7,-3,-3,-3,7,3,4,2,9,-2,4,5,-7,0,-1,-8,-2,-3,7,7,9,-7,-8,-4,-5,-8,7,-7,-4,1,6,7,9,8,-7,4,8,6,-9,-2,3,-6,4,-8,-2,8,-4,8,-5,9,-3,0,-4,-4,4,-1,-3,-5,-9,-6,5,-7,-3,-3,3,2,-5,7,3,-9,4,5,-3,5,-4,-3,-5,-8,5,-1,4,1,9,3,-9,2,3,-1,-3,-5' \
// RUN:   'r:i32[40,1]=0,1,-28,-17,8,-8,-34,-34,7,38,39,-1,3,21,41,-28,-4,-18,-24,-15,9,23,39,-2,-27,11,23,30,10,35,-29,-41,18,-20,8,16,-49,-36,-8,13' \
// RUN:   's:i32[1,6]=-7,3,0,12,-2,5'
// RUN: %jit-and-aot %s --entry reductions_wide_i32 --inputs %t.wide.i32.in.safetensors -o %t.wide.i32.out.safetensors
// RUN: dl-tensors check %t.wide.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_1:i32[6]=-16000,-5920,-40000,-160,-10240,-20640' 'max_1:i32[6]=-91,-28,-241,8,-55,-120' \
// RUN:   'sum_all:i32[]=-92960' 'sum_0_keep:i32[1,6]=-310,90,-30,450,-110,170' \
// RUN:   'max_0:i32[6]=34,44,41,53,39,46'
//
// RUN: dl-tensors make %t.empty.in.safetensors 'xf:f32[0,3]=' 'xd:f64[2,0]=' \
// RUN:   'xi:i32[0,3]=' 'xl:i64[2,0]='
// RUN: %jit-and-aot %s --entry reductions_empty --inputs %t.empty.in.safetensors -o %t.empty.out.safetensors
// RUN: dl-tensors check %t.empty.out.safetensors --rtol 0 --atol 0 \
// RUN:   'sum_f32:f32[3]=0' 'mean_f32:f32[3]=nan' 'max_f32:f32[3]=-inf' \
// RUN:   'sum_f64:f64[2,1]=0' 'mean_f64:f64[2]=nan' 'max_f64:f64[2]=-inf' \
// RUN:   'sum_i32:i32[3]=0' 'max_i32:i32[3]=-2147483648' \
// RUN:   'sum_i64:i64[2]=0' 'max_i64:i64[2]=-9223372036854775808'

// dl.sum, dl.mean and dl.reduce_max through the JIT: one axis, several
// axes, every axis (rank-0 result) and no axis, each with and without
// keep_dims, for f32 and f64 (dl.sum and dl.reduce_max also for i32 and
// i64; dl.mean accepts floats only).
//
// Expected values were computed independently with a Python loop that
// groups the elements of x by their non-reduced indices and reduces each
// group with exact rational arithmetic (fractions.Fraction), rounding once
// at the end; x[1] is all negative, so an identity of 0 instead of -inf in
// reduce_max would show (max_1_keep, max_2, max_12_keep), and the integer
// max_negative (all INT_MIN in i32, all below -2^32 in i64) likewise needs
// the type's minimum as identity, not 0.
// `n` checks NaN propagation (reduce_max and sum of a row with a NaN are
// NaN; a row of -inf has maximum -inf and sum -inf). Integer sums wrap:
// 2147483647 + 1 + 5 = -2147483643 in i32.
//
// Tolerances: x holds multiples of 1/4, so sums and maxima are exact in any
// order: rtol 0, atol 0. Means divide by 3, 8 or 24, so they may round
// once or twice (a reciprocal multiply): rtol 1e-6 for f32 and 1e-15 for
// f64. long_sum adds 100 copies of 0.1 (expected: 100 times 0.1 as rounded
// to the element type, exactly); the order is unspecified, and recursive
// summation of n positive terms errs by at most (n - 1) ulp, so rtol 6e-6
// for f32 (99 * 2^-24) and 1.2e-14 for f64 (99 * 2^-53).
//
// @reductions_wide_* reduce a 6x160 tensor along its rows, which
// dl-tile-and-vectorize splits into several vector tiles, and a 40x6 one
// down its columns. To keep the RUN lines short both are built in the model
// as broadcast sums x[i,j] = u[i] + v[j] and y[i,j] = r[i] + s[j], so the
// expected values have closed forms, computed in Python: row sums
// 160 u[i] + sum(v) with sum(v) = 0 (v holds 80 values and their negations),
// row maxima u[i] + max(v), row means u[i], column sums 40 s[j] + sum(r),
// column maxima max(r) + s[j], column means sum(r) / 40 + s[j]. Most rows
// are all negative, so a reduce_max starting from 0 would fail. vn adds a
// NaN in column 137, in a later vector tile: every row maximum is then NaN.
// All values are small integers or quarters: exact, rtol 0, atol 0.
//
// @reductions_empty reduce over an axis of size 0 (static shapes may hold
// 0): a sum over no elements is 0, a mean is 0 / 0 = NaN, and a maximum is
// the identity of max, -inf for floats and the type's minimum for integers
// (INT64_MIN is a power of two, so dl-tensors reads it exactly).

func.func @reductions_f32(%x: tensor<2x3x4xf32> {dl.input = "x"},
                          %n: tensor<2x3xf32> {dl.input = "n"},
                          %v: tensor<100xf32> {dl.input = "v"})
    -> (tensor<2x1x4xf32> {dl.output = "sum_1_keep"},
        tensor<2x3xf32> {dl.output = "sum_2"},
        tensor<3xf32> {dl.output = "sum_02"},
        tensor<2x1x1xf32> {dl.output = "sum_12_keep"},
        tensor<f32> {dl.output = "sum_all"},
        tensor<1x1x1xf32> {dl.output = "sum_all_keep"},
        tensor<2x3x4xf32> {dl.output = "sum_none"},
        tensor<2x1x4xf32> {dl.output = "mean_1_keep"},
        tensor<3xf32> {dl.output = "mean_02"},
        tensor<f32> {dl.output = "mean_all"},
        tensor<2x1x4xf32> {dl.output = "max_1_keep"},
        tensor<2x3xf32> {dl.output = "max_2"},
        tensor<3xf32> {dl.output = "max_02"},
        tensor<2x1x1xf32> {dl.output = "max_12_keep"},
        tensor<f32> {dl.output = "max_all"},
        tensor<2xf32> {dl.output = "nan_max_1"},
        tensor<3xf32> {dl.output = "nan_max_0"},
        tensor<2xf32> {dl.output = "nan_sum_1"},
        tensor<3xf32> {dl.output = "nan_sum_0"},
        tensor<f32> {dl.output = "long_sum"},
        tensor<f32> {dl.output = "long_mean"}) {
  %sum_1_keep = dl.sum %x axes = [1] keep_dims
      : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %sum_2 = dl.sum %x axes = [2]
      : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
  %sum_02 = dl.sum %x axes = [0, 2]
      : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %sum_12_keep = dl.sum %x axes = [1, 2] keep_dims
      : (tensor<2x3x4xf32>) -> tensor<2x1x1xf32>
  %sum_all = dl.sum %x axes = [0, 1, 2]
      : (tensor<2x3x4xf32>) -> tensor<f32>
  %sum_all_keep = dl.sum %x axes = [0, 1, 2] keep_dims
      : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %sum_none = dl.sum %x axes = []
      : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %mean_1_keep = dl.mean %x axes = [1] keep_dims
      : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %mean_02 = dl.mean %x axes = [0, 2]
      : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %mean_all = dl.mean %x axes = [0, 1, 2]
      : (tensor<2x3x4xf32>) -> tensor<f32>
  %max_1_keep = dl.reduce_max %x axes = [1] keep_dims
      : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %max_2 = dl.reduce_max %x axes = [2]
      : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
  %max_02 = dl.reduce_max %x axes = [0, 2]
      : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %max_12_keep = dl.reduce_max %x axes = [1, 2] keep_dims
      : (tensor<2x3x4xf32>) -> tensor<2x1x1xf32>
  %max_all = dl.reduce_max %x axes = [0, 1, 2]
      : (tensor<2x3x4xf32>) -> tensor<f32>
  %nan_max_1 = dl.reduce_max %n axes = [1]
      : (tensor<2x3xf32>) -> tensor<2xf32>
  %nan_max_0 = dl.reduce_max %n axes = [0]
      : (tensor<2x3xf32>) -> tensor<3xf32>
  %nan_sum_1 = dl.sum %n axes = [1]
      : (tensor<2x3xf32>) -> tensor<2xf32>
  %nan_sum_0 = dl.sum %n axes = [0]
      : (tensor<2x3xf32>) -> tensor<3xf32>
  %long_sum = dl.sum %v axes = [0]
      : (tensor<100xf32>) -> tensor<f32>
  %long_mean = dl.mean %v axes = [0]
      : (tensor<100xf32>) -> tensor<f32>
  return %sum_1_keep, %sum_2, %sum_02, %sum_12_keep, %sum_all, %sum_all_keep,
         %sum_none, %mean_1_keep, %mean_02, %mean_all, %max_1_keep, %max_2,
         %max_02, %max_12_keep, %max_all, %nan_max_1, %nan_max_0, %nan_sum_1,
         %nan_sum_0, %long_sum, %long_mean
      : tensor<2x1x4xf32>, tensor<2x3xf32>, tensor<3xf32>, tensor<2x1x1xf32>,
        tensor<f32>, tensor<1x1x1xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>,
        tensor<3xf32>, tensor<f32>, tensor<2x1x4xf32>, tensor<2x3xf32>,
        tensor<3xf32>, tensor<2x1x1xf32>, tensor<f32>, tensor<2xf32>,
        tensor<3xf32>, tensor<2xf32>, tensor<3xf32>, tensor<f32>,
        tensor<f32>
}

func.func @reductions_f64(%x: tensor<2x3x4xf64> {dl.input = "x"},
                          %n: tensor<2x3xf64> {dl.input = "n"},
                          %v: tensor<100xf64> {dl.input = "v"})
    -> (tensor<2x1x4xf64> {dl.output = "sum_1_keep"},
        tensor<2x3xf64> {dl.output = "sum_2"},
        tensor<3xf64> {dl.output = "sum_02"},
        tensor<2x1x1xf64> {dl.output = "sum_12_keep"},
        tensor<f64> {dl.output = "sum_all"},
        tensor<1x1x1xf64> {dl.output = "sum_all_keep"},
        tensor<2x3x4xf64> {dl.output = "sum_none"},
        tensor<2x1x4xf64> {dl.output = "mean_1_keep"},
        tensor<3xf64> {dl.output = "mean_02"},
        tensor<f64> {dl.output = "mean_all"},
        tensor<2x1x4xf64> {dl.output = "max_1_keep"},
        tensor<2x3xf64> {dl.output = "max_2"},
        tensor<3xf64> {dl.output = "max_02"},
        tensor<2x1x1xf64> {dl.output = "max_12_keep"},
        tensor<f64> {dl.output = "max_all"},
        tensor<2xf64> {dl.output = "nan_max_1"},
        tensor<3xf64> {dl.output = "nan_max_0"},
        tensor<2xf64> {dl.output = "nan_sum_1"},
        tensor<3xf64> {dl.output = "nan_sum_0"},
        tensor<f64> {dl.output = "long_sum"},
        tensor<f64> {dl.output = "long_mean"}) {
  %sum_1_keep = dl.sum %x axes = [1] keep_dims
      : (tensor<2x3x4xf64>) -> tensor<2x1x4xf64>
  %sum_2 = dl.sum %x axes = [2]
      : (tensor<2x3x4xf64>) -> tensor<2x3xf64>
  %sum_02 = dl.sum %x axes = [0, 2]
      : (tensor<2x3x4xf64>) -> tensor<3xf64>
  %sum_12_keep = dl.sum %x axes = [1, 2] keep_dims
      : (tensor<2x3x4xf64>) -> tensor<2x1x1xf64>
  %sum_all = dl.sum %x axes = [0, 1, 2]
      : (tensor<2x3x4xf64>) -> tensor<f64>
  %sum_all_keep = dl.sum %x axes = [0, 1, 2] keep_dims
      : (tensor<2x3x4xf64>) -> tensor<1x1x1xf64>
  %sum_none = dl.sum %x axes = []
      : (tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
  %mean_1_keep = dl.mean %x axes = [1] keep_dims
      : (tensor<2x3x4xf64>) -> tensor<2x1x4xf64>
  %mean_02 = dl.mean %x axes = [0, 2]
      : (tensor<2x3x4xf64>) -> tensor<3xf64>
  %mean_all = dl.mean %x axes = [0, 1, 2]
      : (tensor<2x3x4xf64>) -> tensor<f64>
  %max_1_keep = dl.reduce_max %x axes = [1] keep_dims
      : (tensor<2x3x4xf64>) -> tensor<2x1x4xf64>
  %max_2 = dl.reduce_max %x axes = [2]
      : (tensor<2x3x4xf64>) -> tensor<2x3xf64>
  %max_02 = dl.reduce_max %x axes = [0, 2]
      : (tensor<2x3x4xf64>) -> tensor<3xf64>
  %max_12_keep = dl.reduce_max %x axes = [1, 2] keep_dims
      : (tensor<2x3x4xf64>) -> tensor<2x1x1xf64>
  %max_all = dl.reduce_max %x axes = [0, 1, 2]
      : (tensor<2x3x4xf64>) -> tensor<f64>
  %nan_max_1 = dl.reduce_max %n axes = [1]
      : (tensor<2x3xf64>) -> tensor<2xf64>
  %nan_max_0 = dl.reduce_max %n axes = [0]
      : (tensor<2x3xf64>) -> tensor<3xf64>
  %nan_sum_1 = dl.sum %n axes = [1]
      : (tensor<2x3xf64>) -> tensor<2xf64>
  %nan_sum_0 = dl.sum %n axes = [0]
      : (tensor<2x3xf64>) -> tensor<3xf64>
  %long_sum = dl.sum %v axes = [0]
      : (tensor<100xf64>) -> tensor<f64>
  %long_mean = dl.mean %v axes = [0]
      : (tensor<100xf64>) -> tensor<f64>
  return %sum_1_keep, %sum_2, %sum_02, %sum_12_keep, %sum_all, %sum_all_keep,
         %sum_none, %mean_1_keep, %mean_02, %mean_all, %max_1_keep, %max_2,
         %max_02, %max_12_keep, %max_all, %nan_max_1, %nan_max_0, %nan_sum_1,
         %nan_sum_0, %long_sum, %long_mean
      : tensor<2x1x4xf64>, tensor<2x3xf64>, tensor<3xf64>, tensor<2x1x1xf64>,
        tensor<f64>, tensor<1x1x1xf64>, tensor<2x3x4xf64>, tensor<2x1x4xf64>,
        tensor<3xf64>, tensor<f64>, tensor<2x1x4xf64>, tensor<2x3xf64>,
        tensor<3xf64>, tensor<2x1x1xf64>, tensor<f64>, tensor<2xf64>,
        tensor<3xf64>, tensor<2xf64>, tensor<3xf64>, tensor<f64>,
        tensor<f64>
}

func.func @reductions_i32(%x: tensor<2x3xi32> {dl.input = "x"},
                          %y: tensor<3xi32> {dl.input = "y"})
    -> (tensor<2xi32> {dl.output = "sum_1"},
        tensor<1x3xi32> {dl.output = "sum_0_keep"},
        tensor<i32> {dl.output = "sum_all"},
        tensor<2xi32> {dl.output = "max_1"},
        tensor<1x3xi32> {dl.output = "max_0_keep"},
        tensor<i32> {dl.output = "max_all"},
        tensor<i32> {dl.output = "max_negative"}) {
  %sum_1 = dl.sum %x axes = [1]
      : (tensor<2x3xi32>) -> tensor<2xi32>
  %sum_0_keep = dl.sum %x axes = [0] keep_dims
      : (tensor<2x3xi32>) -> tensor<1x3xi32>
  %sum_all = dl.sum %x axes = [0, 1]
      : (tensor<2x3xi32>) -> tensor<i32>
  %max_1 = dl.reduce_max %x axes = [1]
      : (tensor<2x3xi32>) -> tensor<2xi32>
  %max_0_keep = dl.reduce_max %x axes = [0] keep_dims
      : (tensor<2x3xi32>) -> tensor<1x3xi32>
  %max_all = dl.reduce_max %x axes = [0, 1]
      : (tensor<2x3xi32>) -> tensor<i32>
  %max_negative = dl.reduce_max %y axes = [0]
      : (tensor<3xi32>) -> tensor<i32>
  return %sum_1, %sum_0_keep, %sum_all, %max_1, %max_0_keep, %max_all, %max_negative
      : tensor<2xi32>, tensor<1x3xi32>, tensor<i32>, tensor<2xi32>,
        tensor<1x3xi32>, tensor<i32>, tensor<i32>
}

func.func @reductions_i64(%x: tensor<2x3xi64> {dl.input = "x"},
                          %y: tensor<3xi64> {dl.input = "y"})
    -> (tensor<2xi64> {dl.output = "sum_1"},
        tensor<1x3xi64> {dl.output = "sum_0_keep"},
        tensor<i64> {dl.output = "sum_all"},
        tensor<2xi64> {dl.output = "max_1"},
        tensor<1x3xi64> {dl.output = "max_0_keep"},
        tensor<i64> {dl.output = "max_all"},
        tensor<i64> {dl.output = "max_negative"}) {
  %sum_1 = dl.sum %x axes = [1]
      : (tensor<2x3xi64>) -> tensor<2xi64>
  %sum_0_keep = dl.sum %x axes = [0] keep_dims
      : (tensor<2x3xi64>) -> tensor<1x3xi64>
  %sum_all = dl.sum %x axes = [0, 1]
      : (tensor<2x3xi64>) -> tensor<i64>
  %max_1 = dl.reduce_max %x axes = [1]
      : (tensor<2x3xi64>) -> tensor<2xi64>
  %max_0_keep = dl.reduce_max %x axes = [0] keep_dims
      : (tensor<2x3xi64>) -> tensor<1x3xi64>
  %max_all = dl.reduce_max %x axes = [0, 1]
      : (tensor<2x3xi64>) -> tensor<i64>
  %max_negative = dl.reduce_max %y axes = [0]
      : (tensor<3xi64>) -> tensor<i64>
  return %sum_1, %sum_0_keep, %sum_all, %max_1, %max_0_keep, %max_all, %max_negative
      : tensor<2xi64>, tensor<1x3xi64>, tensor<i64>, tensor<2xi64>,
        tensor<1x3xi64>, tensor<i64>, tensor<i64>
}

func.func @reductions_wide_f32(%u: tensor<6x1xf32> {dl.input = "u"},
                               %v: tensor<1x160xf32> {dl.input = "v"},
                               %vn: tensor<1x160xf32> {dl.input = "vn"},
                               %r: tensor<40x1xf32> {dl.input = "r"},
                               %s: tensor<1x6xf32> {dl.input = "s"})
    -> (tensor<6xf32> {dl.output = "sum_1"},
        tensor<6xf32> {dl.output = "max_1"},
        tensor<6xf32> {dl.output = "mean_1"},
        tensor<6xf32> {dl.output = "nan_max_1"},
        tensor<f32> {dl.output = "sum_all"},
        tensor<1x6xf32> {dl.output = "sum_0_keep"},
        tensor<6xf32> {dl.output = "max_0"},
        tensor<6xf32> {dl.output = "mean_0"}) {
  %x = dl.add %u, %v : (tensor<6x1xf32>, tensor<1x160xf32>) -> tensor<6x160xf32>
  %sum_1 = dl.sum %x axes = [1] : (tensor<6x160xf32>) -> tensor<6xf32>
  %max_1 = dl.reduce_max %x axes = [1] : (tensor<6x160xf32>) -> tensor<6xf32>
  %mean_1 = dl.mean %x axes = [1] : (tensor<6x160xf32>) -> tensor<6xf32>
  %xn = dl.add %x, %vn : (tensor<6x160xf32>, tensor<1x160xf32>) -> tensor<6x160xf32>
  %nan_max_1 = dl.reduce_max %xn axes = [1] : (tensor<6x160xf32>) -> tensor<6xf32>
  %sum_all = dl.sum %x axes = [0, 1] : (tensor<6x160xf32>) -> tensor<f32>
  %y = dl.add %r, %s : (tensor<40x1xf32>, tensor<1x6xf32>) -> tensor<40x6xf32>
  %sum_0_keep = dl.sum %y axes = [0] keep_dims : (tensor<40x6xf32>) -> tensor<1x6xf32>
  %max_0 = dl.reduce_max %y axes = [0] : (tensor<40x6xf32>) -> tensor<6xf32>
  %mean_0 = dl.mean %y axes = [0] : (tensor<40x6xf32>) -> tensor<6xf32>
  return %sum_1, %max_1, %mean_1, %nan_max_1, %sum_all, %sum_0_keep, %max_0, %mean_0
      : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>,
        tensor<f32>, tensor<1x6xf32>, tensor<6xf32>, tensor<6xf32>
}

func.func @reductions_wide_f64(%u: tensor<6x1xf64> {dl.input = "u"},
                               %v: tensor<1x160xf64> {dl.input = "v"},
                               %vn: tensor<1x160xf64> {dl.input = "vn"},
                               %r: tensor<40x1xf64> {dl.input = "r"},
                               %s: tensor<1x6xf64> {dl.input = "s"})
    -> (tensor<6xf64> {dl.output = "sum_1"},
        tensor<6xf64> {dl.output = "max_1"},
        tensor<6xf64> {dl.output = "mean_1"},
        tensor<6xf64> {dl.output = "nan_max_1"},
        tensor<f64> {dl.output = "sum_all"},
        tensor<1x6xf64> {dl.output = "sum_0_keep"},
        tensor<6xf64> {dl.output = "max_0"},
        tensor<6xf64> {dl.output = "mean_0"}) {
  %x = dl.add %u, %v : (tensor<6x1xf64>, tensor<1x160xf64>) -> tensor<6x160xf64>
  %sum_1 = dl.sum %x axes = [1] : (tensor<6x160xf64>) -> tensor<6xf64>
  %max_1 = dl.reduce_max %x axes = [1] : (tensor<6x160xf64>) -> tensor<6xf64>
  %mean_1 = dl.mean %x axes = [1] : (tensor<6x160xf64>) -> tensor<6xf64>
  %xn = dl.add %x, %vn : (tensor<6x160xf64>, tensor<1x160xf64>) -> tensor<6x160xf64>
  %nan_max_1 = dl.reduce_max %xn axes = [1] : (tensor<6x160xf64>) -> tensor<6xf64>
  %sum_all = dl.sum %x axes = [0, 1] : (tensor<6x160xf64>) -> tensor<f64>
  %y = dl.add %r, %s : (tensor<40x1xf64>, tensor<1x6xf64>) -> tensor<40x6xf64>
  %sum_0_keep = dl.sum %y axes = [0] keep_dims : (tensor<40x6xf64>) -> tensor<1x6xf64>
  %max_0 = dl.reduce_max %y axes = [0] : (tensor<40x6xf64>) -> tensor<6xf64>
  %mean_0 = dl.mean %y axes = [0] : (tensor<40x6xf64>) -> tensor<6xf64>
  return %sum_1, %max_1, %mean_1, %nan_max_1, %sum_all, %sum_0_keep, %max_0, %mean_0
      : tensor<6xf64>, tensor<6xf64>, tensor<6xf64>, tensor<6xf64>,
        tensor<f64>, tensor<1x6xf64>, tensor<6xf64>, tensor<6xf64>
}

func.func @reductions_wide_i32(%u: tensor<6x1xi32> {dl.input = "u"},
                               %v: tensor<1x160xi32> {dl.input = "v"},
                               %r: tensor<40x1xi32> {dl.input = "r"},
                               %s: tensor<1x6xi32> {dl.input = "s"})
    -> (tensor<6xi32> {dl.output = "sum_1"},
        tensor<6xi32> {dl.output = "max_1"},
        tensor<i32> {dl.output = "sum_all"},
        tensor<1x6xi32> {dl.output = "sum_0_keep"},
        tensor<6xi32> {dl.output = "max_0"}) {
  %x = dl.add %u, %v : (tensor<6x1xi32>, tensor<1x160xi32>) -> tensor<6x160xi32>
  %sum_1 = dl.sum %x axes = [1] : (tensor<6x160xi32>) -> tensor<6xi32>
  %max_1 = dl.reduce_max %x axes = [1] : (tensor<6x160xi32>) -> tensor<6xi32>
  %sum_all = dl.sum %x axes = [0, 1] : (tensor<6x160xi32>) -> tensor<i32>
  %y = dl.add %r, %s : (tensor<40x1xi32>, tensor<1x6xi32>) -> tensor<40x6xi32>
  %sum_0_keep = dl.sum %y axes = [0] keep_dims : (tensor<40x6xi32>) -> tensor<1x6xi32>
  %max_0 = dl.reduce_max %y axes = [0] : (tensor<40x6xi32>) -> tensor<6xi32>
  return %sum_1, %max_1, %sum_all, %sum_0_keep, %max_0
      : tensor<6xi32>, tensor<6xi32>, tensor<i32>, tensor<1x6xi32>,
        tensor<6xi32>
}

func.func @reductions_empty(%xf: tensor<0x3xf32> {dl.input = "xf"},
                            %xd: tensor<2x0xf64> {dl.input = "xd"},
                            %xi: tensor<0x3xi32> {dl.input = "xi"},
                            %xl: tensor<2x0xi64> {dl.input = "xl"})
    -> (tensor<3xf32> {dl.output = "sum_f32"}, tensor<3xf32> {dl.output = "mean_f32"},
        tensor<3xf32> {dl.output = "max_f32"}, tensor<2x1xf64> {dl.output = "sum_f64"},
        tensor<2xf64> {dl.output = "mean_f64"}, tensor<2xf64> {dl.output = "max_f64"},
        tensor<3xi32> {dl.output = "sum_i32"}, tensor<3xi32> {dl.output = "max_i32"},
        tensor<2xi64> {dl.output = "sum_i64"}, tensor<2xi64> {dl.output = "max_i64"}) {
  %sum_f32 = dl.sum %xf axes = [0] : (tensor<0x3xf32>) -> tensor<3xf32>
  %mean_f32 = dl.mean %xf axes = [0] : (tensor<0x3xf32>) -> tensor<3xf32>
  %max_f32 = dl.reduce_max %xf axes = [0] : (tensor<0x3xf32>) -> tensor<3xf32>
  %sum_f64 = dl.sum %xd axes = [1] keep_dims : (tensor<2x0xf64>) -> tensor<2x1xf64>
  %mean_f64 = dl.mean %xd axes = [1] : (tensor<2x0xf64>) -> tensor<2xf64>
  %max_f64 = dl.reduce_max %xd axes = [1] : (tensor<2x0xf64>) -> tensor<2xf64>
  %sum_i32 = dl.sum %xi axes = [0] : (tensor<0x3xi32>) -> tensor<3xi32>
  %max_i32 = dl.reduce_max %xi axes = [0] : (tensor<0x3xi32>) -> tensor<3xi32>
  %sum_i64 = dl.sum %xl axes = [1] : (tensor<2x0xi64>) -> tensor<2xi64>
  %max_i64 = dl.reduce_max %xl axes = [1] : (tensor<2x0xi64>) -> tensor<2xi64>
  return %sum_f32, %mean_f32, %max_f32, %sum_f64, %mean_f64, %max_f64, %sum_i32,
         %max_i32, %sum_i64, %max_i64
      : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<2x1xf64>,
        tensor<2xf64>, tensor<2xf64>, tensor<3xi32>, tensor<3xi32>,
        tensor<2xi64>, tensor<2xi64>
}
