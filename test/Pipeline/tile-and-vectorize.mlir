// RUN: dl-opt %s --split-input-file --dl-tile-and-vectorize | FileCheck %s
// dl-tile-and-vectorize tiles linalg ops on tensors with scf.for loops whose
// steps divide the static sizes exactly, then vectorizes each tile: a matmul
// into register tiles of at most 16x16x4 with the accumulator kept in a vector
// iter_arg, every other op along its innermost loop (at most 64 elements,
// preferring multiples of 16).

// A 64x64x64 matmul becomes 16x16 register tiles with a K loop of step 4 whose
// vector<16x16xf32> accumulator is read before the loop, carried as an iter_arg
// and written once after it.
// CHECK-DAG: #[[$LHS:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[$RHS:.+]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[$OUT:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_64x64x64
// CHECK-SAME: (%[[A:.+]]: tensor<64x64xf32>, %[[B:.+]]: tensor<64x64xf32>, %[[C:.+]]: tensor<64x64xf32>)
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
// CHECK-DAG: %[[C64:.+]] = arith.constant 64 : index
// CHECK: %[[RES:.+]] = scf.for %[[I:[^ ]+]] = %[[C0]] to %[[C64]] step %[[C16]] iter_args(%{{[^ ]+}} = %[[C]])
// CHECK: scf.for %[[J:[^ ]+]] = %[[C0]] to %[[C64]] step %[[C16]] iter_args(%[[OUT:[^ ]+]] =
// CHECK: %[[ACC_T:.+]] = tensor.extract_slice %[[OUT]][%[[I]], %[[J]]] [16, 16] [1, 1] : tensor<64x64xf32> to tensor<16x16xf32>
// CHECK: %[[ACC:.+]] = vector.transfer_read %[[ACC_T]]{{.*}} : tensor<16x16xf32>, vector<16x16xf32>
// CHECK: %[[KLOOP:[^: ]+]]{{(:[0-9]+)?}} = scf.for %[[K:[^ ]+]] = %[[C0]] to %[[C64]] step %[[C4]] iter_args({{.*}}%[[VACC:[^ ]+]] = %[[ACC]]) -> ({{.*}}vector<16x16xf32>)
// CHECK: %[[A_T:.+]] = tensor.extract_slice %[[A]][%[[I]], %[[K]]] [16, 4] [1, 1]
// CHECK: %[[B_T:.+]] = tensor.extract_slice %[[B]][%[[K]], %[[J]]] [4, 16] [1, 1]
// CHECK: %[[LHS:.+]] = vector.transfer_read %[[A_T]]{{.*}} : tensor<16x4xf32>, vector<16x4xf32>
// CHECK: %[[RHS:.+]] = vector.transfer_read %[[B_T]]{{.*}} : tensor<4x16xf32>, vector<4x16xf32>
// CHECK-NOT: vector.transfer_read
// CHECK: %[[SUM:.+]] = vector.contract
// CHECK-SAME: indexing_maps = [#[[$LHS]], #[[$RHS]], #[[$OUT]]]
// CHECK-SAME: iterator_types = ["parallel", "parallel", "reduction"]
// CHECK-SAME: %[[LHS]], %[[RHS]], %[[VACC]] : vector<16x4xf32>, vector<4x16xf32> into vector<16x16xf32>
// CHECK-NOT: vector.transfer_write
// CHECK: scf.yield {{.*}}%[[SUM]] : {{.*}}vector<16x16xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[TILE:.+]] = vector.transfer_write %[[KLOOP]]{{(#[0-9]+)?}}, {{.*}} : vector<16x16xf32>, tensor<16x16xf32>
// CHECK-NEXT: tensor.insert_slice %[[TILE]] into {{.*}}[%[[I]], %[[J]]] [16, 16] [1, 1] : tensor<16x16xf32> into tensor<64x64xf32>
// CHECK-NOT: linalg.matmul
// CHECK: return %[[RES]]
func.func @matmul_64x64x64(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %m : tensor<64x64xf32>
}

// -----

// Tile sizes divide the loops: 24x40x12 gets 12 rows (the largest divisor of
// 24 up to 16), 10 columns (the largest divisor of 40 up to 16; none is a
// multiple of 16) and 4 along K.
// CHECK-LABEL: func.func @matmul_24x40x12
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG: %[[C10:.+]] = arith.constant 10 : index
// CHECK-DAG: %[[C12:.+]] = arith.constant 12 : index
// CHECK-DAG: %[[C24:.+]] = arith.constant 24 : index
// CHECK-DAG: %[[C40:.+]] = arith.constant 40 : index
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C24]] step %[[C12]]
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C40]] step %[[C10]]
// CHECK: vector.transfer_read {{.*}} : tensor<12x10xf32>, vector<12x10xf32>
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C12]] step %[[C4]] iter_args({{.*}}) -> ({{.*}}vector<12x10xf32>)
// CHECK: vector.contract {{.*}} : vector<12x4xf32>, vector<4x10xf32> into vector<12x10xf32>
// CHECK-NOT: vector.mask
// CHECK-NOT: linalg.matmul
func.func @matmul_24x40x12(%a: tensor<24x12xf32>, %b: tensor<12x40xf32>, %c: tensor<24x40xf32>) -> tensor<24x40xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<24x12xf32>, tensor<12x40xf32>) outs(%c : tensor<24x40xf32>) -> tensor<24x40xf32>
  return %m : tensor<24x40xf32>
}

// -----

// A matmul larger than the cache tile along M (64) and N (256) is tiled twice:
// cache loops around register loops (16, 16, 4) over each 64x256 cache tile.
// K = 64 stays whole at the cache level.
// CHECK-LABEL: func.func @matmul_two_levels
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
// CHECK-DAG: %[[C64:.+]] = arith.constant 64 : index
// CHECK-DAG: %[[C128:.+]] = arith.constant 128 : index
// CHECK-DAG: %[[C256:.+]] = arith.constant 256 : index
// CHECK-DAG: %[[C512:.+]] = arith.constant 512 : index
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C128]] step %[[C64]]
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C512]] step %[[C256]]
// CHECK: tensor.extract_slice {{.*}} : tensor<128x64xf32> to tensor<64x64xf32>
// CHECK: tensor.extract_slice {{.*}} : tensor<64x512xf32> to tensor<64x256xf32>
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C64]] step %[[C16]]
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C256]] step %[[C16]]
// CHECK: scf.for %{{[^ ]+}} = %[[C0]] to %[[C64]] step %[[C4]] iter_args({{.*}}) -> ({{.*}}vector<16x16xf32>)
// CHECK: vector.contract {{.*}} : vector<16x4xf32>, vector<4x16xf32> into vector<16x16xf32>
func.func @matmul_two_levels(%a: tensor<128x64xf32>, %b: tensor<64x512xf32>, %c: tensor<128x512xf32>) -> tensor<128x512xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<128x64xf32>, tensor<64x512xf32>) outs(%c : tensor<128x512xf32>) -> tensor<128x512xf32>
  return %m : tensor<128x512xf32>
}

// -----

// An elementwise op on 4x128 is tiled 1x64 and vectorized along the innermost dimension.
// CHECK-LABEL: func.func @elementwise_4x128
// CHECK-SAME: (%[[X:.+]]: tensor<4x128xf32>)
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[C1:.+]] = arith.constant 1 : index
// CHECK-DAG: %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG: %[[C64:.+]] = arith.constant 64 : index
// CHECK-DAG: %[[C128:.+]] = arith.constant 128 : index
// CHECK: scf.for %[[I:[^ ]+]] = %[[C0]] to %[[C4]] step %[[C1]]
// CHECK: scf.for %[[J:[^ ]+]] = %[[C0]] to %[[C128]] step %[[C64]]
// CHECK: %[[IN:.+]] = tensor.extract_slice %[[X]][%[[I]], %[[J]]] [1, 64] [1, 1] : tensor<4x128xf32> to tensor<1x64xf32>
// CHECK: %[[V:.+]] = vector.transfer_read %[[IN]]{{.*}} : tensor<1x64xf32>, vector<1x64xf32>
// CHECK: %[[E:.+]] = math.exp %[[V]] : vector<1x64xf32>
// CHECK: vector.transfer_write %[[E]], {{.*}} : vector<1x64xf32>, tensor<1x64xf32>
// CHECK-NOT: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @elementwise_4x128(%x: tensor<4x128xf32>) -> tensor<4x128xf32> {
  %e = tensor.empty() : tensor<4x128xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x128xf32>) outs(%e : tensor<4x128xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<4x128xf32>
  return %0 : tensor<4x128xf32>
}

// -----

// The innermost tile prefers a multiple of 16 (16 divides 80) over the largest divisor (40).
// CHECK-LABEL: func.func @elementwise_4x80
// CHECK: %[[C16:.+]] = arith.constant 16 : index
// CHECK: scf.for %{{[^ ]+}} = %{{.+}} to %{{.+}} step %[[C16]]
// CHECK: arith.negf %{{.+}} : vector<1x16xf32>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @elementwise_4x80(%x: tensor<4x80xf32>) -> tensor<4x80xf32> {
  %e = tensor.empty() : tensor<4x80xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x80xf32>) outs(%e : tensor<4x80xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.negf %a : f32
    linalg.yield %s : f32
  } -> tensor<4x80xf32>
  return %0 : tensor<4x80xf32>
}

// -----

// Without a multiple of 16 among the divisors of 100, the largest one up to 64 (50) is taken: no masks.
// CHECK-LABEL: func.func @elementwise_4x100
// CHECK: %[[C50:.+]] = arith.constant 50 : index
// CHECK: scf.for %{{[^ ]+}} = %{{.+}} to %{{.+}} step %[[C50]]
// CHECK: arith.negf %{{.+}} : vector<1x50xf32>
// CHECK-NOT: vector.mask
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @elementwise_4x100(%x: tensor<4x100xf32>) -> tensor<4x100xf32> {
  %e = tensor.empty() : tensor<4x100xf32>
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x100xf32>) outs(%e : tensor<4x100xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.negf %a : f32
    linalg.yield %s : f32
  } -> tensor<4x100xf32>
  return %0 : tensor<4x100xf32>
}

// -----

// A reduction along the innermost loop is tiled by 64 and vectorized into a
// multi_reduction whose accumulator is carried through the reduction loop.
// CHECK-LABEL: func.func @row_sum
// CHECK: %[[ACC:.+]] = vector.transfer_read {{.*}} : tensor<1xf32>, vector<1xf32>
// CHECK: scf.for {{.*}} iter_args({{.*}}%[[VACC:[^ ]+]] = %[[ACC]]) -> ({{.*}}vector<1xf32>)
// CHECK: %[[V:.+]] = vector.transfer_read {{.*}} : tensor<1x64xf32>, vector<1x64xf32>
// CHECK: %[[R:.+]] = vector.multi_reduction <add>, %[[V]], %[[VACC]] [1] : vector<1x64xf32> to vector<1xf32>
// CHECK: scf.yield {{.*}}%[[R]] :
// CHECK-NOT: linalg.generic
#in = affine_map<(d0, d1) -> (d0, d1)>
#out = affine_map<(d0, d1) -> (d0)>
func.func @row_sum(%x: tensor<4x128xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %0 = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x128xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// An op on i1 tensors is neither tiled nor vectorized (vector<Nxi1> is bit-packed in memory).
// CHECK-LABEL: func.func @boolean_and
// CHECK-SAME: (%[[X:.+]]: tensor<4x128xi1>, %[[Y:.+]]: tensor<4x128xi1>)
// CHECK-NOT: scf.for
// CHECK-NOT: vector.
// CHECK: %[[R:.+]] = linalg.generic
// CHECK-SAME: ins(%[[X]], %[[Y]] : tensor<4x128xi1>, tensor<4x128xi1>)
// CHECK: arith.andi %{{.+}}, %{{.+}} : i1
// CHECK-NOT: vector.
// CHECK: return %[[R]]
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @boolean_and(%x: tensor<4x128xi1>, %y: tensor<4x128xi1>) -> tensor<4x128xi1> {
  %e = tensor.empty() : tensor<4x128xi1>
  %0 = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %y : tensor<4x128xi1>, tensor<4x128xi1>) outs(%e : tensor<4x128xi1>) {
  ^bb0(%a: i1, %b: i1, %o: i1):
    %s = arith.andi %a, %b : i1
    linalg.yield %s : i1
  } -> tensor<4x128xi1>
  return %0 : tensor<4x128xi1>
}

// -----

// An op with a dynamic shape is left alone: tile sizes need static sizes to divide.
// CHECK-LABEL: func.func @dynamic_shape
// CHECK-NOT: scf.for
// CHECK-NOT: vector.
// CHECK: linalg.generic
// CHECK-SAME: ins(%{{.+}} : tensor<?x8xf32>)
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @dynamic_shape(%x: tensor<?x8xf32>, %init: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %0 = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x8xf32>) outs(%init : tensor<?x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.negf %a : f32
    linalg.yield %s : f32
  } -> tensor<?x8xf32>
  return %0 : tensor<?x8xf32>
}

// -----

// An elementwise op on a broadcast scalar (Adam's bias correction from the
// step count) is computed once on the scalar, then broadcast.
// CHECK-LABEL: func.func @pow_of_broadcast
// CHECK: %[[P:.+]] = math.powf %{{.+}}, %{{.+}} : vector<f32>
// CHECK: vector.broadcast %[[P]] : vector<f32> to vector<1x64xf32>
// CHECK-NOT: math.powf
#scalar = affine_map<(d0, d1) -> ()>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @pow_of_broadcast(%t: tensor<f32>, %x: tensor<4x128xf32>) -> tensor<4x128xf32> {
  %beta = arith.constant 0.9 : f32
  %y = linalg.generic {indexing_maps = [#scalar, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<f32>) outs(%x : tensor<4x128xf32>) {
  ^bb0(%step: f32, %v: f32):
    %p = math.powf %beta, %step : f32
    %r = arith.mulf %p, %v : f32
    linalg.yield %r : f32
  } -> tensor<4x128xf32>
  return %y : tensor<4x128xf32>
}
