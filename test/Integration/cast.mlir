// RUN: dl-tensors make %t.in.safetensors \
// RUN:   'fd:f64[10]=0.1,1.0000000596046448,1.0000001788139343,-2.7,1e300,-1e300,nan,-0,1e-50,3.4028235677973366e38' \
// RUN:   'fi:f64[6]=2.7,-2.7,-0.5,0.9999,-2147483648.9,2147483647.9' \
// RUN:   'fl:f64[6]=2.7,-2.7,-0.5,1000000000000000.5,-5000000000.75,9.2e18' \
// RUN:   'fs:f32[7]=0.1,-2.7,16777216,3.4028234663852886e38,nan,-inf,-0' \
// RUN:   'fsi:f32[6]=2.5,-2.5,-0.99,16777216,-2147483648,2147483520' \
// RUN:   'fsl:f32[4]=2.5,-2.5,1e18,-9.2e18' \
// RUN:   'ia:i32[6]=16777217,16777219,-16777217,2147483647,1,-1' \
// RUN:   'ib:i32[3]=16777217,2147483647,-2147483648' \
// RUN:   'la:i64[6]=4294967297,2147483648,-4294967296,-1,4294967295,6000000000' \
// RUN:   'lb:i64[4]=9007199254740992,9007199254740992,9007199254740992,-9007199254740992' \
// RUN:   'lc:i64[4]=1,3,0,-1' 'ld:i64[3]=16777217,1099511627777,-3' \
// RUN:   'zf:f32[6]=0,-0,0.5,2,-3,inf' 'zd:f64[6]=0,-0,0.5,2,-3,inf' \
// RUN:   'zi:i32[5]=0,1,-1,2,256' 'zl:i64[3]=0,4294967296,-1' 'm:bool[2]=1,0'
// RUN: %jit-and-aot %s --inputs %t.in.safetensors -o %t.out.safetensors
// RUN: dl-tensors check %t.out.safetensors --rtol 0 --atol 0 \
// RUN:   'f64_to_f32:f32[10]=0.100000001490116119384765625,1,1.000000238418579,-2.700000047683716,inf,-inf,nan,-0,0,inf' \
// RUN:   'f64_to_i32:i32[6]=2,-2,0,0,-2147483648,2147483647' \
// RUN:   'f64_to_i64:i64[6]=2,-2,0,1000000000000000,-5000000000,9200000000000000000' \
// RUN:   'f32_to_f64:f64[7]=0.10000000149011612,-2.700000047683716,16777216,3.4028234663852886e38,nan,-inf,-0' \
// RUN:   'f32_to_f32:f32[7]=0.1,-2.7,16777216,3.4028234663852886e38,nan,-inf,-0' \
// RUN:   'f32_to_i32:i32[6]=2,-2,0,16777216,-2147483648,2147483520' \
// RUN:   'f32_to_i64:i64[4]=2,-2,999999984306749440,-9200000267938955264' \
// RUN:   'i32_to_f32:f32[6]=16777216,16777220,-16777216,2147483648,1,-1' \
// RUN:   'i32_to_f64:f64[3]=16777217,2147483647,-2147483648' \
// RUN:   'i32_to_i64:i64[3]=16777217,2147483647,-2147483648' \
// RUN:   'i64_to_i32:i32[6]=1,-2147483648,0,-1,-1,1705032704' \
// RUN:   'i64_to_f64:f64[4]=9007199254740992,9007199254740996,9007199254740992,-9007199254740992' \
// RUN:   'i64_to_f32:f32[3]=16777216,1099511627776,-3' \
// RUN:   'f32_to_i1:bool[6]=0,0,1,1,1,1' 'f64_to_i1:bool[6]=0,0,1,1,1,1' \
// RUN:   'i32_to_i1:bool[5]=0,1,1,1,1' 'i64_to_i1:bool[3]=0,1,1' \
// RUN:   'i1_to_f32:f32[2]=1,0' 'i1_to_f64:f64[2]=1,0' \
// RUN:   'i1_to_i32:i32[2]=1,0' 'i1_to_i64:i64[2]=1,0'

// dl.cast through the JIT between every pair of element types it is used
// for (f32, f64, i32, i64, i1), on the rounding and range edges its
// description specifies. Inputs stay within the defined range (float to
// integer casts of out-of-range values are undefined and not tested).
//
// Expected values were derived by hand from the op description and IEEE 754
// and rechecked in Python (struct.pack('f') rounds to nearest even; int()
// truncates toward zero; Python int-to-float rounds to nearest even;
// two's-complement wrap for narrowing):
//   f64 -> f32 rounds to nearest even: 1 + 2^-24 is a tie and goes to 1,
//     1 + 3*2^-24 goes to 1 + 2^-22; 1e300 overflows to inf; 1e-50
//     underflows to 0; (2 - 2^-24) * 2^127, halfway between FLT_MAX and
//     2^128, rounds to even, which is 2^128: inf.
//   float -> integer truncates toward zero: 2.7 -> 2, -2.7 -> -2,
//     -0.5 -> 0, -2147483648.9 -> INT32_MIN, 2147483647.9 -> INT32_MAX.
//   integer -> float rounds to nearest even: 16777217 -> 16777216 and
//     16777219 -> 16777220 in f32, 2147483647 -> 2^31; in f64
//     2^53 + 1 -> 2^53 and 2^53 + 3 -> 2^53 + 4 (those i64 values are
//     formed with dl.add, since dl-tensors reads numbers as doubles).
//   i32 -> i64 sign-extends; i64 -> i32 keeps the low 32 bits:
//     2^32 + 1 -> 1, 2^31 -> INT32_MIN, 4294967295 -> -1,
//     6000000000 -> 1705032704.
//   to i1, nonzero is 1 (0.5 -> 1, 256 -> 1, 2^32 -> 1: no truncation to
//     the low bit), -0 is zero; from i1, true is 1, not -1.
// Every result is exact: rtol 0, atol 0.

func.func @cast(%fd: tensor<10xf64> {dl.input = "fd"},
                %fi: tensor<6xf64> {dl.input = "fi"},
                %fl: tensor<6xf64> {dl.input = "fl"},
                %fs: tensor<7xf32> {dl.input = "fs"},
                %fsi: tensor<6xf32> {dl.input = "fsi"},
                %fsl: tensor<4xf32> {dl.input = "fsl"},
                %ia: tensor<6xi32> {dl.input = "ia"},
                %ib: tensor<3xi32> {dl.input = "ib"},
                %la: tensor<6xi64> {dl.input = "la"},
                %lb: tensor<4xi64> {dl.input = "lb"},
                %lc: tensor<4xi64> {dl.input = "lc"},
                %ld: tensor<3xi64> {dl.input = "ld"},
                %zf: tensor<6xf32> {dl.input = "zf"},
                %zd: tensor<6xf64> {dl.input = "zd"},
                %zi: tensor<5xi32> {dl.input = "zi"},
                %zl: tensor<3xi64> {dl.input = "zl"},
                %m: tensor<2xi1> {dl.input = "m"})
    -> (tensor<10xf32> {dl.output = "f64_to_f32"},
        tensor<6xi32> {dl.output = "f64_to_i32"},
        tensor<6xi64> {dl.output = "f64_to_i64"},
        tensor<7xf64> {dl.output = "f32_to_f64"},
        tensor<7xf32> {dl.output = "f32_to_f32"},
        tensor<6xi32> {dl.output = "f32_to_i32"},
        tensor<4xi64> {dl.output = "f32_to_i64"},
        tensor<6xf32> {dl.output = "i32_to_f32"},
        tensor<3xf64> {dl.output = "i32_to_f64"},
        tensor<3xi64> {dl.output = "i32_to_i64"},
        tensor<6xi32> {dl.output = "i64_to_i32"},
        tensor<4xf64> {dl.output = "i64_to_f64"},
        tensor<3xf32> {dl.output = "i64_to_f32"},
        tensor<6xi1> {dl.output = "f32_to_i1"},
        tensor<6xi1> {dl.output = "f64_to_i1"},
        tensor<5xi1> {dl.output = "i32_to_i1"},
        tensor<3xi1> {dl.output = "i64_to_i1"},
        tensor<2xf32> {dl.output = "i1_to_f32"},
        tensor<2xf64> {dl.output = "i1_to_f64"},
        tensor<2xi32> {dl.output = "i1_to_i32"},
        tensor<2xi64> {dl.output = "i1_to_i64"}) {
  %f64_to_f32 = dl.cast %fd : tensor<10xf64> to tensor<10xf32>
  %f64_to_i32 = dl.cast %fi : tensor<6xf64> to tensor<6xi32>
  %f64_to_i64 = dl.cast %fl : tensor<6xf64> to tensor<6xi64>
  %f32_to_f64 = dl.cast %fs : tensor<7xf32> to tensor<7xf64>
  %f32_to_f32 = dl.cast %fs : tensor<7xf32> to tensor<7xf32>
  %f32_to_i32 = dl.cast %fsi : tensor<6xf32> to tensor<6xi32>
  %f32_to_i64 = dl.cast %fsl : tensor<4xf32> to tensor<4xi64>
  %i32_to_f32 = dl.cast %ia : tensor<6xi32> to tensor<6xf32>
  %i32_to_f64 = dl.cast %ib : tensor<3xi32> to tensor<3xf64>
  %i32_to_i64 = dl.cast %ib : tensor<3xi32> to tensor<3xi64>
  %i64_to_i32 = dl.cast %la : tensor<6xi64> to tensor<6xi32>
  %wide = dl.add %lb, %lc : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %i64_to_f64 = dl.cast %wide : tensor<4xi64> to tensor<4xf64>
  %i64_to_f32 = dl.cast %ld : tensor<3xi64> to tensor<3xf32>
  %f32_to_i1 = dl.cast %zf : tensor<6xf32> to tensor<6xi1>
  %f64_to_i1 = dl.cast %zd : tensor<6xf64> to tensor<6xi1>
  %i32_to_i1 = dl.cast %zi : tensor<5xi32> to tensor<5xi1>
  %i64_to_i1 = dl.cast %zl : tensor<3xi64> to tensor<3xi1>
  %i1_to_f32 = dl.cast %m : tensor<2xi1> to tensor<2xf32>
  %i1_to_f64 = dl.cast %m : tensor<2xi1> to tensor<2xf64>
  %i1_to_i32 = dl.cast %m : tensor<2xi1> to tensor<2xi32>
  %i1_to_i64 = dl.cast %m : tensor<2xi1> to tensor<2xi64>
  return %f64_to_f32, %f64_to_i32, %f64_to_i64, %f32_to_f64, %f32_to_f32,
         %f32_to_i32, %f32_to_i64, %i32_to_f32, %i32_to_f64, %i32_to_i64,
         %i64_to_i32, %i64_to_f64, %i64_to_f32, %f32_to_i1, %f64_to_i1,
         %i32_to_i1, %i64_to_i1, %i1_to_f32, %i1_to_f64, %i1_to_i32, %i1_to_i64
      : tensor<10xf32>, tensor<6xi32>, tensor<6xi64>, tensor<7xf64>,
        tensor<7xf32>, tensor<6xi32>, tensor<4xi64>, tensor<6xf32>,
        tensor<3xf64>, tensor<3xi64>, tensor<6xi32>, tensor<4xf64>,
        tensor<3xf32>, tensor<6xi1>, tensor<6xi1>, tensor<5xi1>,
        tensor<3xi1>, tensor<2xf32>, tensor<2xf64>, tensor<2xi32>,
        tensor<2xi64>
}
