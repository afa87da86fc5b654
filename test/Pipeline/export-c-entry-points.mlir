// RUN: dl-opt %s --split-input-file --dl-export-c-entry-points | FileCheck %s
// dl-export-c-entry-points gives each public function an i32 status result:
// DLRT_OK (0) from every return, DLRT_ERROR_INVALID_ARGUMENT (3) before
// anything runs when a buffer with elements is a null pointer.

// CHECK-LABEL: func.func @scale
// CHECK-SAME: (%[[X:.+]]: memref<4xf32>, %[[Y:.+]]: memref<4xf32>) -> i32
// CHECK-DAG: %[[ZERO:.+]] = arith.constant 0 : index
// CHECK-DAG: %[[PX:.+]] = memref.extract_aligned_pointer_as_index %[[X]]
// CHECK-DAG: %[[NX:.+]] = arith.cmpi eq, %[[PX]], %[[ZERO]]
// CHECK-DAG: %[[PY:.+]] = memref.extract_aligned_pointer_as_index %[[Y]]
// CHECK-DAG: %[[NY:.+]] = arith.cmpi eq, %[[PY]], %[[ZERO]]
// CHECK: cf.cond_br %{{.+}}, ^[[INVALID:.+]], ^[[BODY:[a-z0-9]+]](%[[X]], %[[Y]]
// CHECK: ^[[BODY]](%[[BX:.+]]: memref<4xf32>, %[[BY:.+]]: memref<4xf32>):
// CHECK: memref.copy %[[BX]], %[[BY]]
// CHECK: %[[OK:.+]] = arith.constant 0 : i32
// CHECK: return %[[OK]] : i32
// CHECK: ^[[INVALID]]:
// CHECK: %[[BAD:.+]] = arith.constant 3 : i32
// CHECK: return %[[BAD]] : i32
func.func @scale(%x: memref<4xf32>, %y: memref<4xf32>) {
  memref.copy %x, %y : memref<4xf32> to memref<4xf32>
  return
}

// Private functions keep their signature.
// CHECK-LABEL: func.func private @helper
// CHECK-SAME: (%{{.+}}: memref<4xf32>) {
func.func private @helper(%x: memref<4xf32>) {
  return
}

// -----

// A buffer without elements may be NULL, so it is not checked, and the body
// gets an empty buffer of its own: the C signature takes memref<0xT>, which
// the bare-pointer convention accepts for every empty shape.
// CHECK-LABEL: func.func @empty
// CHECK-SAME: (%[[E:.+]]: memref<0xf32>, %[[Y:.+]]: memref<2xf32>) -> i32
// CHECK: %[[LOCAL:.+]] = memref.alloca() : memref<2x0xf32>
// CHECK-NOT: memref.extract_aligned_pointer_as_index %[[E]]
// CHECK: memref.extract_aligned_pointer_as_index %[[Y]]
// CHECK-NOT: memref.extract_aligned_pointer_as_index %[[E]]
// CHECK: cf.cond_br %{{.+}}, ^{{.+}}, ^[[BODY:[a-z0-9]+]](%[[LOCAL]], %[[Y]]
// CHECK: ^[[BODY]](%[[BE:.+]]: memref<2x0xf32>, %{{.+}}: memref<2xf32>):
// CHECK: memref.copy %[[BE]]
func.func @empty(%e: memref<2x0xf32>, %y: memref<2xf32>) {
  %a = memref.alloc() : memref<2x0xf32>
  memref.copy %e, %a : memref<2x0xf32> to memref<2x0xf32>
  memref.dealloc %a : memref<2x0xf32>
  return
}
