// RUN: dl-opt %s --split-input-file --verify-diagnostics

func.func @target_mismatch(%p: tensor<8x3xf32>, %t: tensor<8x4xf32>) -> tensor<f32> {
  // expected-error @below {{'dl.mse_loss' op target type 'tensor<8x4xf32>' does not match prediction type 'tensor<8x3xf32>'}}
  %0 = dl.mse_loss %p, %t : (tensor<8x3xf32>, tensor<8x4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @labels_shape(%p: tensor<8x3xf32>, %labels: tensor<8x3xi32>) -> tensor<f32> {
  // expected-error @below {{'dl.sparse_categorical_crossentropy' op labels have shape [8, 3] but the prediction's samples have shape [8]}}
  %0 = dl.sparse_categorical_crossentropy %p, %labels : (tensor<8x3xf32>, tensor<8x3xi32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @float_labels(%p: tensor<8x3xf32>, %labels: tensor<8xf32>) -> tensor<f32> {
  // expected-error @below {{'dl.sparse_categorical_crossentropy' op operand #1 must be statically shaped tensor of 32-bit signless integer or 64-bit signless integer values}}
  %0 = dl.sparse_categorical_crossentropy %p, %labels : (tensor<8x3xf32>, tensor<8xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @scalar_prediction(%p: tensor<f32>, %t: tensor<f32>) -> tensor<f32> {
  // expected-error @below {{'dl.hinge_loss' op prediction is a scalar; expected at least one dimension (the classes or features)}}
  %0 = dl.hinge_loss %p, %t : (tensor<f32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @result_type(%p: tensor<8x3xf32>, %t: tensor<8x3xf32>) -> tensor<8xf32> {
  // expected-error @below {{'dl.binary_crossentropy' op result type 'tensor<8xf32>' does not match the inferred type 'tensor<f32>'}}
  %0 = dl.binary_crossentropy %p, %t : (tensor<8x3xf32>, tensor<8x3xf32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}

// -----

func.func @integer_prediction(%p: tensor<8x3xi32>, %t: tensor<8x3xi32>) -> tensor<i32> {
  // expected-error @below {{'dl.categorical_crossentropy' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.categorical_crossentropy %p, %t : (tensor<8x3xi32>, tensor<8x3xi32>) -> tensor<i32>
  return %0 : tensor<i32>
}
