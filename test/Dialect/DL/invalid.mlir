// RUN: dl-opt %s --split-input-file --verify-diagnostics
// One case per verifier rule of every dl op.

// A constant's value must be a tensor of a dl element type.
func.func @constant_bad_element_type() {
  // expected-error @+1 {{result #0 must be statically shaped tensor of 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 1-bit signless integer values, but got 'tensor<2xi8>'}}
  %0 = dl.constant dense<1> : tensor<2xi8>
  return
}

// -----

// Dynamic shapes are rejected: dl is statically shaped.
func.func @constant_dynamic(%x: tensor<?xf32>) {
  // expected-error @+1 {{operand #0 must be statically shaped tensor}}
  %0 = dl.exp %x : tensor<?xf32>
  return
}

// -----

func.func @matmul_rank(%a: tensor<8xf32>, %b: tensor<8x4xf32>) {
  // expected-error @+1 {{'dl.matmul' op lhs has rank 1, expected at least 2}}
  %0 = dl.matmul %a, %b : (tensor<8xf32>, tensor<8x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_rhs_rank(%a: tensor<4x8xf32>, %b: tensor<8xf32>) {
  // expected-error @+1 {{'dl.matmul' op rhs has rank 1, expected at least 2}}
  %0 = dl.matmul %a, %b : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_contracting(%a: tensor<4x8xf32>, %b: tensor<16x4xf32>) {
  // expected-error @+1 {{'dl.matmul' op lhs contracting dimension 1 of size 8 does not match rhs contracting dimension 0 of size 16}}
  %0 = dl.matmul %a, %b : (tensor<4x8xf32>, tensor<16x4xf32>) -> tensor<4x4xf32>
  return
}

// -----

// With transpose_rhs the contracting dimension of rhs is its last one.
func.func @matmul_contracting_transposed(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>) {
  // expected-error @+1 {{'dl.matmul' op lhs contracting dimension 1 of size 8 does not match rhs contracting dimension 1 of size 16}}
  %0 = dl.matmul %a, %b transpose_rhs : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @matmul_batch(%a: tensor<2x4x8xf32>, %b: tensor<3x8x4xf32>) {
  // expected-error @+1 {{'dl.matmul' op lhs batch dimensions [2] and rhs batch dimensions [3] are not broadcast-compatible}}
  %0 = dl.matmul %a, %b : (tensor<2x4x8xf32>, tensor<3x8x4xf32>) -> tensor<2x4x4xf32>
  return
}

// -----

func.func @matmul_element_types(%a: tensor<4x8xf32>, %b: tensor<8x4xf64>) {
  // expected-error @+1 {{'dl.matmul' op requires the same element type for all operands and results}}
  %0 = dl.matmul %a, %b : (tensor<4x8xf32>, tensor<8x4xf64>) -> tensor<4x4xf32>
  return
}

// -----

func.func @matmul_result(%a: tensor<4x8xf32>, %b: tensor<8x16xf32>) {
  // expected-error @+1 {{'dl.matmul' op result type 'tensor<16x4xf32>' does not match the inferred type 'tensor<4x16xf32>'}}
  %0 = dl.matmul %a, %b : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<16x4xf32>
  return
}

// -----

func.func @matmul_mask(%a: tensor<4x8xi1>, %b: tensor<8x4xi1>) {
  // expected-error @+1 {{'dl.matmul' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer values}}
  %0 = dl.matmul %a, %b : (tensor<4x8xi1>, tensor<8x4xi1>) -> tensor<4x4xi1>
  return
}

// -----

func.func @add_broadcast(%a: tensor<4x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'dl.add' op lhs shape [4, 3] and rhs shape [4] are not broadcast-compatible: dimension 1 of size 3 vs dimension 0 of size 4}}
  %0 = dl.add %a, %b : (tensor<4x3xf32>, tensor<4xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @add_result_shape(%a: tensor<4x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'dl.add' op result type 'tensor<3xf32>' does not match the inferred type 'tensor<4x3xf32>'}}
  %0 = dl.add %a, %b : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @add_element_types(%a: tensor<3xf32>, %b: tensor<3xf64>) {
  // expected-error @+1 {{'dl.add' op requires the same element type for all operands and results}}
  %0 = dl.add %a, %b : (tensor<3xf32>, tensor<3xf64>) -> tensor<3xf32>
  return
}

// -----

func.func @sub_broadcast(%a: tensor<2x5xf32>, %b: tensor<3x1xf32>) {
  // expected-error @+1 {{'dl.sub' op lhs shape [2, 5] and rhs shape [3, 1] are not broadcast-compatible: dimension 0 of size 2 vs dimension 0 of size 3}}
  %0 = dl.sub %a, %b : (tensor<2x5xf32>, tensor<3x1xf32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @mul_broadcast(%a: tensor<2xi32>, %b: tensor<3xi32>) {
  // expected-error @+1 {{'dl.mul' op lhs shape [2] and rhs shape [3] are not broadcast-compatible}}
  %0 = dl.mul %a, %b : (tensor<2xi32>, tensor<3xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @div_broadcast(%a: tensor<2xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'dl.div' op lhs shape [2] and rhs shape [3] are not broadcast-compatible}}
  %0 = dl.div %a, %b : (tensor<2xf32>, tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @max_broadcast(%a: tensor<2xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'dl.max' op lhs shape [2] and rhs shape [3] are not broadcast-compatible}}
  %0 = dl.max %a, %b : (tensor<2xf32>, tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @min_broadcast(%a: tensor<2xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'dl.min' op lhs shape [2] and rhs shape [3] are not broadcast-compatible}}
  %0 = dl.min %a, %b : (tensor<2xf32>, tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @pow_broadcast(%a: tensor<2xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'dl.pow' op lhs shape [2] and rhs shape [3] are not broadcast-compatible}}
  %0 = dl.pow %a, %b : (tensor<2xf32>, tensor<3xf32>) -> tensor<2xf32>
  return
}

// -----

// pow is float-only.
func.func @pow_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.pow' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values, but got 'tensor<2xi32>'}}
  %0 = dl.pow %a, %a : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @compare_broadcast(%a: tensor<2xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'dl.compare' op lhs shape [2] and rhs shape [3] are not broadcast-compatible}}
  %0 = dl.compare lt, %a, %b : (tensor<2xf32>, tensor<3xf32>) -> tensor<2xi1>
  return
}

// -----

func.func @compare_element_types(%a: tensor<2xf32>, %b: tensor<2xi32>) {
  // expected-error @+1 {{'dl.compare' op requires the same element type for all operands}}
  %0 = dl.compare lt, %a, %b : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xi1>
  return
}

// -----

func.func @compare_result(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+1 {{'dl.compare' op result #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<2xf32>'}}
  %0 = dl.compare lt, %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @compare_predicate(%a: tensor<2xf32>, %b: tensor<2xf32>) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, lt, le, gt, ge]}}
  %0 = dl.compare olt, %a, %b : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return
}

// -----

func.func @select_condition_type(%c: tensor<2xf32>, %a: tensor<2xf32>) {
  // expected-error @+1 {{'dl.select' op operand #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<2xf32>'}}
  %0 = dl.select %c, %a, %a : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @select_branch_types(%c: tensor<2xi1>, %a: tensor<2xf32>, %b: tensor<2xf64>) {
  // expected-error @+1 {{'dl.select' op on_true element type 'f32' does not match on_false element type 'f64'}}
  %0 = dl.select %c, %a, %b : (tensor<2xi1>, tensor<2xf32>, tensor<2xf64>) -> tensor<2xf32>
  return
}

// -----

func.func @select_broadcast(%c: tensor<3xi1>, %a: tensor<2xf32>) {
  // expected-error @+1 {{'dl.select' op condition shape [3] and on_true shape [2] are not broadcast-compatible}}
  %0 = dl.select %c, %a, %a : (tensor<3xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @neg_type(%a: tensor<2xf32>) {
  // expected-error @+1 {{'dl.neg' op requires the same type for all operands and results}}
  %0 = "dl.neg"(%a) : (tensor<2xf32>) -> tensor<2xf64>
  return
}

// -----

func.func @neg_mask(%a: tensor<2xi1>) {
  // expected-error @+1 {{'dl.neg' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer values}}
  %0 = dl.neg %a : tensor<2xi1>
  return
}

// -----

func.func @abs_type(%a: tensor<2xf32>) {
  // expected-error @+1 {{'dl.abs' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "dl.abs"(%a) : (tensor<2xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @relu_type(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.relu' op requires the same type for all operands and results}}
  %0 = "dl.relu"(%a) : (tensor<2xi32>) -> tensor<2xi64>
  return
}

// -----

// Transcendental ops are float-only.
func.func @exp_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.exp' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values, but got 'tensor<2xi32>'}}
  %0 = dl.exp %a : tensor<2xi32>
  return
}

// -----

func.func @log_integer(%a: tensor<2xi64>) {
  // expected-error @+1 {{'dl.log' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values, but got 'tensor<2xi64>'}}
  %0 = dl.log %a : tensor<2xi64>
  return
}

// -----

func.func @sqrt_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.sqrt' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.sqrt %a : tensor<2xi32>
  return
}

// -----

func.func @rsqrt_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.rsqrt' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.rsqrt %a : tensor<2xi32>
  return
}

// -----

func.func @tanh_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.tanh' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.tanh %a : tensor<2xi32>
  return
}

// -----

func.func @sigmoid_integer(%a: tensor<2xi32>) {
  // expected-error @+1 {{'dl.sigmoid' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.sigmoid %a : tensor<2xi32>
  return
}

// -----

func.func @softmax_axis(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.softmax' op axis 2 is out of range for input of rank 2}}
  %0 = dl.softmax %a axis = 2 : tensor<2x3xf32>
  return
}

// -----

func.func @softmax_negative_axis(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.softmax' op attribute 'axis' failed to satisfy constraint: 64-bit signless integer attribute whose value is non-negative}}
  %0 = dl.softmax %a axis = -1 : tensor<2x3xf32>
  return
}

// -----

func.func @log_softmax_axis(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.log_softmax' op axis 5 is out of range for input of rank 2}}
  %0 = dl.log_softmax %a axis = 5 : tensor<2x3xf32>
  return
}

// -----

func.func @log_softmax_integer(%a: tensor<2x3xi32>) {
  // expected-error @+1 {{'dl.log_softmax' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.log_softmax %a axis = 1 : tensor<2x3xi32>
  return
}

// -----

func.func @sum_axis_range(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.sum' op axis 2 is out of range for input of rank 2}}
  %0 = dl.sum %a axes = [2] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @sum_axes_order(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.sum' op axes must be strictly increasing, got [1, 0]}}
  %0 = dl.sum %a axes = [1, 0] : (tensor<2x3xf32>) -> tensor<f32>
  return
}

// -----

func.func @sum_result(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.sum' op result type 'tensor<2xf32>' does not match the inferred type 'tensor<2x1xf32>'}}
  %0 = dl.sum %a axes = [1] keep_dims : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @mean_axis_range(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.mean' op axis -1 is out of range for input of rank 2}}
  %0 = dl.mean %a axes = [-1] : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @mean_axes_duplicate(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.mean' op axes must be strictly increasing, got [1, 1]}}
  %0 = dl.mean %a axes = [1, 1] : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @mean_integer(%a: tensor<2x3xi32>) {
  // expected-error @+1 {{'dl.mean' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values}}
  %0 = dl.mean %a axes = [1] : (tensor<2x3xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @reduce_max_axis_range(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.reduce_max' op axis 3 is out of range for input of rank 2}}
  %0 = dl.reduce_max %a axes = [3] : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_max_axes_order(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.reduce_max' op axes must be strictly increasing, got [1, 0]}}
  %0 = dl.reduce_max %a axes = [1, 0] : (tensor<2x3xf32>) -> tensor<f32>
  return
}

// -----

func.func @reshape_elements(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.reshape' op input type 'tensor<2x3xf32>' has 6 elements but result type 'tensor<4xf32>' has 4}}
  %0 = dl.reshape %a : (tensor<2x3xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @reshape_element_type(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.reshape' op requires the same element type for all operands and results}}
  %0 = dl.reshape %a : (tensor<2x3xf32>) -> tensor<6xf64>
  return
}

// -----

func.func @transpose_length(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.transpose' op permutation [0, 1, 2] has 3 entries but the input has rank 2}}
  %0 = dl.transpose %a permutation = [0, 1, 2] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_repeated(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.transpose' op permutation [0, 0] is not a permutation of [0, 2)}}
  %0 = dl.transpose %a permutation = [0, 0] : (tensor<2x3xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @transpose_range(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.transpose' op permutation [0, 2] is not a permutation of [0, 2)}}
  %0 = dl.transpose %a permutation = [0, 2] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_result(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.transpose' op result type 'tensor<2x3xf32>' does not match the inferred type 'tensor<3x2xf32>'}}
  %0 = dl.transpose %a permutation = [1, 0] : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @broadcast_to_rank(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{'dl.broadcast_to' op input rank 2 is larger than result rank 1}}
  %0 = dl.broadcast_to %a : (tensor<2x3xf32>) -> tensor<6xf32>
  return
}

// -----

func.func @broadcast_to_dim(%a: tensor<3xf32>) {
  // expected-error @+1 {{'dl.broadcast_to' op input dimension 0 of size 3 does not broadcast to result dimension 1 of size 4}}
  %0 = dl.broadcast_to %a : (tensor<3xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @broadcast_to_element_type(%a: tensor<3xf32>) {
  // expected-error @+1 {{'dl.broadcast_to' op requires the same element type for all operands and results}}
  %0 = dl.broadcast_to %a : (tensor<3xf32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @cast_shape(%a: tensor<3xf32>) {
  // expected-error @+1 {{'dl.cast' op requires the same shape for all operands and results}}
  %0 = dl.cast %a : tensor<3xf32> to tensor<4xi32>
  return
}

// -----

func.func @cast_element_type(%a: tensor<3xf32>) {
  // expected-error @+1 {{'dl.cast' op result #0 must be statically shaped tensor of 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or 1-bit signless integer values, but got 'tensor<3xbf16>'}}
  %0 = dl.cast %a : tensor<3xf32> to tensor<3xbf16>
  return
}
