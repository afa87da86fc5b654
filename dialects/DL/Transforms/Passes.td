//===- Passes.td - Transformations of the dl dialect ----------------------===//
// SPDX-License-Identifier: Apache-2.0
//===----------------------------------------------------------------------===//

#ifndef DL_TRANSFORMS_PASSES_TD
#define DL_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def DLAutodiffPass : Pass<"dl-autodiff", "ModuleOp"> {
  let summary = "Differentiate a model function in reverse mode";
  let description = [{
    Adds `<f>_grad` (or `grad-name`) next to the model function `f`: it
    computes `f`'s results and then, in reverse, the gradient of a result
    with respect to the chosen arguments, using each op's
    DifferentiableOpInterface rule. The gradient is plain `dl` IR; run
    `canonicalize` and `cse` to simplify it.

    `<f>_grad` returns `f`'s results followed by one gradient per chosen
    argument, named `grad.<argument name>` (zeros for an argument the
    results do not depend on). Without `seed`, `f` must have exactly one
    result, a floating-point scalar (`tensor<f32>`), whose gradient is
    computed. With `seed`, `<f>_grad` takes one more input per
    floating-point result, `seed.<result name>`, of the result's type, and
    computes the vector-Jacobian product: the gradient of
    `sum_i sum(seed_i * result_i)`.

    Every problem is reported before the pass fails: a non-scalar result
    without `seed`, an argument that is not a floating-point tensor, and
    every op on the path from the arguments to the results that has no
    gradient rule.

    ```mlir
    func.func @loss(%x: tensor<4xf32> {dl.input = "x"},
                    %w: tensor<4xf32> {dl.param = "w"})
        -> (tensor<f32> {dl.output = "loss"}) { ... }
    // dl-opt --dl-autodiff="function=loss" adds
    func.func @loss_grad(%x: ..., %w: ...)
        -> (tensor<f32> {dl.output = "loss"}, tensor<4xf32> {dl.output = "grad.w"})
    ```
  }];
  let options = [
    Option<"functionName", "function", "std::string", /*default=*/"",
           "The function to differentiate (default: the only public one)">,
    ListOption<"wrt", "wrt", "std::string",
               "Names of the arguments to differentiate with respect to "
               "(default: every dl.param)">,
    Option<"gradName", "grad-name", "std::string", /*default=*/"",
           "Name of the generated function (default: <function>_grad)">,
    Option<"seed", "seed", "bool", /*default=*/"false",
           "Take a cotangent input per result instead of requiring one "
           "scalar result">,
  ];
  let dependentDialects = ["::mlir::dl::DLDialect"];
}

def DLExpandLossesPass : Pass<"dl-expand-losses", "func::FuncOp"> {
  let summary = "Rewrite loss ops into primitive dl ops";
  let description = [{
    Replaces every loss op (`dl.mse_loss`, `dl.categorical_crossentropy`,
    `dl.sparse_categorical_crossentropy`, `dl.binary_crossentropy`,
    `dl.hinge_loss`) by the per-sample computation its description states and
    the reduction, in elementwise, reduction and softmax ops, which the CPU
    pipeline lowers and fuses like any other. Run after `dl-autodiff`, which
    uses the loss ops' own gradient rules.
  }];
  let dependentDialects = ["::mlir::dl::DLDialect"];
}

#endif // DL_TRANSFORMS_PASSES_TD
