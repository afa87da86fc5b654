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

def DLTrainStepPass : Pass<"dl-train-step", "ModuleOp"> {
  let summary = "Generate the training step and evaluation step of a model";
  let description = [{
    For the model function `@f` (its one result is the prediction) adds:

    - `@f_train_step`: the loss of a batch, its gradient with respect to
      every parameter (`dl-autodiff`), and the optimizer's update of each
      parameter and of its state, with Keras's formulas and defaults. It
      takes `f`'s arguments, the `labels`, one state tensor per parameter and
      optimizer slot (`<slot>.<parameter>`, for example `adam.m.dense0.kernel`)
      and `optimizer.iterations` (`tensor<i64>`, the number of steps taken);
      it returns the loss (`dl.output = "loss"`) and the new values of the
      parameters, the state and the iteration count, each marked
      `dl.updates` with the argument it replaces. Those arguments are
      `bufferization.writable` and the new values are materialized in their
      buffers, so after bufferization every parameter and slot is updated in
      place by one fused loop and only the loss is returned.
    - `@f_eval_step`: the loss and, for the cross-entropies, the accuracy
      (the fraction of samples whose largest prediction is at the label; for
      binary cross-entropy, whose prediction is on the label's side of 0.5,
      or of 0 for logits).

    Optimizers (`optimizer=`): `sgd` (`momentum=` > 0 adds momentum,
    `nesterov` Nesterov momentum), `rmsprop`, `adagrad` and `adam`, with
    `learning-rate=` (default: Keras's, 0.01 for SGD and 0.001 otherwise),
    `rho`, `beta1`, `beta2` and `epsilon`. `l1=` and `l2=` add
    `l1 * sum(|w|) + l2 * sum(w^2)` to the loss for each parameter `w`
    listed in `regularize=` (default: every parameter; Keras users
    regularize kernels, `regularize=dense0.kernel,dense1.kernel`). State
    starts at zero, except AdaGrad's accumulators, which Keras starts at
    0.1; initializing them is the caller's part (docs/training.md).
  }];
  let options = [
    Option<"functionName", "function", "std::string", /*default=*/"",
           "The model function (default: the only public one)">,
    Option<"loss", "loss", "std::string", /*default=*/"\"sparse_categorical_crossentropy\"",
           "mse, categorical_crossentropy, sparse_categorical_crossentropy, "
           "binary_crossentropy or hinge">,
    Option<"fromLogits", "from-logits", "bool", /*default=*/"false",
           "The prediction holds logits rather than probabilities">,
    Option<"labelsName", "labels", "std::string", /*default=*/"\"labels\"",
           "Name of the labels input">,
    Option<"optimizer", "optimizer", "std::string", /*default=*/"\"adam\"",
           "sgd, rmsprop, adagrad or adam">,
    Option<"learningRate", "learning-rate", "double", /*default=*/"-1",
           "Learning rate (default: Keras's for the optimizer)">,
    Option<"momentum", "momentum", "double", /*default=*/"0",
           "SGD momentum">,
    Option<"nesterov", "nesterov", "bool", /*default=*/"false",
           "Nesterov momentum for SGD">,
    Option<"rho", "rho", "double", /*default=*/"0.9",
           "RMSprop's decay of the squared-gradient average">,
    Option<"beta1", "beta1", "double", /*default=*/"0.9",
           "Adam's decay of the first moment">,
    Option<"beta2", "beta2", "double", /*default=*/"0.999",
           "Adam's decay of the second moment">,
    Option<"epsilon", "epsilon", "double", /*default=*/"1e-7",
           "The small constant of RMSprop, AdaGrad and Adam">,
    Option<"l1", "l1", "double", /*default=*/"0",
           "L1 regularization factor">,
    Option<"l2", "l2", "double", /*default=*/"0",
           "L2 regularization factor">,
    ListOption<"regularized", "regularize", "std::string",
               "Parameters the L1 and L2 penalties apply to (default: every "
               "parameter)">,
  ];
  let dependentDialects = [
    "::mlir::dl::DLDialect",
    "::mlir::bufferization::BufferizationDialect",
  ];
}

#endif // DL_TRANSFORMS_PASSES_TD
