// RUN: dl-opt %s --dl-autodiff --canonicalize --cse -o %t.grad.mlir
// RUN: dlc run %t.grad.mlir --entry f_grad --check-grad --random-inputs 5 | FileCheck %s
// RUN: dl-opt %t.grad.mlir --dl-autodiff="function=f_grad seed=1" | FileCheck %s --check-prefix=IR
// Rules emit dl ops, so a gradient function can be differentiated again:
// d/dx of <seed_loss * f(x) + seed_g . grad f(x)>, a Hessian-vector product,
// agrees with central differences of f_grad. The second-order gradient of x
// is named grad.grad.x, beside f_grad's own grad.x.
// CHECK: grad.grad.x: 5 elements, {{.*}}: ok
// IR-LABEL: func.func @f_grad_grad
// IR-SAME: {dl.input = "seed.loss"}, %{{.+}}: tensor<5xf64> {dl.input = "seed.grad.x"})
// IR-SAME: -> (tensor<f64> {dl.output = "loss"}, tensor<5xf64> {dl.output = "grad.x"}, tensor<5xf64> {dl.output = "grad.grad.x"})
func.func @f(%x: tensor<5xf64> {dl.param = "x"}) -> (tensor<f64> {dl.output = "loss"}) {
  %t = dl.tanh %x : tensor<5xf64>
  %s = dl.sigmoid %t : tensor<5xf64>
  %e = dl.exp %s : tensor<5xf64>
  %p = dl.mul %e, %x : (tensor<5xf64>, tensor<5xf64>) -> tensor<5xf64>
  %q = dl.div %p, %s : (tensor<5xf64>, tensor<5xf64>) -> tensor<5xf64>
  %l = dl.sum %q axes = [0] : (tensor<5xf64>) -> tensor<f64>
  return %l : tensor<f64>
}
