// dl-cpu-pipeline sizes register tiles for the target's vector registers,
// from the CPU's features as changed by the feature string.
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector cpu=x86-64-v4" | FileCheck %s --check-prefix=AVX512
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector cpu=znver4" | FileCheck %s --check-prefix=AVX512
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector cpu=haswell" | FileCheck %s --check-prefix=AVX2
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector cpu=skylake-avx512 features=-avx512f" | FileCheck %s --check-prefix=AVX2
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector cpu=x86-64 features=+avx2" | FileCheck %s --check-prefix=AVX2
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector cpu=x86-64" | FileCheck %s --check-prefix=SSE

// AVX512: into vector<16x16xf32>
// AVX2: into vector<4x16xf32>
// SSE: into vector<4x8xf32>
func.func @matmul(%a: tensor<64x64xf32> {dl.input = "a"}, %b: tensor<64x64xf32> {dl.input = "b"})
    -> (tensor<64x64xf32> {dl.output = "c"}) {
  %0 = dl.matmul %a, %b : (tensor<64x64xf32>, tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0 : tensor<64x64xf32>
}
