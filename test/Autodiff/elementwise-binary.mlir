// RUN: dl-opt %s --split-input-file --dl-autodiff=seed=1 --canonicalize --cse | FileCheck %s
// The gradient IR of each rule after canonicalize and cse, exactly: what a
// rule builds for the cotangent seed.<result> of a non-scalar result.
// CHECK-LABEL: func.func @mul_div_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "a"}, %[[ARG1:.+]]: tensor<3xf32> {dl.param = "b"}, %[[ARG2:.+]]: tensor<4x3xf32> {dl.input = "seed.y"}) -> (tensor<4x3xf32> {dl.output = "y"}, tensor<4x3xf32> {dl.output = "grad.a"}, tensor<3xf32> {dl.output = "grad.b"})
// CHECK-NEXT: %[[V0:.+]] = dl.mul %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.div %[[V0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.div %[[ARG2]], %[[ARG1]] : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.mul %[[ARG2]], %[[V1]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.div %[[V3]], %[[ARG1]] : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.neg %[[V4]] : tensor<4x3xf32>
// CHECK-NEXT: %[[V6:.+]] = dl.sum %[[V5]] axes = [0] : (tensor<4x3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V7:.+]] = dl.mul %[[V2]], %[[ARG1]] : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V8:.+]] = dl.mul %[[V2]], %[[ARG0]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V9:.+]] = dl.sum %[[V8]] axes = [0] : (tensor<4x3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V10:.+]] = dl.add %[[V6]], %[[V9]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[V1]], %[[V7]], %[[V10]] : tensor<4x3xf32>, tensor<4x3xf32>, tensor<3xf32>
// CHECK-NEXT: }
// The product and quotient rules, with the cotangent of the broadcast
// operand summed over the broadcast dimension; fan-in adds.
func.func @mul_div(%a: tensor<4x3xf32> {dl.param = "a"}, %b: tensor<3xf32> {dl.param = "b"})
    -> (tensor<4x3xf32> {dl.output = "y"}) {
  %0 = dl.mul %a, %b : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  %1 = dl.div %0, %b : (tensor<4x3xf32>, tensor<3xf32>) -> tensor<4x3xf32>
  return %1 : tensor<4x3xf32>
}

// -----

// CHECK-LABEL: func.func @add_sub_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "a"}, %[[ARG1:.+]]: tensor<4x1xf32> {dl.param = "b"}, %[[ARG2:.+]]: tensor<4x3xf32> {dl.input = "seed.y"}) -> (tensor<4x3xf32> {dl.output = "y"}, tensor<4x3xf32> {dl.output = "grad.a"}, tensor<4x1xf32> {dl.output = "grad.b"})
// CHECK-NEXT: %[[V0:.+]] = dl.sub %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.add %[[V0]], %[[ARG0]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.neg %[[ARG2]] : tensor<4x3xf32>
// CHECK-NEXT: %[[V3:.+]] = dl.sum %[[V2]] axes = [1] keep_dims : (tensor<4x3xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.add %[[ARG2]], %[[ARG2]] : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: return %[[V1]], %[[V4]], %[[V3]] : tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x1xf32>
// CHECK-NEXT: }
// add passes the cotangent through; sub negates it for the rhs; a size-1
// dimension stretched by broadcasting is summed with keep_dims.
func.func @add_sub(%a: tensor<4x3xf32> {dl.param = "a"}, %b: tensor<4x1xf32> {dl.param = "b"})
    -> (tensor<4x3xf32> {dl.output = "y"}) {
  %0 = dl.sub %a, %b : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
  %1 = dl.add %0, %a : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %1 : tensor<4x3xf32>
}

// -----

// CHECK-LABEL: func.func @max_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<4x3xf32> {dl.param = "a"}, %[[ARG1:.+]]: tensor<4x1xf32> {dl.param = "b"}, %[[ARG2:.+]]: tensor<4x3xf32> {dl.input = "seed.y"}) -> (tensor<4x3xf32> {dl.output = "y"}, tensor<4x3xf32> {dl.output = "grad.a"}, tensor<4x1xf32> {dl.output = "grad.b"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.000000e+00> : tensor<4x3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.max %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.compare ge, %[[ARG0]], %[[ARG1]] : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xi1>
// CHECK-NEXT: %[[V3:.+]] = dl.select %[[V2]], %[[ARG2]], %[[V0]] : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.select %[[V2]], %[[V0]], %[[ARG2]] : (tensor<4x3xi1>, tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.sum %[[V4]] axes = [1] keep_dims : (tensor<4x3xf32>) -> tensor<4x1xf32>
// CHECK-NEXT: return %[[V1]], %[[V3]], %[[V5]] : tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x1xf32>
// CHECK-NEXT: }
// max: a mask chooses who gets the cotangent; the lhs at ties.
func.func @max(%a: tensor<4x3xf32> {dl.param = "a"}, %b: tensor<4x1xf32> {dl.param = "b"})
    -> (tensor<4x3xf32> {dl.output = "y"}) {
  %0 = dl.max %a, %b : (tensor<4x3xf32>, tensor<4x1xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// CHECK-LABEL: func.func @min_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<3xf32> {dl.param = "a"}, %[[ARG1:.+]]: tensor<3xf32> {dl.param = "b"}, %[[ARG2:.+]]: tensor<3xf32> {dl.input = "seed.y"}) -> (tensor<3xf32> {dl.output = "y"}, tensor<3xf32> {dl.output = "grad.a"}, tensor<3xf32> {dl.output = "grad.b"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.000000e+00> : tensor<3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.min %[[ARG0]], %[[ARG1]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V2:.+]] = dl.compare le, %[[ARG0]], %[[ARG1]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
// CHECK-NEXT: %[[V3:.+]] = dl.select %[[V2]], %[[ARG2]], %[[V0]] : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.select %[[V2]], %[[V0]], %[[ARG2]] : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[V1]], %[[V3]], %[[V4]] : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
// CHECK-NEXT: }
// min: the same with le.
func.func @min(%a: tensor<3xf32> {dl.param = "a"}, %b: tensor<3xf32> {dl.param = "b"})
    -> (tensor<3xf32> {dl.output = "y"}) {
  %0 = dl.min %a, %b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @pow_grad
// CHECK-SAME: (%[[ARG0:.+]]: tensor<3xf32> {dl.param = "a"}, %[[ARG1:.+]]: tensor<3xf32> {dl.param = "b"}, %[[ARG2:.+]]: tensor<3xf32> {dl.input = "seed.y"}) -> (tensor<3xf32> {dl.output = "y"}, tensor<3xf32> {dl.output = "grad.a"}, tensor<3xf32> {dl.output = "grad.b"})
// CHECK-NEXT: %[[V0:.+]] = dl.constant dense<0.000000e+00> : tensor<3xf32>
// CHECK-NEXT: %[[V1:.+]] = dl.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V2:.+]] = dl.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V3:.+]] = dl.pow %[[ARG0]], %[[ARG1]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V4:.+]] = dl.sub %[[ARG1]], %[[V2]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V5:.+]] = dl.pow %[[ARG0]], %[[V4]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V6:.+]] = dl.mul %[[ARG1]], %[[V5]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V7:.+]] = dl.mul %[[ARG2]], %[[V6]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V8:.+]] = dl.compare gt, %[[ARG0]], %[[V1]] : (tensor<3xf32>, tensor<f32>) -> tensor<3xi1>
// CHECK-NEXT: %[[V9:.+]] = dl.select %[[V8]], %[[ARG0]], %[[V2]] : (tensor<3xi1>, tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V10:.+]] = dl.log %[[V9]] : tensor<3xf32>
// CHECK-NEXT: %[[V11:.+]] = dl.mul %[[V3]], %[[V10]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V12:.+]] = dl.mul %[[ARG2]], %[[V11]] : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: %[[V13:.+]] = dl.select %[[V8]], %[[V12]], %[[V0]] : (tensor<3xi1>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
// CHECK-NEXT: return %[[V3]], %[[V7]], %[[V13]] : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
// CHECK-NEXT: }
// pow: b * a^(b-1) for the base; a^b * ln(a) for the exponent where a > 0.
func.func @pow(%a: tensor<3xf32> {dl.param = "a"}, %b: tensor<3xf32> {dl.param = "b"})
    -> (tensor<3xf32> {dl.output = "y"}) {
  %0 = dl.pow %a, %b : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
