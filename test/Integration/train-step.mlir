// RUN: dl-tensors make %t.in.safetensors 'x:f64[2,1]=1,2' 'labels:f64[2,1]=1,3' 'w:f64[1,1]=0.5' \
// RUN:   'optimizer.iterations:i64[]=0'
// RUN: dl-tensors make %t.momentum.in.safetensors 'momentum.w:f64[1,1]=0'
// RUN: dl-tensors make %t.rmsprop.in.safetensors 'rmsprop.velocity.w:f64[1,1]=0'
// RUN: dl-tensors make %t.adagrad.in.safetensors 'adagrad.accumulator.w:f64[1,1]=0.1'
// RUN: dl-tensors make %t.adam.in.safetensors 'adam.m.w:f64[1,1]=0' 'adam.v.w:f64[1,1]=0'
// One training step of y = x w with MSE from w = 0.5 on x = [1, 2],
// labels = [1, 3], worked out by hand: errors -0.5 and -2, loss 2.125,
// gradient (2 (-0.5) 1 + 2 (-2) 2) / 2 = -4.5; then each optimizer's Keras
// update with its default hyperparameters unless given.

// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=sgd learning-rate=0.1" -o %t.sgd.mlir
// RUN: %jit-and-aot %t.sgd.mlir --entry linear_train_step --inputs %t.in.safetensors -o %t.sgd.safetensors
// RUN: dl-tensors check %t.sgd.safetensors --rtol 1e-12 'loss:f64[]=2.125' 'w:f64[1,1]=0.95' \
// RUN:   'optimizer.iterations:i64[]=1'

// v = 0.9 * 0 - 0.1 g = 0.45; w + v. Nesterov: w + 0.9 v - 0.1 g.
// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=sgd learning-rate=0.1 momentum=0.9" -o %t.momentum.mlir
// RUN: %jit-and-aot %t.momentum.mlir --entry linear_train_step --inputs %t.in.safetensors \
// RUN:   --inputs %t.momentum.in.safetensors -o %t.momentum.safetensors
// RUN: dl-tensors check %t.momentum.safetensors --rtol 1e-12 'w:f64[1,1]=0.95' 'momentum.w:f64[1,1]=0.45'
// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=sgd learning-rate=0.1 momentum=0.9 nesterov" -o %t.nesterov.mlir
// RUN: %jit-and-aot %t.nesterov.mlir --entry linear_train_step --inputs %t.in.safetensors \
// RUN:   --inputs %t.momentum.in.safetensors -o %t.nesterov.safetensors
// RUN: dl-tensors check %t.nesterov.safetensors --rtol 1e-12 'w:f64[1,1]=1.355' 'momentum.w:f64[1,1]=0.45'

// RMSprop: v = 0.1 g^2 = 2.025; w - 0.001 g / (sqrt(v) + 1e-7).
// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=rmsprop" -o %t.rmsprop.mlir
// RUN: %jit-and-aot %t.rmsprop.mlir --entry linear_train_step --inputs %t.in.safetensors \
// RUN:   --inputs %t.rmsprop.in.safetensors -o %t.rmsprop.safetensors
// RUN: dl-tensors check %t.rmsprop.safetensors --rtol 1e-12 'w:f64[1,1]=0.5031622774379462' \
// RUN:   'rmsprop.velocity.w:f64[1,1]=2.025'

// AdaGrad from Keras's initial accumulator 0.1: a = 20.35; w - 0.001 g / sqrt(a + 1e-7).
// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=adagrad" -o %t.adagrad.mlir
// RUN: %jit-and-aot %t.adagrad.mlir --entry linear_train_step --inputs %t.in.safetensors \
// RUN:   --inputs %t.adagrad.in.safetensors -o %t.adagrad.safetensors
// RUN: dl-tensors check %t.adagrad.safetensors --rtol 1e-12 'w:f64[1,1]=0.5009975399692224' \
// RUN:   'adagrad.accumulator.w:f64[1,1]=20.35'

// Adam, step 1: m = 0.1 g, v = 0.001 g^2,
// w - 0.001 sqrt(1 - 0.999) / (1 - 0.9) m / (sqrt(v) + 1e-7).
// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=adam" -o %t.adam.mlir
// RUN: %jit-and-aot %t.adam.mlir --entry linear_train_step --inputs %t.in.safetensors \
// RUN:   --inputs %t.adam.in.safetensors -o %t.adam.safetensors
// RUN: dl-tensors check %t.adam.safetensors --rtol 1e-12 'w:f64[1,1]=0.5009999992972721' \
// RUN:   'adam.m.w:f64[1,1]=-0.45' 'adam.v.w:f64[1,1]=0.02025' 'optimizer.iterations:i64[]=1'

// L2 adds 2 * 0.5 * w = 0.5 to the gradient and 0.5 * w^2 = 0.125 to the loss.
// RUN: dl-opt %S/Inputs/linear.mlir --dl-train-step="loss=mse optimizer=sgd learning-rate=0.1 l2=0.5" -o %t.l2.mlir
// RUN: %jit-and-aot %t.l2.mlir --entry linear_train_step --inputs %t.in.safetensors -o %t.l2.safetensors
// RUN: dl-tensors check %t.l2.safetensors --rtol 1e-12 'loss:f64[]=2.25' 'w:f64[1,1]=0.9'
