// RUN: dl-opt %s --split-input-file --dl-math-to-libmvec="isa=avx512" | FileCheck %s --check-prefix=AVX512
// RUN: dl-opt %s --split-input-file --dl-math-to-libmvec="isa=avx2" | FileCheck %s --check-prefix=AVX2
// RUN: dl-opt %s --split-input-file --dl-math-to-libmvec="isa=none" | FileCheck %s --check-prefix=NONE
// RUN: not dl-opt %s --split-input-file --dl-math-to-libmvec="isa=sse" 2>&1 | FileCheck %s --check-prefix=BAD
// Math ops on vectors without a polynomial approximation are split into
// register-wide pieces, each a call to glibc's libmvec named by the x86-64
// vector function ABI.

// AVX512-LABEL: func.func private @_ZGVeN8v_exp(vector<8xf64>) -> vector<8xf64>
// AVX512-LABEL: func.func @exp_f64
// AVX512-COUNT-2: call @_ZGVeN8v_exp({{.*}}) : (vector<8xf64>) -> vector<8xf64>
// AVX512-NOT: math.exp
// AVX2-LABEL: func.func private @_ZGVdN4v_exp(vector<4xf64>) -> vector<4xf64>
// AVX2-LABEL: func.func @exp_f64
// AVX2-COUNT-4: call @_ZGVdN4v_exp({{.*}}) : (vector<4xf64>) -> vector<4xf64>
// NONE-LABEL: func.func @exp_f64
// NONE: math.exp {{.*}} : vector<16xf64>
// NONE-NOT: call
// BAD: error: dl-math-to-libmvec: unknown isa 'sse' (avx512, avx2 or none)
func.func @exp_f64(%x: vector<16xf64>) -> vector<16xf64> {
  %y = math.exp %x : vector<16xf64>
  return %y : vector<16xf64>
}

// -----

// Two operands: one 'v' per operand in the name; f32 names end in 'f'.
// AVX512-LABEL: func.func private @_ZGVeN16vv_powf(vector<16xf32>, vector<16xf32>) -> vector<16xf32>
// AVX512-LABEL: func.func @pow_f32
// AVX512-COUNT-2: call @_ZGVeN16vv_powf
// AVX2-LABEL: func.func @pow_f32
// AVX2-COUNT-4: call @_ZGVdN8vv_powf
func.func @pow_f32(%x: vector<32xf32>, %y: vector<32xf32>) -> vector<32xf32> {
  %z = math.powf %x, %y : vector<32xf32>
  return %z : vector<32xf32>
}

// -----

// A vector narrower than a register, a scalar and a function libmvec does
// not have (sqrt is an instruction) are left to LLVM.
// AVX512-LABEL: func.func @left_alone
// AVX512: math.exp {{.*}} : vector<4xf64>
// AVX512: math.exp {{.*}} : f64
// AVX512: math.sqrt {{.*}} : vector<8xf64>
// AVX512-NOT: call
func.func @left_alone(%x: vector<4xf64>, %s: f64, %v: vector<8xf64>) -> (vector<4xf64>, f64, vector<8xf64>) {
  %a = math.exp %x : vector<4xf64>
  %b = math.exp %s : f64
  %c = math.sqrt %v : vector<8xf64>
  return %a, %b, %c : vector<4xf64>, f64, vector<8xf64>
}
