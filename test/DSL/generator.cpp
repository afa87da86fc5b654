// RUN: %dsl_cxx %s -o %t %dl_runtime_lib
// The generator's command line: the module goes to standard output or to
// --mlir, initial weights to --weights with --seed.
// RUN: %t | FileCheck %s
// RUN: %t | dl-opt --verify-roundtrip > /dev/null
// RUN: %t --help | FileCheck %s --check-prefix=USAGE
// RUN: not %t --bogus 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: not %t --mlir 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: not %t --weights %t.st --seed -1 2>&1 | FileCheck %s --check-prefix=SEED
// RUN: not %t --weights %t.st --seed 12x 2>&1 | FileCheck %s --check-prefix=SEED
// RUN: not %t --mlir %t.missing/model.mlir 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
// CHECK: func.func @tiny(
// USAGE: usage: {{.*}} [--mlir FILE] [--weights FILE [--seed N]]
// SEED: error: --seed takes a non-negative integer
// UNWRITABLE: error: cannot open '{{.*}}model.mlir.new': No such file or directory
//
// Outputs whose contents do not change keep their time stamps, so that a
// build does not compile the model again; changed ones are replaced.
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %t --mlir %t.dir/m.mlir --weights %t.dir/w.safetensors --seed 1
// RUN: touch -t 200001010000 %t.dir/m.mlir %t.dir/w.safetensors
// RUN: %t --mlir %t.dir/m.mlir --weights %t.dir/w.safetensors --seed 1
// RUN: ls -l --time-style=+%%Y %t.dir | FileCheck %s --check-prefix=KEPT
// KEPT: 2000 m.mlir
// KEPT: 2000 w.safetensors
// RUN: %t --mlir %t.dir/m.mlir --weights %t.dir/w.safetensors --seed 2
// RUN: ls -l --time-style=+%%Y %t.dir | FileCheck %s --check-prefix=CHANGED
// CHANGED: 2000 m.mlir
// CHANGED-NOT: 2000 w.safetensors
// No temporary file is left behind.
// RUN: ls %t.dir | count 2

#include "dl/dsl.hpp"

using namespace dl::dsl;

const auto tiny = model("tiny", output("y", input<2, 2>("x") | dense<2>));

DL_DSL_MAIN(tiny)
