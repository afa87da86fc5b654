// RUN: rm -rf %t && mkdir -p %t
// RUN: dl-tensors make %t/weights.safetensors 'dense.kernel:f32[3,2]=0.5,-1,1,0.25,-0.5,2' \
// RUN:   'dense.bias:f32[2]=0.1,-0.2'
// RUN: dl-tensors make %t/x.safetensors 'x:f32[2,3]=1,-2,3,0.5,0,-1'

// Embedded: the entry point takes no parameters, and the object computes
// exactly what the JIT computes with the same weights.
// RUN: dlc %s --aot --weights %t/weights.safetensors --embed-weights \
// RUN:   -o %t/embedded.o --header %t/embedded.h --name emb
// RUN: FileCheck %s --check-prefix=EMBEDDED --input-file %t/embedded.h
// RUN: %host_cc -std=c99 -Wall -Werror -I%dl_runtime_include -include %t/embedded.h \
// RUN:   -DDL_ENTRY=emb_dense -c %dl_src_root/test/tools/aot-runner.c -o %t/runner.o
// RUN: %host_cxx %t/runner.o %t/embedded.o %dl_runtime_lib -o %t/embedded
// RUN: %t/embedded %t/x.safetensors -o %t/embedded.safetensors
// RUN: dlc run %s --inputs %t/weights.safetensors --inputs %t/x.safetensors -o %t/jit.safetensors
// RUN: dl-tensors compare %t/embedded.safetensors %t/jit.safetensors --rtol 0 --atol 0
// RUN: dl-tensors check %t/embedded.safetensors 'y:f32[2,2]=0,4.3,0.85,0' --rtol 1e-6
// EMBEDDED: DlrtStatus emb_dense(const float *x,
// EMBEDDED-NEXT: float *y);
// EMBEDDED-NOT: emb_weights

// Not embedded: the weights are checked at compile time, and the program
// binds them at run time; a wrong file is an error naming the tensor.
// RUN: dlc %s --aot --weights %t/weights.safetensors -o %t/loaded.o \
// RUN:   --header %t/loaded.h --name ld
// RUN: %host_cc -std=c99 -Wall -Werror -I%dl_runtime_include -include %t/loaded.h \
// RUN:   -DDL_ENTRY=ld_dense -c %dl_src_root/test/tools/aot-runner.c -o %t/runner-ld.o
// RUN: %host_cxx %t/runner-ld.o %t/loaded.o %dl_runtime_lib -o %t/loaded
// RUN: %t/loaded %t/weights.safetensors %t/x.safetensors -o %t/loaded.safetensors
// RUN: dl-tensors compare %t/loaded.safetensors %t/jit.safetensors --rtol 0 --atol 0
// RUN: dl-tensors make %t/wrong-shape.safetensors 'dense.kernel:f32[2,3]=0' 'dense.bias:f32[2]=0'
// RUN: not %t/loaded %t/wrong-shape.safetensors %t/x.safetensors -o %t/never.safetensors 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LOAD
// LOAD: wrong-shape.safetensors: tensor 'dense.kernel' has shape [2, 3] but the model expects [3, 2]
// RUN: not ls %t/never.safetensors

// Compile-time checks report every mismatch at once.
// RUN: dl-tensors make %t/bad.safetensors 'dense.kernel:f64[3,2]=0' 'extra:f32[1]=0'
// RUN: not dlc %s --aot --weights %t/bad.safetensors --embed-weights -o %t/bad.o \
// RUN:   --header %t/bad.h --name bad 2>&1 | FileCheck %s --check-prefix=BAD
// BAD-DAG: error: {{.*}}bad.safetensors: tensor 'dense.kernel' is F64 [3, 2] but parameter 'dense.kernel' of @dense is F32 [3, 2]
// BAD-DAG: error: {{.*}}bad.safetensors has no tensor 'dense.bias' for parameter #2 of @dense ('tensor<2xf32>')
// BAD-DAG: warning: {{.*}}bad.safetensors: tensor 'extra' is not a parameter of any entry point; ignored
// RUN: not ls %t/bad.o %t/bad.h

// RUN: not dlc %s --aot --embed-weights -o %t/bad.o --header %t/bad.h --name bad 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-WEIGHTS
// NO-WEIGHTS: error: --embed-weights needs --weights FILE

func.func @dense(%x: tensor<2x3xf32> {dl.input = "x"},
                 %w: tensor<3x2xf32> {dl.param = "dense.kernel"},
                 %b: tensor<2xf32> {dl.param = "dense.bias"})
    -> (tensor<2x2xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %1 = dl.add %0, %b : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  %2 = dl.relu %1 : tensor<2x2xf32>
  return %2 : tensor<2x2xf32>
}
