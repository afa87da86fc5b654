// RUN: dl-opt %s --split-input-file --dl-set-target="cpu=x86-64-v3 features=+avx2,+fma,-avx512f" | FileCheck %s
// RUN: dl-opt %s --split-input-file --dl-set-target | FileCheck %s --check-prefix=HOST
// dl-set-target records the target CPU and features on every func.func with
// a body (convert-func-to-llvm carries them to llvm.func); empty options
// mean the host's CPU and features.

// A function with a body gets the CPU and every feature of the options, in order.
// CHECK-LABEL: func.func @with_body
// CHECK-SAME: attributes {target_cpu = "x86-64-v3", target_features = #llvm.target_features<["+avx2", "+fma", "-avx512f"]>}
// Without options, the host's CPU name and a non-empty feature list are used.
// HOST-LABEL: func.func @with_body
// HOST-SAME: target_cpu = "{{[^"]+}}"
// HOST-SAME: target_features = #llvm.target_features<["{{[+-]}}{{.+}}"]>
func.func @with_body(%x: f32) -> f32 {
  return %x : f32
}

// -----

// A declaration has no code to generate and gets no target attributes.
// CHECK-LABEL: func.func private @declaration(f32) -> f32
// CHECK-NOT: target_cpu
// CHECK-NOT: target_features
// HOST-LABEL: func.func private @declaration(f32) -> f32
// HOST-NOT: target_
func.func private @declaration(f32) -> f32

// -----

// Every function with a body in the module is marked, other attributes stay.
// CHECK-LABEL: func.func @first
// CHECK-SAME: attributes {llvm.emit_c_interface, target_cpu = "x86-64-v3", target_features = #llvm.target_features<["+avx2", "+fma", "-avx512f"]>}
// CHECK-LABEL: func.func private @helper
// CHECK-SAME: attributes {target_cpu = "x86-64-v3", target_features = #llvm.target_features<["+avx2", "+fma", "-avx512f"]>}
// HOST-LABEL: func.func @first
// HOST-LABEL: func.func private @helper
func.func @first(%x: f32) -> f32 attributes {llvm.emit_c_interface} {
  %0 = func.call @helper(%x) : (f32) -> f32
  return %0 : f32
}
func.func private @helper(%x: f32) -> f32 {
  return %x : f32
}
