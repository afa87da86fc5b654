// RUN: dl-opt %s --split-input-file --verify-diagnostics --dl-export-c-entry-points
// Functions that have no plain C signature are errors naming the reason.

// expected-error @below {{cannot export @dynamic to C: argument #0 has type 'memref<?xf32>', not a statically shaped row-major buffer}}
func.func @dynamic(%x: memref<?xf32>) {
  return
}

// -----

// expected-error @below {{cannot export @strided to C: argument #0 has type 'memref<4xf32, strided<[2]>>', not a statically shaped row-major buffer}}
func.func @strided(%x: memref<4xf32, strided<[2]>>) {
  return
}

// -----

// expected-error @below {{cannot export @returns to C: it still returns 'memref<4xf32>' after bufferization}}
func.func @returns(%x: memref<4xf32>) -> memref<4xf32> {
  return %x : memref<4xf32>
}

// -----

// expected-error @below {{cannot export @callee to C: it is called from within the module}}
func.func @callee(%x: memref<4xf32>) {
  return
}
func.func @caller(%x: memref<4xf32>) {
  call @callee(%x) : (memref<4xf32>) -> ()
  return
}
