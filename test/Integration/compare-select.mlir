// RUN: dl-tensors make %t.f32.in.safetensors 'a:f32[2,3]=1,2,nan,-0,-1,inf' \
// RUN:   'b:f32[3]=0,3,0' 's:f32[]=0.5' 'cond:bool[2,3]=1,0,1,0,1,0' \
// RUN:   't:f32[3]=1.5,nan,-0' 'f:f32[]=-7' 'cond2:bool[2,1]=1,0' \
// RUN:   't2:f32[1,3]=10,20,30' 'f2:f32[2,3]=1,2,3,4,5,6' \
// RUN:   'm:bool[4]=1,0,1,0' 'mt:bool[4]=1,1,0,0' 'mf:bool[]=1'
// RUN: %jit-and-aot %s --entry compare_select_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'eq:bool[2,3]=0,0,0,1,0,0' 'ne:bool[2,3]=1,1,1,0,1,1' \
// RUN:   'lt:bool[2,3]=0,1,0,0,1,0' 'le:bool[2,3]=0,1,0,1,1,0' \
// RUN:   'gt:bool[2,3]=1,0,0,0,0,1' 'ge:bool[2,3]=1,0,0,1,0,1' \
// RUN:   'gt_scalar:bool[2,3]=1,1,0,0,0,1' \
// RUN:   'select:f32[2,3]=1.5,-7,-0,-7,nan,-7' \
// RUN:   'select_outer:f32[2,3]=10,20,30,4,5,6' \
// RUN:   'select_mask:bool[4]=1,1,0,1'
//
// RUN: dl-tensors make %t.f64.in.safetensors 'c:f64[2,1]=0.3,nan' \
// RUN:   'd:f64[1,3]=0.30000000000000004,0.3,-inf' 'cond:bool[2,3]=1,0,1,0,1,0' \
// RUN:   't:f64[3]=0.1,nan,-inf' 'f:f64[]=1e300' 'cond2:bool[2,1]=1,0' \
// RUN:   't2:f64[1,3]=10,20,30' 'f2:f64[2,3]=1,2,3,4,5,6'
// RUN: %jit-and-aot %s --entry compare_select_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'eq:bool[2,3]=0,1,0,0,0,0' 'ne:bool[2,3]=1,0,1,1,1,1' \
// RUN:   'lt:bool[2,3]=1,0,0,0,0,0' 'le:bool[2,3]=1,1,0,0,0,0' \
// RUN:   'gt:bool[2,3]=0,0,1,0,0,0' 'ge:bool[2,3]=0,1,1,0,0,0' \
// RUN:   'select:f64[2,3]=0.1,1e300,-inf,1e300,nan,1e300' \
// RUN:   'select_outer:f64[2,3]=10,20,30,4,5,6'
//
// RUN: dl-tensors make %t.i32.in.safetensors \
// RUN:   'a:i32[2,3]=-1,0,1,-2147483648,2147483647,5' 'zero:i32[]=0' \
// RUN:   'cond:bool[2,3]=1,0,1,0,1,0' 't:i32[3]=-2147483648,5,2147483647' 'f:i32[]=-1' \
// RUN:   'c0:bool[]=0' 'u:i32[3]=7,8,9'
// RUN: %jit-and-aot %s --entry compare_select_i32 --inputs %t.i32.in.safetensors -o %t.i32.out.safetensors
// RUN: dl-tensors check %t.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'eq:bool[2,3]=0,1,0,0,0,0' 'ne:bool[2,3]=1,0,1,1,1,1' \
// RUN:   'lt:bool[2,3]=1,0,0,1,0,0' 'le:bool[2,3]=1,1,0,1,0,0' \
// RUN:   'gt:bool[2,3]=0,0,1,0,1,1' 'ge:bool[2,3]=0,1,1,0,1,1' \
// RUN:   'select:i32[2,3]=-2147483648,-1,2147483647,-1,5,-1' \
// RUN:   'select_scalar_cond:i32[3]=7,8,9'
//
// RUN: dl-tensors make %t.i64.in.safetensors 'k:i64[2,1]=0,7' \
// RUN:   'h:i64[1,3]=4294967296,-4294967296,7' 'cond:bool[2,3]=1,0,1,0,1,0' \
// RUN:   't:i64[3]=5000000000,-5000000000,0' 'f:i64[]=1'
// RUN: %jit-and-aot %s --entry compare_select_i64 --inputs %t.i64.in.safetensors -o %t.i64.out.safetensors
// RUN: dl-tensors check %t.i64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'eq:bool[2,3]=0,0,0,0,0,1' 'ne:bool[2,3]=1,1,1,1,1,0' \
// RUN:   'lt:bool[2,3]=1,0,1,1,0,0' 'le:bool[2,3]=1,0,1,1,0,1' \
// RUN:   'gt:bool[2,3]=0,1,0,0,1,0' 'ge:bool[2,3]=0,1,0,0,1,1' \
// RUN:   'select:i64[2,3]=5000000000,1,0,1,-5000000000,1'
//
// RUN: dl-tensors make %t.wide.in.safetensors 'u:f32[6,1]=-5,0,3,-9,8,-1' \
// RUN:   'v:f32[1,160]=7,4,3,-3,-2,3,-7,1,-6,-9,-7,-3,3,-8,-7,-4,-8,-6,3,-5,1,4,5,-3,2,3,8,-4,2,-5,-7,7,5,8,3,-3,7,7,8,3,-7,-5,3,-1,5,-7,5,-5,2,1,-7,3,-5,3,5,-3,6,7,-4,4,-8,6,-4,-1,3,5,1,-2,-3,8,7,-3,-3,-3,7,3,4,2,9,-2,4,5,-7,0,-1,-8,-2,-3,7,7,9,-7,-8,-4,-5,-8,7,-7,-4,1,6,7,9,8,-7,4,8,6,-9,-2,3,-6,4,-8,-2,8,-4,8,-5,9,-3,0,-4,-4,4,-1,-3,-5,-9,-6,5,-7,-3,-3,3,2,-5,7,3,-9,4,5,-3,5,-4,-3,-5,-8,5,-1,4,1,9,3,-9,2,3,-1,-3,-5'
// RUN: %jit-and-aot %s --entry compare_select_wide --inputs %t.wide.in.safetensors -o %t.wide.out.safetensors
// RUN: dl-tensors check %t.wide.out.safetensors --rtol 0 --atol 0 \
// RUN:   'gt_count:f32[6]=29,79,93,0,147,73' 'eq_count:i32[6]=11,2,17,5,8,6' \
// RUN:   'positive_sum:f32[6]=72,381,642,0,1285,302'

// dl.compare with all six predicates and dl.select through the JIT, for
// f32, f64, i32 and i64 (and i1 data in select_mask), with broadcasting:
// [2,3] vs [3], [2,1] vs [1,3], [2,3] vs rank 0; select broadcasts its
// three operands ([2,3] mask, [3] and rank-0 values; [2,1], [1,3], [2,3];
// a rank-0 mask).
//
// Expected masks are worked out by hand (and rechecked with Python's
// comparison operators on the broadcast pairs, which are IEEE ordered for
// floats and signed for integers):
//   f32 pairs (1,0) (2,3) (nan,0) (-0,0) (-1,3) (inf,0): NaN is unordered,
//     so only ne holds for it; -0 == 0.
//   f64 pairs (0.3, 0.30000000000000004) (0.3,0.3) (0.3,-inf) and NaN
//     against each: 0.3 < 0.30000000000000004 only in f64 (in f32 the two
//     are equal).
//   i32 against 0: -1 and -2147483648 are less (signed, not unsigned).
//   i64 (0|7) against 2^32, -2^32, 7: a comparison truncated to 32 bits
//     would find 0 == 2^32.
// select picks on_true where the mask is 1, on_false elsewhere, NaN and -0
// passing through untouched (dl-tensors treats -0 and +0 as equal).
// All results are exact: rtol 0, atol 0.
//
// @compare_select_wide compares a 6x160 tensor, built in the model as
// x[i,j] = u[i] + v[j] from small integers, with 0 and counts the mask
// through dl.cast and dl.sum, so masks wider than a vector are checked
// compactly: gt_count[i] = #{j : u[i] + v[j] > 0}, eq_count[i] =
// #{j : u[i] + v[j] == 0}, and positive_sum[i] = sum_j of
// select(x > 0, x, 0), all counted in Python from u and v.

func.func @compare_select_f32(%a: tensor<2x3xf32> {dl.input = "a"},
                              %b: tensor<3xf32> {dl.input = "b"},
                              %s: tensor<f32> {dl.input = "s"},
                              %cond: tensor<2x3xi1> {dl.input = "cond"},
                              %t: tensor<3xf32> {dl.input = "t"},
                              %f: tensor<f32> {dl.input = "f"},
                              %cond2: tensor<2x1xi1> {dl.input = "cond2"},
                              %t2: tensor<1x3xf32> {dl.input = "t2"},
                              %f2: tensor<2x3xf32> {dl.input = "f2"},
                              %m: tensor<4xi1> {dl.input = "m"},
                              %mt: tensor<4xi1> {dl.input = "mt"},
                              %mf: tensor<i1> {dl.input = "mf"})
    -> (tensor<2x3xi1> {dl.output = "eq"}, tensor<2x3xi1> {dl.output = "ne"},
        tensor<2x3xi1> {dl.output = "lt"}, tensor<2x3xi1> {dl.output = "le"},
        tensor<2x3xi1> {dl.output = "gt"}, tensor<2x3xi1> {dl.output = "ge"},
        tensor<2x3xi1> {dl.output = "gt_scalar"},
        tensor<2x3xf32> {dl.output = "select"},
        tensor<2x3xf32> {dl.output = "select_outer"},
        tensor<4xi1> {dl.output = "select_mask"}) {
  %eq = dl.compare eq, %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %ne = dl.compare ne, %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %lt = dl.compare lt, %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %le = dl.compare le, %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %gt = dl.compare gt, %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %ge = dl.compare ge, %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %gt_scalar = dl.compare gt, %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  %select = dl.select %cond, %t, %f
      : (tensor<2x3xi1>, tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %select_outer = dl.select %cond2, %t2, %f2
      : (tensor<2x1xi1>, tensor<1x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %select_mask = dl.select %m, %mt, %mf
      : (tensor<4xi1>, tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  return %eq, %ne, %lt, %le, %gt, %ge, %gt_scalar, %select, %select_outer,
         %select_mask
      : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>,
        tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>,
        tensor<2x3xf32>, tensor<4xi1>
}

func.func @compare_select_f64(%c: tensor<2x1xf64> {dl.input = "c"},
                              %d: tensor<1x3xf64> {dl.input = "d"},
                              %cond: tensor<2x3xi1> {dl.input = "cond"},
                              %t: tensor<3xf64> {dl.input = "t"},
                              %f: tensor<f64> {dl.input = "f"},
                              %cond2: tensor<2x1xi1> {dl.input = "cond2"},
                              %t2: tensor<1x3xf64> {dl.input = "t2"},
                              %f2: tensor<2x3xf64> {dl.input = "f2"})
    -> (tensor<2x3xi1> {dl.output = "eq"}, tensor<2x3xi1> {dl.output = "ne"},
        tensor<2x3xi1> {dl.output = "lt"}, tensor<2x3xi1> {dl.output = "le"},
        tensor<2x3xi1> {dl.output = "gt"}, tensor<2x3xi1> {dl.output = "ge"},
        tensor<2x3xf64> {dl.output = "select"},
        tensor<2x3xf64> {dl.output = "select_outer"}) {
  %eq = dl.compare eq, %c, %d : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xi1>
  %ne = dl.compare ne, %c, %d : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xi1>
  %lt = dl.compare lt, %c, %d : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xi1>
  %le = dl.compare le, %c, %d : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xi1>
  %gt = dl.compare gt, %c, %d : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xi1>
  %ge = dl.compare ge, %c, %d : (tensor<2x1xf64>, tensor<1x3xf64>) -> tensor<2x3xi1>
  %select = dl.select %cond, %t, %f
      : (tensor<2x3xi1>, tensor<3xf64>, tensor<f64>) -> tensor<2x3xf64>
  %select_outer = dl.select %cond2, %t2, %f2
      : (tensor<2x1xi1>, tensor<1x3xf64>, tensor<2x3xf64>) -> tensor<2x3xf64>
  return %eq, %ne, %lt, %le, %gt, %ge, %select, %select_outer
      : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>,
        tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf64>, tensor<2x3xf64>
}

func.func @compare_select_i32(%a: tensor<2x3xi32> {dl.input = "a"},
                              %zero: tensor<i32> {dl.input = "zero"},
                              %cond: tensor<2x3xi1> {dl.input = "cond"},
                              %t: tensor<3xi32> {dl.input = "t"},
                              %f: tensor<i32> {dl.input = "f"},
                              %c0: tensor<i1> {dl.input = "c0"},
                              %u: tensor<3xi32> {dl.input = "u"})
    -> (tensor<2x3xi1> {dl.output = "eq"}, tensor<2x3xi1> {dl.output = "ne"},
        tensor<2x3xi1> {dl.output = "lt"}, tensor<2x3xi1> {dl.output = "le"},
        tensor<2x3xi1> {dl.output = "gt"}, tensor<2x3xi1> {dl.output = "ge"},
        tensor<2x3xi32> {dl.output = "select"},
        tensor<3xi32> {dl.output = "select_scalar_cond"}) {
  %eq = dl.compare eq, %a, %zero : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi1>
  %ne = dl.compare ne, %a, %zero : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi1>
  %lt = dl.compare lt, %a, %zero : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi1>
  %le = dl.compare le, %a, %zero : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi1>
  %gt = dl.compare gt, %a, %zero : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi1>
  %ge = dl.compare ge, %a, %zero : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi1>
  %select = dl.select %cond, %t, %f
      : (tensor<2x3xi1>, tensor<3xi32>, tensor<i32>) -> tensor<2x3xi32>
  %select_scalar_cond = dl.select %c0, %t, %u
      : (tensor<i1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %eq, %ne, %lt, %le, %gt, %ge, %select, %select_scalar_cond
      : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>,
        tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi32>, tensor<3xi32>
}

func.func @compare_select_i64(%k: tensor<2x1xi64> {dl.input = "k"},
                              %h: tensor<1x3xi64> {dl.input = "h"},
                              %cond: tensor<2x3xi1> {dl.input = "cond"},
                              %t: tensor<3xi64> {dl.input = "t"},
                              %f: tensor<i64> {dl.input = "f"})
    -> (tensor<2x3xi1> {dl.output = "eq"}, tensor<2x3xi1> {dl.output = "ne"},
        tensor<2x3xi1> {dl.output = "lt"}, tensor<2x3xi1> {dl.output = "le"},
        tensor<2x3xi1> {dl.output = "gt"}, tensor<2x3xi1> {dl.output = "ge"},
        tensor<2x3xi64> {dl.output = "select"}) {
  %eq = dl.compare eq, %k, %h : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi1>
  %ne = dl.compare ne, %k, %h : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi1>
  %lt = dl.compare lt, %k, %h : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi1>
  %le = dl.compare le, %k, %h : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi1>
  %gt = dl.compare gt, %k, %h : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi1>
  %ge = dl.compare ge, %k, %h : (tensor<2x1xi64>, tensor<1x3xi64>) -> tensor<2x3xi1>
  %select = dl.select %cond, %t, %f
      : (tensor<2x3xi1>, tensor<3xi64>, tensor<i64>) -> tensor<2x3xi64>
  return %eq, %ne, %lt, %le, %gt, %ge, %select
      : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>,
        tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi64>
}

func.func @compare_select_wide(%u: tensor<6x1xf32> {dl.input = "u"},
                               %v: tensor<1x160xf32> {dl.input = "v"})
    -> (tensor<6xf32> {dl.output = "gt_count"}, tensor<6xi32> {dl.output = "eq_count"},
        tensor<6xf32> {dl.output = "positive_sum"}) {
  %x = dl.add %u, %v : (tensor<6x1xf32>, tensor<1x160xf32>) -> tensor<6x160xf32>
  %zero = dl.constant dense<0.0> : tensor<f32>
  %gt = dl.compare gt, %x, %zero : (tensor<6x160xf32>, tensor<f32>) -> tensor<6x160xi1>
  %gt_f = dl.cast %gt : tensor<6x160xi1> to tensor<6x160xf32>
  %gt_count = dl.sum %gt_f axes = [1] : (tensor<6x160xf32>) -> tensor<6xf32>
  %eq = dl.compare eq, %x, %zero : (tensor<6x160xf32>, tensor<f32>) -> tensor<6x160xi1>
  %eq_i = dl.cast %eq : tensor<6x160xi1> to tensor<6x160xi32>
  %eq_count = dl.sum %eq_i axes = [1] : (tensor<6x160xi32>) -> tensor<6xi32>
  %positive = dl.select %gt, %x, %zero
      : (tensor<6x160xi1>, tensor<6x160xf32>, tensor<f32>) -> tensor<6x160xf32>
  %positive_sum = dl.sum %positive axes = [1] : (tensor<6x160xf32>) -> tensor<6xf32>
  return %gt_count, %eq_count, %positive_sum : tensor<6xf32>, tensor<6xi32>, tensor<6xf32>
}
