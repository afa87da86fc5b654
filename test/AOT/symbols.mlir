// RUN: rm -rf %t && mkdir -p %t
// RUN: dlc %s --aot -o %t/model.o --header %t/model.h --name sym
// RUN: llvm-nm --defined-only --extern-only %t/model.o | FileCheck %s --check-prefix=EXPORTS
// RUN: llvm-nm --undefined-only %t/model.o | FileCheck %s --check-prefix=IMPORTS
// The object exports exactly the entry points its header declares; helpers
// and the pipeline's own functions stay internal. It imports only the C
// library (malloc/free for scratch buffers, libm for f64 math), nothing from
// LLVM or MLIR.

// EXPORTS: T sym_logits
// EXPORTS-NEXT: T sym_probs
// EXPORTS-NOT: {{.}}

// IMPORTS-NOT: {{mlir|memref|_Z|llvm}}
// IMPORTS: U free
// IMPORTS-NOT: {{mlir|memref|_Z|llvm}}
// IMPORTS: U malloc
// IMPORTS-NOT: {{mlir|memref|_Z|llvm}}

func.func private @scale(%x: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %c = dl.constant dense<0.5> : tensor<8x16xf32>
  %0 = dl.mul %x, %c : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

func.func @logits(%x: tensor<8x16xf32> {dl.input = "x"}, %w: tensor<16x16xf32> {dl.param = "w"})
    -> (tensor<8x16xf32> {dl.output = "logits"}) {
  %0 = dl.matmul %x, %w : (tensor<8x16xf32>, tensor<16x16xf32>) -> tensor<8x16xf32>
  %1 = func.call @scale(%0) : (tensor<8x16xf32>) -> tensor<8x16xf32>
  return %1 : tensor<8x16xf32>
}

func.func @probs(%x: tensor<8x16xf64> {dl.input = "x"})
    -> (tensor<8x16xf64> {dl.output = "probs"}) {
  %0 = dl.softmax %x axis = 1 : tensor<8x16xf64>
  %1 = dl.tanh %0 : tensor<8x16xf64>
  return %1 : tensor<8x16xf64>
}
