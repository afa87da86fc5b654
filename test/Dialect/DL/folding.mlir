// RUN: dl-opt %s --split-input-file --canonicalize | FileCheck %s
// RUN: dl-opt %S/Inputs/fold-large-nonsplat.mlir --canonicalize | FileCheck %s --check-prefix=LARGE
// Constant folding of every foldable dl op, and the cases that must not fold.
// Expected values were computed independently of dl-opt (Python, with f32
// rounding through struct), and follow the numerics stated in DLOps.td.
// Floats print as %e when six digits are exact, else with up to 9 (f32) or
// 17 (f64) significant digits; infinities, NaNs and large whole numbers print
// as hex (0x7F800000 is +inf, 0xFF800000 is -inf, 0x7FC00000 a quiet NaN).
// IEEE 754 leaves the sign of a NaN produced by an invalid operation
// unspecified, so those checks accept either sign.

// Two non-splat constants of 2048 elements (in Inputs/, generated) stay
// unfolded: results of more than 1024 elements are only folded when splat.
// A reshape moves no element, so it folds at any size.
// LARGE-LABEL: func.func @large_nonsplat
// LARGE-DAG: %[[M:.+]] = dl.constant dense<"0x{{[0-9A-F]+}}"> : tensor<32x64xi32>
// LARGE-DAG: dl.add %{{.*}}, %{{.*}} : (tensor<2048xi32>, tensor<2048xi32>) -> tensor<2048xi32>
// LARGE-DAG: dl.neg %{{.*}} : tensor<2048xi32>
// LARGE-DAG: dl.transpose %[[M]] permutation = [1, 0] : (tensor<32x64xi32>) -> tensor<64x32xi32>
// LARGE-DAG: dl.cast %{{.*}} : tensor<2048xi32> to tensor<2048xf32>
// LARGE-DAG: dl.compare lt, %{{.*}}, %{{.*}} : (tensor<2048xi32>, tensor<2048xi32>) -> tensor<2048xi1>

//===----------------------------------------------------------------------===//
// dl.add
//===----------------------------------------------------------------------===//

// f32 addition rounds in f32 and overflows to +inf.
// CHECK-LABEL: func.func @add_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[3.750000e+00, -1.500000e+00, 0.000000e+00, 0x7F800000]> : tensor<4xf32>
// CHECK-NEXT: return %[[R]]
func.func @add_f32() -> tensor<4xf32> {
  %a = dl.constant dense<[1.5, -2.0, 0.25, 3.0e38]> : tensor<4xf32>
  %b = dl.constant dense<[2.25, 0.5, -0.25, 3.0e38]> : tensor<4xf32>
  %0 = dl.add %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// f64 addition keeps double precision (0.1 + 0.2 is not 0.3).
// CHECK-LABEL: func.func @add_f64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0.30000000000000004, 2.000000e+300]> : tensor<2xf64>
// CHECK-NEXT: return %[[R]]
func.func @add_f64() -> tensor<2xf64> {
  %a = dl.constant dense<[0.1, 1.0e300]> : tensor<2xf64>
  %b = dl.constant dense<[0.2, 1.0e300]> : tensor<2xf64>
  %0 = dl.add %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// i32 addition wraps around: INT_MAX + 1 is INT_MIN.
// CHECK-LABEL: func.func @add_i32_wraps
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[-2147483648, -2, 0]> : tensor<3xi32>
// CHECK-NEXT: return %[[R]]
func.func @add_i32_wraps() -> tensor<3xi32> {
  %a = dl.constant dense<[2147483647, -5, 7]> : tensor<3xi32>
  %b = dl.constant dense<[1, 3, -7]> : tensor<3xi32>
  %0 = dl.add %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// i64 addition is 64-bit and wraps around at INT64_MAX.
// CHECK-LABEL: func.func @add_i64_wraps
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[-9223372036854775808, 8589934592]> : tensor<2xi64>
// CHECK-NEXT: return %[[R]]
func.func @add_i64_wraps() -> tensor<2xi64> {
  %a = dl.constant dense<[9223372036854775807, 4294967296]> : tensor<2xi64>
  %b = dl.constant dense<[1, 4294967296]> : tensor<2xi64>
  %0 = dl.add %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// [2, 3] + [3] adds the row to every row of lhs.
// CHECK-LABEL: func.func @add_broadcast_row
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[1.100000e+01, 2.200000e+01, 3.300000e+01], [1.400000e+01, 2.500000e+01, 3.600000e+01]]> : tensor<2x3xf32>
// CHECK-NEXT: return %[[R]]
func.func @add_broadcast_row() -> tensor<2x3xf32> {
  %a = dl.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %b = dl.constant dense<[10.0, 20.0, 30.0]> : tensor<3xf32>
  %0 = dl.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// A rank-0 lhs broadcasts against a non-splat rhs.
// CHECK-LABEL: func.func @add_broadcast_scalar
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[101, 102], [103, 104]]> : tensor<2x2xi64>
// CHECK-NEXT: return %[[R]]
func.func @add_broadcast_scalar() -> tensor<2x2xi64> {
  %a = dl.constant dense<100> : tensor<i64>
  %b = dl.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  %0 = dl.add %a, %b : (tensor<i64>, tensor<2x2xi64>) -> tensor<2x2xi64>
  return %0 : tensor<2x2xi64>
}

// -----

//===----------------------------------------------------------------------===//
// dl.sub
//===----------------------------------------------------------------------===//

// [2, 1] - [3] broadcasts both operands, and keeps lhs - rhs order.
// CHECK-LABEL: func.func @sub_broadcast_both
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[9.000000e+00, 8.000000e+00, 7.000000e+00], [1.900000e+01, 1.800000e+01, 1.700000e+01]]> : tensor<2x3xf32>
// CHECK-NEXT: return %[[R]]
func.func @sub_broadcast_both() -> tensor<2x3xf32> {
  %a = dl.constant dense<[[10.0], [20.0]]> : tensor<2x1xf32>
  %b = dl.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = dl.sub %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// f64 subtraction rounds in double precision.
// CHECK-LABEL: func.func @sub_f64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0.099999999999999978, -2.500000e-01]> : tensor<2xf64>
// CHECK-NEXT: return %[[R]]
func.func @sub_f64() -> tensor<2xf64> {
  %a = dl.constant dense<[1.0, 0.5]> : tensor<2xf64>
  %b = dl.constant dense<[0.9, 0.75]> : tensor<2xf64>
  %0 = dl.sub %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// i64 subtraction wraps around: INT64_MIN - 1 is INT64_MAX.
// CHECK-LABEL: func.func @sub_i64_wraps
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[-2, 9223372036854775807]> : tensor<2xi64>
// CHECK-NEXT: return %[[R]]
func.func @sub_i64_wraps() -> tensor<2xi64> {
  %a = dl.constant dense<[5, -9223372036854775808]> : tensor<2xi64>
  %b = dl.constant dense<[7, 1]> : tensor<2xi64>
  %0 = dl.sub %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// i32 subtraction.
// CHECK-LABEL: func.func @sub_i32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[-3, 2147483647]> : tensor<2xi32>
// CHECK-NEXT: return %[[R]]
func.func @sub_i32() -> tensor<2xi32> {
  %a = dl.constant dense<[-1, -2147483648]> : tensor<2xi32>
  %b = dl.constant dense<[2, 1]> : tensor<2xi32>
  %0 = dl.sub %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

//===----------------------------------------------------------------------===//
// dl.mul
//===----------------------------------------------------------------------===//

// [2, 1] * [1, 3] is an outer product.
// CHECK-LABEL: func.func @mul_outer
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[2.000000e+00, 2.000000e+01, 2.000000e+02], [3.000000e+00, 3.000000e+01, 3.000000e+02]]> : tensor<2x3xf32>
// CHECK-NEXT: return %[[R]]
func.func @mul_outer() -> tensor<2x3xf32> {
  %a = dl.constant dense<[[2.0], [3.0]]> : tensor<2x1xf32>
  %b = dl.constant dense<[[1.0, 10.0, 100.0]]> : tensor<1x3xf32>
  %0 = dl.mul %a, %b : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// i32 multiplication wraps around (2^16 * 2^16 is 0).
// CHECK-LABEL: func.func @mul_i32_wraps
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0, -12, -2147479015]> : tensor<3xi32>
// CHECK-NEXT: return %[[R]]
func.func @mul_i32_wraps() -> tensor<3xi32> {
  %a = dl.constant dense<[65536, -3, 46341]> : tensor<3xi32>
  %b = dl.constant dense<[65536, 4, 46341]> : tensor<3xi32>
  %0 = dl.mul %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}

// -----

// i64 multiplication is 64-bit.
// CHECK-LABEL: func.func @mul_i64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[4294967296, -6]> : tensor<2xi64>
// CHECK-NEXT: return %[[R]]
func.func @mul_i64() -> tensor<2xi64> {
  %a = dl.constant dense<[65536, -2]> : tensor<2xi64>
  %b = dl.constant dense<[65536, 3]> : tensor<2xi64>
  %0 = dl.mul %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// f64 multiplication overflows to +inf.
// CHECK-LABEL: func.func @mul_f64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0x7FF0000000000000, -1.500000e+00]> : tensor<2xf64>
// CHECK-NEXT: return %[[R]]
func.func @mul_f64() -> tensor<2xf64> {
  %a = dl.constant dense<[1.0e200, 3.0]> : tensor<2xf64>
  %b = dl.constant dense<[1.0e200, -0.5]> : tensor<2xf64>
  %0 = dl.mul %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// A constant times 0.0 folds with IEEE semantics, not to 0.
// inf * 0 and NaN * 0 are NaN, and -2 * 0 is -0.
// CHECK-LABEL: func.func @mul_constant_by_zero
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0x{{7FC00000|FFC00000}}, 0x7FC00000, -0.000000e+00, 0.000000e+00]> : tensor<4xf32>
// CHECK-NEXT: return %[[R]]
func.func @mul_constant_by_zero() -> tensor<4xf32> {
  %a = dl.constant dense<[0x7F800000, 0x7FC00000, -2.0, 3.0]> : tensor<4xf32>
  %zero = dl.constant dense<0.0> : tensor<f32>
  %0 = dl.mul %a, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

//===----------------------------------------------------------------------===//
// dl.div
//===----------------------------------------------------------------------===//

// f32 division follows IEEE 754: x / 0 is a signed infinity, 0 / 0 is NaN.
// CHECK-LABEL: func.func @div_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0x7F800000, 0xFF800000, 0x{{7FC00000|FFC00000}}, 3.500000e+00, 0.333333343]> : tensor<5xf32>
// CHECK-NEXT: return %[[R]]
func.func @div_f32() -> tensor<5xf32> {
  %a = dl.constant dense<[1.0, -1.0, 0.0, 7.0, 1.0]> : tensor<5xf32>
  %b = dl.constant dense<[0.0, 0.0, 0.0, 2.0, 3.0]> : tensor<5xf32>
  %0 = dl.div %a, %b : (tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// f64 division rounds in double precision.
// CHECK-LABEL: func.func @div_f64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0.33333333333333331, 0.66666666666666663]> : tensor<2xf64>
// CHECK-NEXT: return %[[R]]
func.func @div_f64() -> tensor<2xf64> {
  %a = dl.constant dense<[1.0, 2.0]> : tensor<2xf64>
  %b = dl.constant dense<3.0> : tensor<f64>
  %0 = dl.div %a, %b : (tensor<2xf64>, tensor<f64>) -> tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// i32 division is signed and rounds toward zero.
// CHECK-LABEL: func.func @div_i32_signed
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[3, -3, -3, 3, -1073741824]> : tensor<5xi32>
// CHECK-NEXT: return %[[R]]
func.func @div_i32_signed() -> tensor<5xi32> {
  %a = dl.constant dense<[7, -7, 7, -7, -2147483648]> : tensor<5xi32>
  %b = dl.constant dense<[2, 2, -2, -2, 2]> : tensor<5xi32>
  %0 = dl.div %a, %b : (tensor<5xi32>, tensor<5xi32>) -> tensor<5xi32>
  return %0 : tensor<5xi32>
}

// -----

// i64 division is signed and rounds toward zero.
// CHECK-LABEL: func.func @div_i64_signed
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[-9223372036854775808, -14]> : tensor<2xi64>
// CHECK-NEXT: return %[[R]]
func.func @div_i64_signed() -> tensor<2xi64> {
  %a = dl.constant dense<[-9223372036854775808, 100]> : tensor<2xi64>
  %b = dl.constant dense<[1, -7]> : tensor<2xi64>
  %0 = dl.div %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

//===----------------------------------------------------------------------===//
// dl.max and dl.min
//===----------------------------------------------------------------------===//

// Float max and min propagate NaN and order -0 below +0.
// CHECK-LABEL: func.func @max_min_f32
// CHECK-DAG: %[[MAX:.+]] = dl.constant dense<[2.000000e+00, 0.000000e+00, 0.000000e+00, 0x{{7FC00000|FFC00000}}, 0x{{7FC00000|FFC00000}}, 5.000000e+00]> : tensor<6xf32>
// CHECK-DAG: %[[MIN:.+]] = dl.constant dense<[1.000000e+00, -0.000000e+00, -0.000000e+00, 0x{{7FC00000|FFC00000}}, 0x{{7FC00000|FFC00000}}, 0xFF800000]> : tensor<6xf32>
// CHECK-NOT: dl.max
// CHECK-NOT: dl.min
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_f32() -> (tensor<6xf32>, tensor<6xf32>) {
  %a = dl.constant dense<[1.0, -0.0, 0.0, 0x7FC00000, 2.0, 0xFF800000]> : tensor<6xf32>
  %b = dl.constant dense<[2.0, 0.0, -0.0, 1.0, 0x7FC00000, 5.0]> : tensor<6xf32>
  %0 = dl.max %a, %b : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
  %1 = dl.min %a, %b : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
  return %0, %1 : tensor<6xf32>, tensor<6xf32>
}

// -----

// f64 max and min.
// CHECK-LABEL: func.func @max_min_f64
// CHECK-DAG: %[[MAX:.+]] = dl.constant dense<[2.500000e+00, -1.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[MIN:.+]] = dl.constant dense<[1.000000e-01, -3.000000e+00]> : tensor<2xf64>
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_f64() -> (tensor<2xf64>, tensor<2xf64>) {
  %a = dl.constant dense<[0.1, -1.0]> : tensor<2xf64>
  %b = dl.constant dense<[2.5, -3.0]> : tensor<2xf64>
  %0 = dl.max %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  %1 = dl.min %a, %b : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  return %0, %1 : tensor<2xf64>, tensor<2xf64>
}

// -----

// Integer max and min compare as signed values (unsigned, -1 would win).
// CHECK-LABEL: func.func @max_min_i32_signed
// CHECK-DAG: %[[MAX:.+]] = dl.constant dense<[1, 5, 2147483647]> : tensor<3xi32>
// CHECK-DAG: %[[MIN:.+]] = dl.constant dense<[-1, -7, -2147483648]> : tensor<3xi32>
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_i32_signed() -> (tensor<3xi32>, tensor<3xi32>) {
  %a = dl.constant dense<[-1, 5, -2147483648]> : tensor<3xi32>
  %b = dl.constant dense<[1, -7, 2147483647]> : tensor<3xi32>
  %0 = dl.max %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %1 = dl.min %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  return %0, %1 : tensor<3xi32>, tensor<3xi32>
}

// -----

// i64 max and min broadcast a row against a matrix.
// CHECK-LABEL: func.func @max_min_i64_broadcast
// CHECK-DAG: %[[MAX:.+]] = dl.constant dense<{{\[}}[0, 3], [4, -8]]> : tensor<2x2xi64>
// CHECK-DAG: %[[MIN:.+]] = dl.constant dense<{{\[}}[-1, -9], [0, -9]]> : tensor<2x2xi64>
// CHECK: return %[[MAX]], %[[MIN]]
func.func @max_min_i64_broadcast() -> (tensor<2x2xi64>, tensor<2x2xi64>) {
  %a = dl.constant dense<[[-1, 3], [4, -8]]> : tensor<2x2xi64>
  %b = dl.constant dense<[0, -9]> : tensor<2xi64>
  %0 = dl.max %a, %b : (tensor<2x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %1 = dl.min %a, %b : (tensor<2x2xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  return %0, %1 : tensor<2x2xi64>, tensor<2x2xi64>
}

// -----

//===----------------------------------------------------------------------===//
// dl.pow
//===----------------------------------------------------------------------===//

// f32 pow has C semantics: a negative base with a non-integer exponent is
// NaN, pow(x, 0) is 1 even for 0 and NaN, and an odd integer exponent keeps
// the sign.
// CHECK-LABEL: func.func @pow_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[1.024000e+03, 0x{{7FC00000|FFC00000}}, 1.000000e+00, 1.000000e+00, 2.000000e+00, -8.000000e+00]> : tensor<6xf32>
// CHECK-NEXT: return %[[R]]
func.func @pow_f32() -> tensor<6xf32> {
  %a = dl.constant dense<[2.0, -8.0, 0.0, 0x7FC00000, 4.0, -2.0]> : tensor<6xf32>
  %b = dl.constant dense<[10.0, 0.5, 0.0, 0.0, 0.5, 3.0]> : tensor<6xf32>
  %0 = dl.pow %a, %b : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// f64 pow with [2, 1] ^ [2] broadcasting.
// CHECK-LABEL: func.func @pow_f64_broadcast
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[4.000000e+00, 5.000000e-01], [9.000000e+00, 0.33333333333333331]]> : tensor<2x2xf64>
// CHECK-NEXT: return %[[R]]
func.func @pow_f64_broadcast() -> tensor<2x2xf64> {
  %a = dl.constant dense<[[2.0], [3.0]]> : tensor<2x1xf64>
  %b = dl.constant dense<[2.0, -1.0]> : tensor<2xf64>
  %0 = dl.pow %a, %b : (tensor<2x1xf64>, tensor<2xf64>) -> tensor<2x2xf64>
  return %0 : tensor<2x2xf64>
}

// -----

//===----------------------------------------------------------------------===//
// dl.compare
//===----------------------------------------------------------------------===//

// All six float predicates. Columns: 1 vs 2, 2 vs 2, 3 vs 2, NaN vs 1,
// 1 vs NaN, NaN vs NaN, -0 vs +0. With a NaN only ne holds; -0 equals +0.
// CHECK-LABEL: func.func @compare_f32
// CHECK-DAG: %[[EQ:.+]] = dl.constant dense<[false, true, false, false, false, false, true]> : tensor<7xi1>
// CHECK-DAG: %[[NE:.+]] = dl.constant dense<[true, false, true, true, true, true, false]> : tensor<7xi1>
// CHECK-DAG: %[[LT:.+]] = dl.constant dense<[true, false, false, false, false, false, false]> : tensor<7xi1>
// CHECK-DAG: %[[LE:.+]] = dl.constant dense<[true, true, false, false, false, false, true]> : tensor<7xi1>
// CHECK-DAG: %[[GT:.+]] = dl.constant dense<[false, false, true, false, false, false, false]> : tensor<7xi1>
// CHECK-DAG: %[[GE:.+]] = dl.constant dense<[false, true, true, false, false, false, true]> : tensor<7xi1>
// CHECK-NOT: dl.compare
// CHECK: return %[[EQ]], %[[NE]], %[[LT]], %[[LE]], %[[GT]], %[[GE]]
func.func @compare_f32() -> (tensor<7xi1>, tensor<7xi1>, tensor<7xi1>, tensor<7xi1>, tensor<7xi1>, tensor<7xi1>) {
  %a = dl.constant dense<[1.0, 2.0, 3.0, 0x7FC00000, 1.0, 0x7FC00000, -0.0]> : tensor<7xf32>
  %b = dl.constant dense<[2.0, 2.0, 2.0, 1.0, 0x7FC00000, 0x7FC00000, 0.0]> : tensor<7xf32>
  %eq = dl.compare eq, %a, %b : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
  %ne = dl.compare ne, %a, %b : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
  %lt = dl.compare lt, %a, %b : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
  %le = dl.compare le, %a, %b : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
  %gt = dl.compare gt, %a, %b : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
  %ge = dl.compare ge, %a, %b : (tensor<7xf32>, tensor<7xf32>) -> tensor<7xi1>
  return %eq, %ne, %lt, %le, %gt, %ge : tensor<7xi1>, tensor<7xi1>, tensor<7xi1>, tensor<7xi1>, tensor<7xi1>, tensor<7xi1>
}

// -----

// All six integer predicates compare as signed values: -1 < 1.
// CHECK-LABEL: func.func @compare_i32_signed
// CHECK-DAG: %[[EQ:.+]] = dl.constant dense<[false, false, true]> : tensor<3xi1>
// CHECK-DAG: %[[NE:.+]] = dl.constant dense<[true, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[LT:.+]] = dl.constant dense<[true, false, false]> : tensor<3xi1>
// CHECK-DAG: %[[LE:.+]] = dl.constant dense<[true, false, true]> : tensor<3xi1>
// CHECK-DAG: %[[GT:.+]] = dl.constant dense<[false, true, false]> : tensor<3xi1>
// CHECK-DAG: %[[GE:.+]] = dl.constant dense<[false, true, true]> : tensor<3xi1>
// CHECK-NOT: dl.compare
// CHECK: return %[[EQ]], %[[NE]], %[[LT]], %[[LE]], %[[GT]], %[[GE]]
func.func @compare_i32_signed() -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %a = dl.constant dense<[-1, 1, 5]> : tensor<3xi32>
  %b = dl.constant dense<[1, -1, 5]> : tensor<3xi32>
  %eq = dl.compare eq, %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  %ne = dl.compare ne, %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  %lt = dl.compare lt, %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  %le = dl.compare le, %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  %gt = dl.compare gt, %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  %ge = dl.compare ge, %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
  return %eq, %ne, %lt, %le, %gt, %ge : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}

// -----

// i64 comparison is signed over the full 64-bit range.
// CHECK-LABEL: func.func @compare_i64_signed
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[true, false]> : tensor<2xi1>
// CHECK-NEXT: return %[[R]]
func.func @compare_i64_signed() -> tensor<2xi1> {
  %a = dl.constant dense<[-9223372036854775808, 1]> : tensor<2xi64>
  %b = dl.constant dense<[9223372036854775807, -1]> : tensor<2xi64>
  %0 = dl.compare lt, %a, %b : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}

// -----

// f64 comparison broadcasts [2, 1] against [3].
// CHECK-LABEL: func.func @compare_f64_broadcast
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[false, true, true], [false, false, true]]> : tensor<2x3xi1>
// CHECK-NEXT: return %[[R]]
func.func @compare_f64_broadcast() -> tensor<2x3xi1> {
  %a = dl.constant dense<[[1.0], [2.0]]> : tensor<2x1xf64>
  %b = dl.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf64>
  %0 = dl.compare lt, %a, %b : (tensor<2x1xf64>, tensor<3xf64>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// -----

//===----------------------------------------------------------------------===//
// dl.select
//===----------------------------------------------------------------------===//

// A non-splat constant condition picks elements from constant branches.
// CHECK-LABEL: func.func @select_elementwise
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[1.000000e+00, 2.000000e+01, 3.000000e+00, 4.000000e+01]> : tensor<4xf32>
// CHECK-NEXT: return %[[R]]
func.func @select_elementwise() -> tensor<4xf32> {
  %c = dl.constant dense<[true, false, true, false]> : tensor<4xi1>
  %t = dl.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %f = dl.constant dense<[10.0, 20.0, 30.0, 40.0]> : tensor<4xf32>
  %0 = dl.select %c, %t, %f : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Condition [2, 1], on_true [3] and a rank-0 on_false broadcast together.
// CHECK-LABEL: func.func @select_broadcast
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[1, 2, 3], [-1, -1, -1]]> : tensor<2x3xi32>
// CHECK-NEXT: return %[[R]]
func.func @select_broadcast() -> tensor<2x3xi32> {
  %c = dl.constant dense<[[true], [false]]> : tensor<2x1xi1>
  %t = dl.constant dense<[1, 2, 3]> : tensor<3xi32>
  %f = dl.constant dense<-1> : tensor<i32>
  %0 = dl.select %c, %t, %f : (tensor<2x1xi1>, tensor<3xi32>, tensor<i32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// Selecting between i1 masks.
// CHECK-LABEL: func.func @select_masks
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[true, false, false]> : tensor<3xi1>
// CHECK-NEXT: return %[[R]]
func.func @select_masks() -> tensor<3xi1> {
  %c = dl.constant dense<[true, true, false]> : tensor<3xi1>
  %t = dl.constant dense<[true, false, true]> : tensor<3xi1>
  %f = dl.constant dense<false> : tensor<3xi1>
  %0 = dl.select %c, %t, %f : (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  return %0 : tensor<3xi1>
}

// -----

// Select copies f64 and i64 elements unchanged.
// CHECK-LABEL: func.func @select_f64_i64
// CHECK-DAG: %[[F64:.+]] = dl.constant dense<[1.000000e-01, -2.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[I64:.+]] = dl.constant dense<[-9223372036854775808, 9223372036854775807]> : tensor<2xi64>
// CHECK: return %[[F64]], %[[I64]]
func.func @select_f64_i64() -> (tensor<2xf64>, tensor<2xi64>) {
  %c = dl.constant dense<[true, false]> : tensor<2xi1>
  %a = dl.constant dense<[0.10000000000000001, 7.0]> : tensor<2xf64>
  %b = dl.constant dense<[3.0, -2.0]> : tensor<2xf64>
  %i = dl.constant dense<[-9223372036854775808, 0]> : tensor<2xi64>
  %j = dl.constant dense<[0, 9223372036854775807]> : tensor<2xi64>
  %0 = dl.select %c, %a, %b : (tensor<2xi1>, tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
  %1 = dl.select %c, %i, %j : (tensor<2xi1>, tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0, %1 : tensor<2xf64>, tensor<2xi64>
}

// -----

// A splat condition folds to the chosen branch broadcast to the result shape.
// CHECK-LABEL: func.func @select_splat_condition_broadcast
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00]]> : tensor<2x3xf32>
// CHECK-NEXT: return %[[R]]
func.func @select_splat_condition_broadcast() -> tensor<2x3xf32> {
  %c = dl.constant dense<true> : tensor<2x3xi1>
  %t = dl.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %f = dl.constant dense<[4.0, 5.0, 6.0]> : tensor<3xf32>
  %0 = dl.select %c, %t, %f : (tensor<2x3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

//===----------------------------------------------------------------------===//
// dl.neg, dl.abs, dl.relu
//===----------------------------------------------------------------------===//

// Float neg, abs and relu on 1.5, -2, +0, -0, NaN and -inf: neg and abs
// act on the sign bit (also of zeros and NaNs), relu(-0) is +0 and relu
// keeps NaN.
// CHECK-LABEL: func.func @neg_abs_relu_f32
// CHECK-DAG: %[[NEG:.+]] = dl.constant dense<[-1.500000e+00, 2.000000e+00, -0.000000e+00, 0.000000e+00, 0xFFC00000, 0x7F800000]> : tensor<6xf32>
// CHECK-DAG: %[[ABS:.+]] = dl.constant dense<[1.500000e+00, 2.000000e+00, 0.000000e+00, 0.000000e+00, 0x7FC00000, 0x7F800000]> : tensor<6xf32>
// CHECK-DAG: %[[RELU:.+]] = dl.constant dense<[1.500000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00, 0x7FC00000, 0.000000e+00]> : tensor<6xf32>
// CHECK: return %[[NEG]], %[[ABS]], %[[RELU]]
func.func @neg_abs_relu_f32() -> (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
  %x = dl.constant dense<[1.5, -2.0, 0.0, -0.0, 0x7FC00000, 0xFF800000]> : tensor<6xf32>
  %0 = dl.neg %x : tensor<6xf32>
  %1 = dl.abs %x : tensor<6xf32>
  %2 = dl.relu %x : tensor<6xf32>
  return %0, %1, %2 : tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
}

// -----

// f64 neg, abs and relu.
// CHECK-LABEL: func.func @neg_abs_relu_f64
// CHECK-DAG: %[[NEG:.+]] = dl.constant dense<[-2.500000e-01, 3.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[ABS:.+]] = dl.constant dense<[2.500000e-01, 3.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[RELU:.+]] = dl.constant dense<[2.500000e-01, 0.000000e+00]> : tensor<2xf64>
// CHECK: return %[[NEG]], %[[ABS]], %[[RELU]]
func.func @neg_abs_relu_f64() -> (tensor<2xf64>, tensor<2xf64>, tensor<2xf64>) {
  %x = dl.constant dense<[0.25, -3.0]> : tensor<2xf64>
  %0 = dl.neg %x : tensor<2xf64>
  %1 = dl.abs %x : tensor<2xf64>
  %2 = dl.relu %x : tensor<2xf64>
  return %0, %1, %2 : tensor<2xf64>, tensor<2xf64>, tensor<2xf64>
}

// -----

// i32 neg and abs wrap around at INT_MIN; relu zeroes negatives.
// CHECK-LABEL: func.func @neg_abs_relu_i32
// CHECK-DAG: %[[NEG:.+]] = dl.constant dense<[-5, 5, 0, -2147483648]> : tensor<4xi32>
// CHECK-DAG: %[[ABS:.+]] = dl.constant dense<[5, 5, 0, -2147483648]> : tensor<4xi32>
// CHECK-DAG: %[[RELU:.+]] = dl.constant dense<[5, 0, 0, 0]> : tensor<4xi32>
// CHECK: return %[[NEG]], %[[ABS]], %[[RELU]]
func.func @neg_abs_relu_i32() -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) {
  %x = dl.constant dense<[5, -5, 0, -2147483648]> : tensor<4xi32>
  %0 = dl.neg %x : tensor<4xi32>
  %1 = dl.abs %x : tensor<4xi32>
  %2 = dl.relu %x : tensor<4xi32>
  return %0, %1, %2 : tensor<4xi32>, tensor<4xi32>, tensor<4xi32>
}

// -----

// i64 neg and abs wrap around at INT64_MIN; relu zeroes negatives.
// CHECK-LABEL: func.func @neg_abs_relu_i64
// CHECK-DAG: %[[NEG:.+]] = dl.constant dense<[-7, -9223372036854775808, 4294967296]> : tensor<3xi64>
// CHECK-DAG: %[[ABS:.+]] = dl.constant dense<[7, -9223372036854775808, 4294967296]> : tensor<3xi64>
// CHECK-DAG: %[[RELU:.+]] = dl.constant dense<[7, 0, 0]> : tensor<3xi64>
// CHECK: return %[[NEG]], %[[ABS]], %[[RELU]]
func.func @neg_abs_relu_i64() -> (tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) {
  %x = dl.constant dense<[7, -9223372036854775808, -4294967296]> : tensor<3xi64>
  %0 = dl.neg %x : tensor<3xi64>
  %1 = dl.abs %x : tensor<3xi64>
  %2 = dl.relu %x : tensor<3xi64>
  return %0, %1, %2 : tensor<3xi64>, tensor<3xi64>, tensor<3xi64>
}

// -----

//===----------------------------------------------------------------------===//
// dl.exp, dl.log, dl.sqrt, dl.rsqrt, dl.tanh, dl.sigmoid
//===----------------------------------------------------------------------===//

// f32 exp: exp(-inf) is 0 and exp(100) overflows to +inf.
// CHECK-LABEL: func.func @exp_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[1.000000e+00, 2.71828175, 0.000000e+00, 0x7F800000, 0.36787945]> : tensor<5xf32>
// CHECK-NEXT: return %[[R]]
func.func @exp_f32() -> tensor<5xf32> {
  %x = dl.constant dense<[0.0, 1.0, 0xFF800000, 100.0, -1.0]> : tensor<5xf32>
  %0 = dl.exp %x : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// f32 log: log(0) is -inf, log(-1) is NaN, log(inf) is inf.
// CHECK-LABEL: func.func @log_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0.000000e+00, 0.693147182, 0xFF800000, 0x{{7FC00000|FFC00000}}, 0x7F800000]> : tensor<5xf32>
// CHECK-NEXT: return %[[R]]
func.func @log_f32() -> tensor<5xf32> {
  %x = dl.constant dense<[1.0, 2.0, 0.0, -1.0, 0x7F800000]> : tensor<5xf32>
  %0 = dl.log %x : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// f32 sqrt: sqrt(-0) is -0, sqrt(-1) is NaN.
// CHECK-LABEL: func.func @sqrt_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[2.000000e+00, 1.41421354, 0.000000e+00, -0.000000e+00, 0x{{7FC00000|FFC00000}}, 0x7F800000]> : tensor<6xf32>
// CHECK-NEXT: return %[[R]]
func.func @sqrt_f32() -> tensor<6xf32> {
  %x = dl.constant dense<[4.0, 2.0, 0.0, -0.0, -1.0, 0x7F800000]> : tensor<6xf32>
  %0 = dl.sqrt %x : tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// f32 rsqrt: rsqrt(0) is +inf, rsqrt(-1) is NaN.
// CHECK-LABEL: func.func @rsqrt_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[5.000000e-01, 2.000000e+00, 0.707106769, 0x7F800000, 0x{{7FC00000|FFC00000}}]> : tensor<5xf32>
// CHECK-NEXT: return %[[R]]
func.func @rsqrt_f32() -> tensor<5xf32> {
  %x = dl.constant dense<[4.0, 0.25, 2.0, 0.0, -1.0]> : tensor<5xf32>
  %0 = dl.rsqrt %x : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// f32 tanh is odd and saturates to +-1 (tanh(20) rounds to 1 in f32).
// CHECK-LABEL: func.func @tanh_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0.000000e+00, 0.761594176, -0.761594176, 1.000000e+00, -1.000000e+00, 1.000000e+00]> : tensor<6xf32>
// CHECK-NEXT: return %[[R]]
func.func @tanh_f32() -> tensor<6xf32> {
  %x = dl.constant dense<[0.0, 1.0, -1.0, 0x7F800000, 0xFF800000, 20.0]> : tensor<6xf32>
  %0 = dl.tanh %x : tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

// f32 sigmoid is 1 / (1 + e^-x); it is 1 at +inf and 0 at -inf, not NaN.
// sigmoid(1) is 0x3F3B26A8 = 0.7310585975..., printed truncated to 9 digits.
// CHECK-LABEL: func.func @sigmoid_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[5.000000e-01, 0.731058597, 0.268941432, 1.000000e+00, 0.000000e+00]> : tensor<5xf32>
// CHECK-NEXT: return %[[R]]
func.func @sigmoid_f32() -> tensor<5xf32> {
  %x = dl.constant dense<[0.0, 1.0, -1.0, 0x7F800000, 0xFF800000]> : tensor<5xf32>
  %0 = dl.sigmoid %x : tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// The same functions in f64 keep double precision.
// CHECK-LABEL: func.func @transcendental_f64
// CHECK-DAG: %[[EXP:.+]] = dl.constant dense<[2.7182818284590451, 1.6487212707001282]> : tensor<2xf64>
// CHECK-DAG: %[[LOG:.+]] = dl.constant dense<[2.3025850929940459, -0.69314718055994529]> : tensor<2xf64>
// CHECK-DAG: %[[SQRT:.+]] = dl.constant dense<[1.4142135623730951, 3.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[RSQRT:.+]] = dl.constant dense<[0.70710678118654746, 2.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[TANH:.+]] = dl.constant dense<[0.46211715726000974, -0.9640275800758169]> : tensor<2xf64>
// CHECK-DAG: %[[SIGMOID:.+]] = dl.constant dense<[0.88079707797788231, 0.37754066879814541]> : tensor<2xf64>
// CHECK: return %[[EXP]], %[[LOG]], %[[SQRT]], %[[RSQRT]], %[[TANH]], %[[SIGMOID]]
func.func @transcendental_f64() -> (tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>) {
  %e = dl.constant dense<[1.0, 0.5]> : tensor<2xf64>
  %l = dl.constant dense<[10.0, 0.5]> : tensor<2xf64>
  %s = dl.constant dense<[2.0, 9.0]> : tensor<2xf64>
  %r = dl.constant dense<[2.0, 0.25]> : tensor<2xf64>
  %t = dl.constant dense<[0.5, -2.0]> : tensor<2xf64>
  %g = dl.constant dense<[2.0, -0.5]> : tensor<2xf64>
  %0 = dl.exp %e : tensor<2xf64>
  %1 = dl.log %l : tensor<2xf64>
  %2 = dl.sqrt %s : tensor<2xf64>
  %3 = dl.rsqrt %r : tensor<2xf64>
  %4 = dl.tanh %t : tensor<2xf64>
  %5 = dl.sigmoid %g : tensor<2xf64>
  return %0, %1, %2, %3, %4, %5 : tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>, tensor<2xf64>
}

// -----

//===----------------------------------------------------------------------===//
// dl.reshape, dl.transpose, dl.broadcast_to
//===----------------------------------------------------------------------===//

// Reshape keeps the row-major element order.
// CHECK-LABEL: func.func @reshape
// CHECK-DAG: %[[F:.+]] = dl.constant dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// CHECK-DAG: %[[I:.+]] = dl.constant dense<{{\[}}[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi64>
// CHECK-DAG: %[[B:.+]] = dl.constant dense<{{\[}}[true, false], [false, true]]> : tensor<2x2xi1>
// CHECK-NOT: dl.reshape
// CHECK: return %[[F]], %[[I]], %[[B]]
func.func @reshape() -> (tensor<3x2xf32>, tensor<2x3xi64>, tensor<2x2xi1>) {
  %f = dl.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %i = dl.constant dense<[1, 2, 3, 4, 5, 6]> : tensor<6xi64>
  %b = dl.constant dense<[true, false, false, true]> : tensor<4xi1>
  %0 = dl.reshape %f : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = dl.reshape %i : (tensor<6xi64>) -> tensor<2x3xi64>
  %2 = dl.reshape %b : (tensor<4xi1>) -> tensor<2x2xi1>
  return %0, %1, %2 : tensor<3x2xf32>, tensor<2x3xi64>, tensor<2x2xi1>
}

// -----

// A rank-2 transpose swaps rows and columns, for every element type.
// CHECK-LABEL: func.func @transpose_rank2
// CHECK-DAG: %[[F32:.+]] = dl.constant dense<{{\[}}[1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// CHECK-DAG: %[[F64:.+]] = dl.constant dense<{{\[}}[5.000000e-01, 1.500000e+00], [-2.500000e-01, -3.500000e+00]]> : tensor<2x2xf64>
// CHECK-DAG: %[[I32:.+]] = dl.constant dense<{{\[}}[1, 3], [2, 4]]> : tensor<2x2xi32>
// CHECK-DAG: %[[I64:.+]] = dl.constant dense<{{\[}}[10, 40], [20, 50], [30, 60]]> : tensor<3x2xi64>
// CHECK-DAG: %[[I1:.+]] = dl.constant dense<{{\[}}[true, true], [false, false]]> : tensor<2x2xi1>
// CHECK-NOT: dl.transpose
// CHECK: return %[[F32]], %[[F64]], %[[I32]], %[[I64]], %[[I1]]
func.func @transpose_rank2() -> (tensor<3x2xf32>, tensor<2x2xf64>, tensor<2x2xi32>, tensor<3x2xi64>, tensor<2x2xi1>) {
  %f32 = dl.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %f64 = dl.constant dense<[[0.5, -0.25], [1.5, -3.5]]> : tensor<2x2xf64>
  %i32 = dl.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %i64 = dl.constant dense<[[10, 20, 30], [40, 50, 60]]> : tensor<2x3xi64>
  %i1 = dl.constant dense<[[true, false], [true, false]]> : tensor<2x2xi1>
  %0 = dl.transpose %f32 permutation = [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = dl.transpose %f64 permutation = [1, 0] : (tensor<2x2xf64>) -> tensor<2x2xf64>
  %2 = dl.transpose %i32 permutation = [1, 0] : (tensor<2x2xi32>) -> tensor<2x2xi32>
  %3 = dl.transpose %i64 permutation = [1, 0] : (tensor<2x3xi64>) -> tensor<3x2xi64>
  %4 = dl.transpose %i1 permutation = [1, 0] : (tensor<2x2xi1>) -> tensor<2x2xi1>
  return %0, %1, %2, %3, %4 : tensor<3x2xf32>, tensor<2x2xf64>, tensor<2x2xi32>, tensor<3x2xi64>, tensor<2x2xi1>
}

// -----

// Rank-3 transposes place every element of x[i][j][k] = 12i + 4j + k.
// The two permutations are inverses, so reading one backwards gives the other.
// permutation [2, 0, 1]: result[k][i][j] = x[i][j][k].
// CHECK-LABEL: func.func @transpose_rank3
// CHECK-DAG: %[[A:.+]] = dl.constant dense<{{\[}}{{\[}}[0, 4, 8], [12, 16, 20]], {{\[}}[1, 5, 9], [13, 17, 21]], {{\[}}[2, 6, 10], [14, 18, 22]], {{\[}}[3, 7, 11], [15, 19, 23]]]> : tensor<4x2x3xi32>
// permutation [1, 2, 0]: result[j][k][i] = x[i][j][k].
// CHECK-DAG: %[[B:.+]] = dl.constant dense<{{\[}}{{\[}}[0, 12], [1, 13], [2, 14], [3, 15]], {{\[}}[4, 16], [5, 17], [6, 18], [7, 19]], {{\[}}[8, 20], [9, 21], [10, 22], [11, 23]]]> : tensor<3x4x2xi32>
// CHECK-NOT: dl.transpose
// CHECK: return %[[A]], %[[B]]
func.func @transpose_rank3() -> (tensor<4x2x3xi32>, tensor<3x4x2xi32>) {
  %x = dl.constant dense<[[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]],
                          [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]> : tensor<2x3x4xi32>
  %0 = dl.transpose %x permutation = [2, 0, 1] : (tensor<2x3x4xi32>) -> tensor<4x2x3xi32>
  %1 = dl.transpose %x permutation = [1, 2, 0] : (tensor<2x3x4xi32>) -> tensor<3x4x2xi32>
  return %0, %1 : tensor<4x2x3xi32>, tensor<3x4x2xi32>
}

// -----

// broadcast_to repeats a row, repeats a column and adds a leading dimension.
// CHECK-LABEL: func.func @broadcast_to
// CHECK-DAG: %[[ROW:.+]] = dl.constant dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00]]> : tensor<2x3xf32>
// CHECK-DAG: %[[COL:.+]] = dl.constant dense<{{\[}}{{\[}}[1, 1, 1], [2, 2, 2]], {{\[}}[1, 1, 1], [2, 2, 2]]]> : tensor<2x2x3xi64>
// CHECK-DAG: %[[MASK:.+]] = dl.constant dense<{{\[}}[true, false], [true, false]]> : tensor<2x2xi1>
// CHECK-DAG: %[[SCALAR:.+]] = dl.constant dense<7> : tensor<2x2xi32>
// CHECK-NOT: dl.broadcast_to
// CHECK: return %[[ROW]], %[[COL]], %[[MASK]], %[[SCALAR]]
func.func @broadcast_to() -> (tensor<2x3xf32>, tensor<2x2x3xi64>, tensor<2x2xi1>, tensor<2x2xi32>) {
  %row = dl.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %col = dl.constant dense<[[1], [2]]> : tensor<2x1xi64>
  %mask = dl.constant dense<[true, false]> : tensor<2xi1>
  %scalar = dl.constant dense<7> : tensor<i32>
  %0 = dl.broadcast_to %row : (tensor<3xf32>) -> tensor<2x3xf32>
  %1 = dl.broadcast_to %col : (tensor<2x1xi64>) -> tensor<2x2x3xi64>
  %2 = dl.broadcast_to %mask : (tensor<2xi1>) -> tensor<2x2xi1>
  %3 = dl.broadcast_to %scalar : (tensor<i32>) -> tensor<2x2xi32>
  return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x2x3xi64>, tensor<2x2xi1>, tensor<2x2xi32>
}

// -----

//===----------------------------------------------------------------------===//
// dl.cast
//===----------------------------------------------------------------------===//

// f32 to i32 rounds toward zero; the extreme in-range values convert exactly
// (2147483520 is the largest f32 below 2^31).
// CHECK-LABEL: func.func @cast_f32_to_i32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[2, -2, 0, 0, 2147483520, -2147483648]> : tensor<6xi32>
// CHECK-NEXT: return %[[R]]
func.func @cast_f32_to_i32() -> tensor<6xi32> {
  %x = dl.constant dense<[2.7, -2.7, -0.5, 0.0, 2147483520.0, -2147483648.0]> : tensor<6xf32>
  %0 = dl.cast %x : tensor<6xf32> to tensor<6xi32>
  return %0 : tensor<6xi32>
}

// -----

// f64 to i32 and f32 to i64 round toward zero.
// 2147483647.9 is therefore in range of i32; 1e10 needs 64 bits.
// CHECK-LABEL: func.func @cast_float_to_int_wide
// CHECK-DAG: %[[I32:.+]] = dl.constant dense<[-1, 2147483647]> : tensor<2xi32>
// CHECK-DAG: %[[I64:.+]] = dl.constant dense<[10000000000, -3]> : tensor<2xi64>
// CHECK: return %[[I32]], %[[I64]]
func.func @cast_float_to_int_wide() -> (tensor<2xi32>, tensor<2xi64>) {
  %a = dl.constant dense<[-1.5, 2147483647.9]> : tensor<2xf64>
  %b = dl.constant dense<[1.0e10, -3.9]> : tensor<2xf32>
  %0 = dl.cast %a : tensor<2xf64> to tensor<2xi32>
  %1 = dl.cast %b : tensor<2xf32> to tensor<2xi64>
  return %0, %1 : tensor<2xi32>, tensor<2xi64>
}

// -----

// i32 to f32 rounds to nearest even.
// 2^24 + 1 -> 2^24, 2^24 + 3 -> 2^24 + 4, INT_MAX -> 2^31.
// CHECK-LABEL: func.func @cast_i32_to_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0x4B800000, 0x4B800002, -1.000000e+00, 2.14748365E+9]> : tensor<4xf32>
// CHECK-NEXT: return %[[R]]
func.func @cast_i32_to_f32() -> tensor<4xf32> {
  %x = dl.constant dense<[16777217, 16777219, -1, 2147483647]> : tensor<4xi32>
  %0 = dl.cast %x : tensor<4xi32> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// i64 to f64 rounds to nearest even: 2^53 + 1 -> 2^53.
// CHECK-LABEL: func.func @cast_i64_to_f64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0x4340000000000000, -2.000000e+00]> : tensor<2xf64>
// CHECK-NEXT: return %[[R]]
func.func @cast_i64_to_f64() -> tensor<2xf64> {
  %x = dl.constant dense<[9007199254740993, -2]> : tensor<2xi64>
  %0 = dl.cast %x : tensor<2xi64> to tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// f32 to f64 is exact: 0.1f widens to 0.10000000149011612, not 0.1.
// CHECK-LABEL: func.func @cast_f32_to_f64
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[0.10000000149011612, -2.500000e-01]> : tensor<2xf64>
// CHECK-NEXT: return %[[R]]
func.func @cast_f32_to_f64() -> tensor<2xf64> {
  %x = dl.constant dense<[0.1, -0.25]> : tensor<2xf32>
  %0 = dl.cast %x : tensor<2xf32> to tensor<2xf64>
  return %0 : tensor<2xf64>
}

// -----

// f64 to f32 rounds to nearest even and overflows to +inf.
// 1 + 2^-24 -> 1 and 1 + 3 * 2^-24 -> 1 + 2^-22.
// CHECK-LABEL: func.func @cast_f64_to_f32
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<[1.000000e-01, 1.000000e+00, 1.00000024, 0x7F800000]> : tensor<4xf32>
// CHECK-NEXT: return %[[R]]
func.func @cast_f64_to_f32() -> tensor<4xf32> {
  %x = dl.constant dense<[0.1, 1.0000000596046448, 1.0000001788139343, 1.0e300]> : tensor<4xf64>
  %0 = dl.cast %x : tensor<4xf64> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// i64 to i32 keeps the low 32 bits; i32 to i64 sign-extends.
// CHECK-LABEL: func.func @cast_int_to_int
// CHECK-DAG: %[[NARROW:.+]] = dl.constant dense<[1, -2147483648, -1, 0]> : tensor<4xi32>
// CHECK-DAG: %[[WIDE:.+]] = dl.constant dense<[-1, 2147483647, -2147483648]> : tensor<3xi64>
// CHECK: return %[[NARROW]], %[[WIDE]]
func.func @cast_int_to_int() -> (tensor<4xi32>, tensor<3xi64>) {
  %a = dl.constant dense<[4294967297, 2147483648, -1, -4294967296]> : tensor<4xi64>
  %b = dl.constant dense<[-1, 2147483647, -2147483648]> : tensor<3xi32>
  %0 = dl.cast %a : tensor<4xi64> to tensor<4xi32>
  %1 = dl.cast %b : tensor<3xi32> to tensor<3xi64>
  return %0, %1 : tensor<4xi32>, tensor<3xi64>
}

// -----

// From i1, true becomes 1 (not -1) in floats and integers.
// CHECK-LABEL: func.func @cast_from_i1
// CHECK-DAG: %[[F32:.+]] = dl.constant dense<[1.000000e+00, 0.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[I64:.+]] = dl.constant dense<[1, 0]> : tensor<2xi64>
// CHECK: return %[[F32]], %[[I64]]
func.func @cast_from_i1() -> (tensor<2xf32>, tensor<2xi64>) {
  %m = dl.constant dense<[true, false]> : tensor<2xi1>
  %0 = dl.cast %m : tensor<2xi1> to tensor<2xf32>
  %1 = dl.cast %m : tensor<2xi1> to tensor<2xi64>
  return %0, %1 : tensor<2xf32>, tensor<2xi64>
}

// -----

// To i1, nonzero becomes true.
// -0 is zero, NaN is not, and the integer 2 becomes true (not its low bit).
// CHECK-LABEL: func.func @cast_to_i1
// CHECK-DAG: %[[FROM_F32:.+]] = dl.constant dense<[false, false, true, true, true]> : tensor<5xi1>
// CHECK-DAG: %[[FROM_I32:.+]] = dl.constant dense<[false, true, true]> : tensor<3xi1>
// CHECK: return %[[FROM_F32]], %[[FROM_I32]]
func.func @cast_to_i1() -> (tensor<5xi1>, tensor<3xi1>) {
  %f = dl.constant dense<[0.0, -0.0, 0.5, -2.0, 0x7FC00000]> : tensor<5xf32>
  %i = dl.constant dense<[0, 2, -1]> : tensor<3xi32>
  %0 = dl.cast %f : tensor<5xf32> to tensor<5xi1>
  %1 = dl.cast %i : tensor<3xi32> to tensor<3xi1>
  return %0, %1 : tensor<5xi1>, tensor<3xi1>
}

// -----

//===----------------------------------------------------------------------===//
// Splats fold at any size
//===----------------------------------------------------------------------===//

// Operations on splats fold however large the result (16M elements here).
// CHECK-LABEL: func.func @large_splats
// CHECK-DAG: %[[ADD:.+]] = dl.constant dense<3.000000e+00> : tensor<4096x4096xf32>
// CHECK-DAG: %[[EXP:.+]] = dl.constant dense<2.71828175> : tensor<4096x4096xf32>
// CHECK-DAG: %[[CMP:.+]] = dl.constant dense<true> : tensor<4096x4096xi1>
// CHECK-DAG: %[[CAST:.+]] = dl.constant dense<1> : tensor<4096x4096xi32>
// CHECK-DAG: %[[TRANSPOSE:.+]] = dl.constant dense<1.000000e+00> : tensor<8192x2048xf32>
// CHECK-DAG: %[[BROADCAST:.+]] = dl.constant dense<2.000000e+00> : tensor<4096x4096xf32>
// CHECK-NOT: dl.add
// CHECK: return %[[ADD]], %[[EXP]], %[[CMP]], %[[CAST]], %[[TRANSPOSE]], %[[BROADCAST]]
func.func @large_splats() -> (tensor<4096x4096xf32>, tensor<4096x4096xf32>, tensor<4096x4096xi1>,
                              tensor<4096x4096xi32>, tensor<8192x2048xf32>, tensor<4096x4096xf32>) {
  %one = dl.constant dense<1.0> : tensor<4096x4096xf32>
  %two = dl.constant dense<2.0> : tensor<f32>
  %wide = dl.constant dense<1.0> : tensor<2048x8192xf32>
  %0 = dl.add %one, %two : (tensor<4096x4096xf32>, tensor<f32>) -> tensor<4096x4096xf32>
  %1 = dl.exp %one : tensor<4096x4096xf32>
  %2 = dl.compare lt, %one, %two : (tensor<4096x4096xf32>, tensor<f32>) -> tensor<4096x4096xi1>
  %3 = dl.cast %one : tensor<4096x4096xf32> to tensor<4096x4096xi32>
  %4 = dl.transpose %wide permutation = [1, 0] : (tensor<2048x8192xf32>) -> tensor<8192x2048xf32>
  %5 = dl.broadcast_to %two : (tensor<f32>) -> tensor<4096x4096xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<4096x4096xf32>, tensor<4096x4096xf32>, tensor<4096x4096xi1>,
                                  tensor<4096x4096xi32>, tensor<8192x2048xf32>, tensor<4096x4096xf32>
}

// -----

//===----------------------------------------------------------------------===//
// What must not fold
//===----------------------------------------------------------------------===//

// A non-splat result of exactly 1024 elements still folds (the limit is
// inclusive); it prints as little-endian hex, [2, 3, 4, 5] repeated.
// CHECK-LABEL: func.func @nonsplat_at_limit
// CHECK-NEXT: %[[R:.+]] = dl.constant dense<"0x{{(02000000030000000400000005000000)+}}"> : tensor<256x4xi32>
// CHECK-NEXT: return %[[R]]
func.func @nonsplat_at_limit() -> tensor<256x4xi32> {
  %row = dl.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %one = dl.constant dense<1> : tensor<256x4xi32>
  %0 = dl.add %row, %one : (tensor<4xi32>, tensor<256x4xi32>) -> tensor<256x4xi32>
  return %0 : tensor<256x4xi32>
}

// -----

// A non-splat result of 1025 elements does not fold.
// CHECK-LABEL: func.func @nonsplat_over_limit
// CHECK: %[[R:.+]] = dl.add
// CHECK: return %[[R]]
func.func @nonsplat_over_limit() -> tensor<205x5xi32> {
  %row = dl.constant dense<[1, 2, 3, 4, 5]> : tensor<5xi32>
  %one = dl.constant dense<1> : tensor<205x5xi32>
  %0 = dl.add %row, %one : (tensor<5xi32>, tensor<205x5xi32>) -> tensor<205x5xi32>
  return %0 : tensor<205x5xi32>
}

// -----

// broadcast_to of a non-splat row to 1026 elements does not fold.
// CHECK-LABEL: func.func @broadcast_to_over_limit
// CHECK: %[[R:.+]] = dl.broadcast_to
// CHECK: return %[[R]]
func.func @broadcast_to_over_limit() -> tensor<513x2xf32> {
  %row = dl.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %0 = dl.broadcast_to %row : (tensor<2xf32>) -> tensor<513x2xf32>
  return %0 : tensor<513x2xf32>
}

// -----

// Integer division by zero does not fold, not even the other elements.
// CHECK-LABEL: func.func @div_by_zero_i32
// CHECK: %[[R:.+]] = dl.div
// CHECK: return %[[R]]
func.func @div_by_zero_i32() -> tensor<2xi32> {
  %a = dl.constant dense<[6, 7]> : tensor<2xi32>
  %b = dl.constant dense<[3, 0]> : tensor<2xi32>
  %0 = dl.div %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// A splat integer division by zero does not fold either.
// CHECK-LABEL: func.func @div_by_zero_i64_splat
// CHECK: %[[R:.+]] = dl.div
// CHECK: return %[[R]]
func.func @div_by_zero_i64_splat() -> tensor<4xi64> {
  %a = dl.constant dense<5> : tensor<4xi64>
  %b = dl.constant dense<0> : tensor<i64>
  %0 = dl.div %a, %b : (tensor<4xi64>, tensor<i64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// INT_MIN / -1 overflows and does not fold, in i32 and i64.
// CHECK-LABEL: func.func @div_int_min_by_minus_one
// CHECK: %[[R32:.+]] = dl.div %{{.*}}, %{{.*}} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
// CHECK: %[[R64:.+]] = dl.div %{{.*}}, %{{.*}} : (tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK: return %[[R32]], %[[R64]]
func.func @div_int_min_by_minus_one() -> (tensor<2xi32>, tensor<i64>) {
  %a = dl.constant dense<[4, -2147483648]> : tensor<2xi32>
  %b = dl.constant dense<[2, -1]> : tensor<2xi32>
  %c = dl.constant dense<-9223372036854775808> : tensor<i64>
  %d = dl.constant dense<-1> : tensor<i64>
  %0 = dl.div %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  %1 = dl.div %c, %d : (tensor<i64>, tensor<i64>) -> tensor<i64>
  return %0, %1 : tensor<2xi32>, tensor<i64>
}

// -----

// A float to integer cast of NaN is undefined and does not fold.
// CHECK-LABEL: func.func @cast_nan_to_int
// CHECK: %[[R:.+]] = dl.cast
// CHECK: return %[[R]]
func.func @cast_nan_to_int() -> tensor<2xi32> {
  %x = dl.constant dense<[1.0, 0x7FC00000]> : tensor<2xf32>
  %0 = dl.cast %x : tensor<2xf32> to tensor<2xi32>
  return %0 : tensor<2xi32>
}

// -----

// Out-of-range float to integer casts do not fold.
// 2^31 and -2^31 - 256 in f32, +inf, 2^31 in f64; 1e19 is above INT64_MAX.
// CHECK-LABEL: func.func @cast_out_of_range_to_int
// CHECK-COUNT-5: dl.cast
// CHECK-NEXT: return
func.func @cast_out_of_range_to_int() -> (tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i64>) {
  %big = dl.constant dense<2147483648.0> : tensor<f32>
  %small = dl.constant dense<-2147483904.0> : tensor<f32>
  %inf = dl.constant dense<0x7F800000> : tensor<f32>
  %big64 = dl.constant dense<2147483648.0> : tensor<f64>
  %huge = dl.constant dense<1.0e19> : tensor<f32>
  %0 = dl.cast %big : tensor<f32> to tensor<i32>
  %1 = dl.cast %small : tensor<f32> to tensor<i32>
  %2 = dl.cast %inf : tensor<f32> to tensor<i32>
  %3 = dl.cast %big64 : tensor<f64> to tensor<i32>
  %4 = dl.cast %huge : tensor<f32> to tensor<i64>
  return %0, %1, %2, %3, %4 : tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i64>
}

// -----

// x * 0 and 0 * x with a non-constant float x do not fold.
// inf * 0 and NaN * 0 are NaN, and -1 * 0 is -0. mul is commutative, so
// the constant moves to the right.
// CHECK-LABEL: func.func @mul_by_zero_not_folded
// CHECK-SAME: (%[[X:.+]]: tensor<4xf32>)
// CHECK: %[[ZERO:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[R0:.+]] = dl.mul %[[X]], %[[ZERO]]
// CHECK-NEXT: %[[R1:.+]] = dl.mul %[[X]], %[[ZERO]]
// CHECK-NEXT: return %[[R0]], %[[R1]]
func.func @mul_by_zero_not_folded(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %zero = dl.constant dense<0.0> : tensor<f32>
  %0 = dl.mul %x, %zero : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = dl.mul %zero, %x : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// A non-splat constant condition alone does not fold a select.
// CHECK-LABEL: func.func @select_nonconstant_branches
// CHECK: %[[R:.+]] = dl.select
// CHECK: return %[[R]]
func.func @select_nonconstant_branches(%a: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<2xf32> {
  %c = dl.constant dense<[true, false]> : tensor<2xi1>
  %0 = dl.select %c, %a, %b : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
