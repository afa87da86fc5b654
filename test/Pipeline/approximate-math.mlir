// RUN: dl-opt %s --split-input-file --dl-approximate-math | FileCheck %s
// dl-approximate-math replaces f32 transcendental math ops, on scalars and on
// vectors, by FMA-based polynomial approximations (so LLVM never scalarizes a
// vector exp into libm calls) and leaves f64 ops for convert-math-to-libm.

// math.exp on a vector of f32 becomes a polynomial of math.fma on the same vector type.
// CHECK-LABEL: func.func @exp_vector
// CHECK-SAME: (%[[X:.+]]: vector<16xf32>)
// CHECK-NOT: math.exp
// CHECK: math.fma %{{.+}}, %{{.+}}, %{{.+}} : vector<16xf32>
// CHECK-NOT: math.exp
// CHECK: return %{{.+}} : vector<16xf32>
func.func @exp_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.exp %x : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// math.log on a vector of f32 becomes a polynomial of math.fma.
// CHECK-LABEL: func.func @log_vector
// CHECK-NOT: math.log
// CHECK: math.fma %{{.+}}, %{{.+}}, %{{.+}} : vector<16xf32>
// CHECK-NOT: math.log
// CHECK: return %{{.+}} : vector<16xf32>
func.func @log_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.log %x : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// math.tanh on a vector of f32 becomes a rational approximation built from math.fma.
// CHECK-LABEL: func.func @tanh_vector
// CHECK-NOT: math.tanh
// CHECK: math.fma %{{.+}}, %{{.+}}, %{{.+}} : vector<16xf32>
// CHECK-NOT: math.tanh
// CHECK: return %{{.+}} : vector<16xf32>
func.func @tanh_vector(%x: vector<16xf32>) -> vector<16xf32> {
  %0 = math.tanh %x : vector<16xf32>
  return %0 : vector<16xf32>
}

// -----

// The 2-D vectors dl-tile-and-vectorize produces (vector<1x64xf32>) are approximated too.
// CHECK-LABEL: func.func @exp_vector_2d
// CHECK-NOT: math.exp
// CHECK: math.fma %{{.+}}, %{{.+}}, %{{.+}} : vector<1x64xf32>
// CHECK-NOT: math.exp
// CHECK: return %{{.+}} : vector<1x64xf32>
func.func @exp_vector_2d(%x: vector<1x64xf32>) -> vector<1x64xf32> {
  %0 = math.exp %x : vector<1x64xf32>
  return %0 : vector<1x64xf32>
}

// -----

// Scalar f32 exp, log and tanh are approximated as well.
// CHECK-LABEL: func.func @scalars
// CHECK-SAME: (%[[X:.+]]: f32)
// CHECK-NOT: math.exp
// CHECK-NOT: math.log
// CHECK-NOT: math.tanh
// CHECK: math.fma %{{.+}}, %{{.+}}, %{{.+}} : f32
// CHECK-NOT: math.exp
// CHECK-NOT: math.log
// CHECK-NOT: math.tanh
// CHECK: return %{{.+}}, %{{.+}}, %{{.+}} : f32, f32, f32
func.func @scalars(%x: f32) -> (f32, f32, f32) {
  %0 = math.exp %x : f32
  %1 = math.log %x : f32
  %2 = math.tanh %x : f32
  return %0, %1, %2 : f32, f32, f32
}

// -----

// f64 math.exp, scalar or vector, is left alone for convert-math-to-libm.
// CHECK-LABEL: func.func @f64_untouched
// CHECK-SAME: (%[[X:.+]]: f64, %[[V:.+]]: vector<4xf64>)
// CHECK-NEXT: %[[S:.+]] = math.exp %[[X]] : f64
// CHECK-NEXT: %[[W:.+]] = math.exp %[[V]] : vector<4xf64>
// CHECK-NEXT: return %[[S]], %[[W]] : f64, vector<4xf64>
func.func @f64_untouched(%x: f64, %v: vector<4xf64>) -> (f64, vector<4xf64>) {
  %0 = math.exp %x : f64
  %1 = math.exp %v : vector<4xf64>
  return %0, %1 : f64, vector<4xf64>
}
