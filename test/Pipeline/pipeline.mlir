// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=dl" | FileCheck %s --check-prefix=DL \
// RUN:   --implicit-check-not=linalg. --implicit-check-not=vector.
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=linalg" | FileCheck %s --check-prefix=LINALG \
// RUN:   --implicit-check-not="= dl." --implicit-check-not=vector. --implicit-check-not=scf.for
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=vector" | FileCheck %s --check-prefix=VECTOR \
// RUN:   --implicit-check-not=linalg.matmul --implicit-check-not=linalg.generic --implicit-check-not=memref
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=bufferized" | FileCheck %s --check-prefix=BUF \
// RUN:   --implicit-check-not="tensor<" --implicit-check-not=memref.copy
// RUN: dl-opt %s --dl-cpu-pipeline="stop-after=llvm cpu=x86-64-v3 features=+avx2,+fma" \
// RUN:   | FileCheck %s --check-prefix=LLVM --implicit-check-not="{dl." \
// RUN:   --implicit-check-not=unrealized_conversion_cast \
// RUN:   --implicit-check-not="{{^ *(%[^ ]+ = )?(func|dl|linalg|tensor|vector|memref|scf|cf|arith|math|ub)\.}}"
// --dl-cpu-pipeline="stop-after=X" runs the same stages as dlc --emit=X and
// stops after stage X: each prefix checks the dialects of one stage's output
// for one small model (reshape, matmul, bias, relu).

// DL-LABEL: func.func @dense
// DL-SAME: {dl.input = "x"}
// DL: dl.reshape
// DL: dl.matmul
// DL: dl.add
// DL: dl.relu

// Linalg on tensors: the reshape is a collapse_shape feeding a named matmul,
// and bias and relu are fused into one generic.
// LINALG-LABEL: func.func @dense
// LINALG-SAME: (%[[X:.+]]: tensor<2x4x8xf32> {dl.input = "x"}, %[[W:.+]]: tensor<8x16xf32> {dl.param = "w"}, %[[B:.+]]: tensor<16xf32> {dl.param = "b"})
// LINALG-SAME: -> (tensor<8x16xf32> {dl.output = "y"})
// LINALG: %[[FLAT:.+]] = tensor.collapse_shape %[[X]]
// LINALG: %[[MM:.+]] = linalg.matmul ins(%[[FLAT]], %[[W]] : tensor<8x8xf32>, tensor<8x16xf32>)
// LINALG: %[[R:.+]] = linalg.generic
// LINALG-SAME: ins(%[[MM]], %[[B]] : tensor<8x16xf32>, tensor<16xf32>)
// LINALG: arith.addf
// LINALG: arith.maximumf
// LINALG-NOT: linalg.generic
// LINALG: return %[[R]]

// Vector ops on tensors: the matmul is an 8x4x16 contraction in a K loop,
// bias and relu work on vector<1x16xf32> rows.
// VECTOR-LABEL: func.func @dense
// VECTOR-SAME: tensor<2x4x8xf32>
// VECTOR: vector.transfer_read {{.*}} : tensor<8x16xf32>, vector<8x16xf32>
// VECTOR: scf.for {{.*}} -> (vector<8x16xf32>)
// VECTOR: vector.transfer_read {{.*}} : tensor<8x4xf32>, vector<8x4xf32>
// VECTOR: vector.contract {{.*}} : vector<8x4xf32>, vector<4x16xf32> into vector<8x16xf32>
// VECTOR: arith.addf {{.*}} : vector<1x16xf32>
// VECTOR: arith.maximumf {{.*}} : vector<1x16xf32>
// VECTOR: vector.transfer_write {{.*}} : vector<1x16xf32>, tensor<1x16xf32>
// VECTOR: return {{.*}} : tensor<8x16xf32>

// Memrefs: the result is an out-parameter named dl.output, written in place
// (no copy into it), and the function returns nothing.
// BUF-LABEL: func.func @dense
// BUF-SAME: (%{{.+}}: memref<2x4x8xf32> {dl.input = "x"}, %{{.+}}: memref<8x16xf32> {dl.param = "w"}, %{{.+}}: memref<16xf32> {dl.param = "b"}, %[[Y:.+]]: memref<8x16xf32> {dl.output = "y"}) {
// BUF: vector.contract
// BUF: %[[ROW:.+]] = memref.subview %[[Y]]
// BUF: vector.transfer_write %{{.+}}, %[[ROW]]
// BUF: return{{$}}

// The LLVM dialect: only llvm.func, carrying the pipeline's cpu and features;
// the contraction became fused multiply-adds.
// LLVM-LABEL: llvm.func @dense
// LLVM-SAME: target_cpu = "x86-64-v3"
// LLVM-SAME: target_features = #llvm.target_features<["+avx2", "+fma"]>
// LLVM: llvm.intr.fmuladd
// LLVM: llvm.return
func.func @dense(%x: tensor<2x4x8xf32> {dl.input = "x"}, %w: tensor<8x16xf32> {dl.param = "w"},
                 %b: tensor<16xf32> {dl.param = "b"}) -> (tensor<8x16xf32> {dl.output = "y"}) {
  %0 = dl.reshape %x : (tensor<2x4x8xf32>) -> tensor<8x8xf32>
  %1 = dl.matmul %0, %w : (tensor<8x8xf32>, tensor<8x16xf32>) -> tensor<8x16xf32>
  %2 = dl.add %1, %b : (tensor<8x16xf32>, tensor<16xf32>) -> tensor<8x16xf32>
  %3 = dl.relu %2 : tensor<8x16xf32>
  return %3 : tensor<8x16xf32>
}
