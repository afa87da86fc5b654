// RUN: dl-opt %s --split-input-file --dl-lower-vectors | FileCheck %s \
// RUN:   --implicit-check-not=vector.contract --implicit-check-not=vector.outerproduct \
// RUN:   --implicit-check-not=vector.transfer_read --implicit-check-not=vector.transfer_write \
// RUN:   --implicit-check-not=vector.multi_reduction --implicit-check-not=memref.alloca
// dl-lower-vectors turns the bufferized output of dl-tile-and-vectorize into
// what convert-vector-to-llvm handles well: contractions become broadcast
// FMAs (through outer products), in-bounds transfers become unrolled 1-D
// vector.load/store without stack temporaries, 0-d transfers become scalar
// memref.load/store, and multi-reductions become 1-D reductions. The inputs
// are all in bounds, so no vector.transfer_* op of any rank may remain.

// An 8x4x32 contraction (a matmul register tile) becomes 8*4 = 32 FMAs on
// vector<32xf32>: each lhs element is loaded as a scalar and broadcast, each
// rhs and accumulator row is one vector.load, each result row one vector.store.
// CHECK-LABEL: func.func @contract_8x4x32
// CHECK-SAME: (%[[A:.+]]: memref<8x4xf32>, %[[B:.+]]: memref<4x32xf32>, %[[C:.+]]: memref<8x32xf32>)
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[B0:.+]] = vector.load %[[B]][%[[C0]], %[[C0]]] : memref<4x32xf32>, vector<32xf32>
// CHECK-DAG: %[[ACC0:.+]] = vector.load %[[C]][%[[C0]], %[[C0]]] : memref<8x32xf32>, vector<32xf32>
// CHECK: %[[A00:.+]] = memref.load %[[A]][%[[C0]], %[[C0]]] : memref<8x4xf32>
// CHECK-NEXT: %[[SPLAT:.+]] = vector.broadcast %[[A00]] : f32 to vector<32xf32>
// CHECK: %{{.+}} = vector.fma %[[SPLAT]], %[[B0]], %[[ACC0]] : vector<32xf32>
// CHECK-COUNT-31: vector.fma {{.*}} : vector<32xf32>
// CHECK-NOT: vector.fma
// CHECK-COUNT-8: vector.store %{{.+}}, %[[C]][%{{.+}}, %[[C0]]] : memref<8x32xf32>, vector<32xf32>
// CHECK: return
#lhs = affine_map<(d0, d1, d2) -> (d0, d2)>
#rhs = affine_map<(d0, d1, d2) -> (d2, d1)>
#out = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func @contract_8x4x32(%a: memref<8x4xf32>, %b: memref<4x32xf32>, %c: memref<8x32xf32>) {
  %c0 = arith.constant 0 : index
  %p = ub.poison : f32
  %va = vector.transfer_read %a[%c0, %c0], %p {in_bounds = [true, true]} : memref<8x4xf32>, vector<8x4xf32>
  %vb = vector.transfer_read %b[%c0, %c0], %p {in_bounds = [true, true]} : memref<4x32xf32>, vector<4x32xf32>
  %vc = vector.transfer_read %c[%c0, %c0], %p {in_bounds = [true, true]} : memref<8x32xf32>, vector<8x32xf32>
  %r = vector.contract {indexing_maps = [#lhs, #rhs, #out], iterator_types = ["parallel", "parallel", "reduction"],
                        kind = #vector.kind<add>} %va, %vb, %vc
      : vector<8x4xf32>, vector<4x32xf32> into vector<8x32xf32>
  vector.transfer_write %r, %c[%c0, %c0] {in_bounds = [true, true]} : vector<8x32xf32>, memref<8x32xf32>
  return
}

// -----

// A 2-D transfer pair becomes one 1-D vector.load and vector.store per row.
// CHECK-LABEL: func.func @copy_4x16
// CHECK-SAME: (%[[IN:.+]]: memref<4x16xf32>, %[[OUT:.+]]: memref<4x16xf32>)
// CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[C1:.+]] = arith.constant 1 : index
// CHECK-DAG: %[[C2:.+]] = arith.constant 2 : index
// CHECK-DAG: %[[C3:.+]] = arith.constant 3 : index
// CHECK-DAG: %[[R0:.+]] = vector.load %[[IN]][%[[C0]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: %[[R1:.+]] = vector.load %[[IN]][%[[C1]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: %[[R2:.+]] = vector.load %[[IN]][%[[C2]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: %[[R3:.+]] = vector.load %[[IN]][%[[C3]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: vector.store %[[R0]], %[[OUT]][%[[C0]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: vector.store %[[R1]], %[[OUT]][%[[C1]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: vector.store %[[R2]], %[[OUT]][%[[C2]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK-DAG: vector.store %[[R3]], %[[OUT]][%[[C3]], %[[C0]]] : memref<4x16xf32>, vector<16xf32>
// CHECK: return
func.func @copy_4x16(%a: memref<4x16xf32>, %o: memref<4x16xf32>) {
  %c0 = arith.constant 0 : index
  %p = ub.poison : f32
  %v = vector.transfer_read %a[%c0, %c0], %p {in_bounds = [true, true]} : memref<4x16xf32>, vector<4x16xf32>
  vector.transfer_write %v, %o[%c0, %c0] {in_bounds = [true, true]} : vector<4x16xf32>, memref<4x16xf32>
  return
}

// -----

// Transfers on a strided subview (a tile of a larger buffer) are unrolled the same way.
// CHECK-LABEL: func.func @strided_tile
// CHECK: %[[TILE:.+]] = memref.subview
// CHECK: vector.load %[[TILE]][%{{.+}}, %{{.+}}] : memref<2x16xf32, strided<[64, 1], offset: ?>>, vector<16xf32>
// CHECK: vector.load %[[TILE]][%{{.+}}, %{{.+}}] : memref<2x16xf32, strided<[64, 1], offset: ?>>, vector<16xf32>
// CHECK-NOT: vector.load
// CHECK: return %{{.+}} : vector<2x16xf32>
func.func @strided_tile(%a: memref<64x64xf32>, %i: index, %j: index) -> vector<2x16xf32> {
  %c0 = arith.constant 0 : index
  %p = ub.poison : f32
  %s = memref.subview %a[%i, %j] [2, 16] [1, 1] : memref<64x64xf32> to memref<2x16xf32, strided<[64, 1], offset: ?>>
  %v = vector.transfer_read %s[%c0, %c0], %p {in_bounds = [true, true]} : memref<2x16xf32, strided<[64, 1], offset: ?>>, vector<2x16xf32>
  return %v : vector<2x16xf32>
}

// -----

// 0-d transfers of a scalar become memref.load and memref.store.
// CHECK-LABEL: func.func @zero_d_scalar
// CHECK-SAME: (%[[IN:.+]]: memref<f32>, %[[OUT:.+]]: memref<f32>)
// CHECK-NEXT: %[[X:.+]] = memref.load %[[IN]][] : memref<f32>
// CHECK-NEXT: %[[Y:.+]] = arith.addf %[[X]], %[[X]] : f32
// CHECK-NEXT: memref.store %[[Y]], %[[OUT]][] : memref<f32>
// CHECK-NEXT: return
func.func @zero_d_scalar(%a: memref<f32>, %o: memref<f32>) {
  %p = ub.poison : f32
  %v = vector.transfer_read %a[], %p : memref<f32>, vector<f32>
  %s = vector.extract %v[] : f32 from vector<f32>
  %t = arith.addf %s, %s : f32
  %w = vector.broadcast %t : f32 to vector<f32>
  vector.transfer_write %w, %o[] : vector<f32>, memref<f32>
  return
}

// -----

// A 0-d accumulator carried by a loop (a full reduction) is loaded with a plain
// 0-d vector.load and stored with memref.store.
// CHECK-LABEL: func.func @zero_d_accumulator
// CHECK-SAME: (%[[X:.+]]: memref<4x64xf32>, %[[ACC:.+]]: memref<f32>)
// CHECK: %[[INIT:.+]] = vector.load %[[ACC]][] : memref<f32>, vector<f32>
// CHECK: %[[R:.+]] = scf.for {{.*}} iter_args(%{{.+}} = %[[INIT]]) -> (vector<f32>)
// CHECK: vector.load {{.*}} vector<64xf32>
// CHECK: vector.reduction <add>
// CHECK: %[[S:.+]] = vector.extract %[[R]][] : f32 from vector<f32>
// CHECK-NEXT: memref.store %[[S]], %[[ACC]][] : memref<f32>
func.func @zero_d_accumulator(%x: memref<4x64xf32>, %acc: memref<f32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %p = ub.poison : f32
  %init = vector.transfer_read %acc[], %p : memref<f32>, vector<f32>
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%a = %init) -> (vector<f32>) {
    %row = memref.subview %x[%i, 0] [1, 64] [1, 1] : memref<4x64xf32> to memref<64xf32, strided<[1], offset: ?>>
    %v = vector.transfer_read %row[%c0], %p {in_bounds = [true]} : memref<64xf32, strided<[1], offset: ?>>, vector<64xf32>
    %s = vector.extract %a[] : f32 from vector<f32>
    %t = vector.reduction <add>, %v, %s : vector<64xf32> into f32
    %b = vector.broadcast %t : f32 to vector<f32>
    scf.yield %b : vector<f32>
  }
  vector.transfer_write %r, %acc[] : vector<f32>, memref<f32>
  return
}

// -----

// A multi_reduction over the inner dimension becomes one vector.reduction per row,
// each starting from its element of the accumulator.
// CHECK-LABEL: func.func @row_reduction
// CHECK-SAME: (%[[X:.+]]: memref<4x64xf32>, %[[ACC:.+]]: vector<4xf32>)
// CHECK-COUNT-4: vector.load %[[X]]{{.*}} : memref<4x64xf32>, vector<64xf32>
// CHECK: %[[A0:.+]] = vector.extract %[[ACC]][0] : f32 from vector<4xf32>
// CHECK-NEXT: vector.reduction <add>, %{{.+}}, %[[A0]] : vector<64xf32> into f32
// CHECK-COUNT-3: vector.reduction <add>
// CHECK: return
func.func @row_reduction(%a: memref<4x64xf32>, %acc: vector<4xf32>) -> vector<4xf32> {
  %c0 = arith.constant 0 : index
  %p = ub.poison : f32
  %v = vector.transfer_read %a[%c0, %c0], %p {in_bounds = [true, true]} : memref<4x64xf32>, vector<4x64xf32>
  %r = vector.multi_reduction <add>, %v, %acc [1] : vector<4x64xf32> to vector<4xf32>
  return %r : vector<4xf32>
}
