// RUN: rm -rf %t && mkdir -p %t
// RUN: dlc %s --aot -o %t/model.o --header %t/model.h --name net
// RUN: FileCheck %s --input-file %t/model.h
// The header compiles as strict C99 and C++17, warnings as errors, and the
// C++ wrapper compiles when used.
// RUN: %host_cc -std=c99 -pedantic -Wall -Wextra -Werror -I%dl_runtime_include \
// RUN:   -include %t/model.h -fsyntax-only -x c /dev/null
// RUN: %host_cxx -std=c++17 -pedantic -Wall -Wextra -Werror -I%dl_runtime_include \
// RUN:   -I%t -fsyntax-only %S/Inputs/use-header.cpp
// Generated names never collide with each other, so two models link into
// one program.
// RUN: dlc %s --aot -o %t/other.o --header %t/other.h --name other
// RUN: %host_cc -std=c99 -Wall -Werror -I%dl_runtime_include -include %t/model.h \
// RUN:   -include %t/other.h -fsyntax-only -x c /dev/null

// CHECK: #include "dl/runtime/runtime.h"
// CHECK: #if !defined(DLRT_ABI_VERSION) || DLRT_ABI_VERSION != 1
// CHECK: #error

// CHECK-LABEL: /*===== net_dense: @dense =====*/
// CHECK: /* input 'x': float[2, 3] */
// CHECK-NEXT: #define net_dense_x_rank 2
// CHECK-NEXT: #define net_dense_x_shape {2, 3}
// CHECK-NEXT: #define net_dense_x_size 6
// CHECK: /* parameter 'dense0.kernel': float[3, 4] */
// CHECK-NEXT: #define net_dense_dense0_kernel_rank 2
// CHECK: /* parameter 'dense0.bias': float[4] */
// CHECK: /* output 'y': float[2, 4] */
// CHECK: DlrtStatus net_dense(const float *x,
// CHECK-NEXT: const float *dense0_kernel,
// CHECK-NEXT: const float *dense0_bias,
// CHECK-NEXT: float *y);
// CHECK: static inline const DlrtTensorSpec *net_dense_tensors(size_t *count) {
// CHECK: {"x", DLRT_INPUT, DLRT_F32, 2, shape0, 6, 0},
// CHECK: {"dense0.kernel", DLRT_PARAMETER, DLRT_F32, 2, shape1, 12, 0},
// CHECK: {"y", DLRT_OUTPUT, DLRT_F32, 2, shape3, 8, 0},
// CHECK: static inline DlrtStatus net_dense_call(void *const *buffers) {
// CHECK-NEXT: return net_dense((const float *)buffers[0], (const float *)buffers[1], (const float *)buffers[2], (float *)buffers[3]);
func.func @dense(%x: tensor<2x3xf32> {dl.input = "x"},
                 %w: tensor<3x4xf32> {dl.param = "dense0.kernel"},
                 %b: tensor<4xf32> {dl.param = "dense0.bias"})
    -> (tensor<2x4xf32> {dl.output = "y"}) {
  %0 = dl.matmul %x, %w : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = dl.add %0, %b : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %1 : tensor<2x4xf32>
}

// Every element type has its C type; a scalar has rank 0 and no extents.
// CHECK-LABEL: /*===== net_types: @types =====*/
// CHECK: /* input 'scale': double[] */
// CHECK-NEXT: #define net_types_scale_rank 0
// CHECK-NEXT: #define net_types_scale_shape {}
// CHECK-NEXT: #define net_types_scale_size 1
// CHECK: DlrtStatus net_types(const double *scale,
// CHECK-NEXT: const double *v,
// CHECK-NEXT: const int32_t *labels,
// CHECK-NEXT: const int64_t *ids,
// CHECK-NEXT: double *scaled,
// CHECK-NEXT: uint8_t *positive,
// CHECK-NEXT: int64_t *ids_sum);
// CHECK: {"scale", DLRT_INPUT, DLRT_F64, 0, NULL, 1, 0},
// CHECK: {"positive", DLRT_OUTPUT, DLRT_BOOL, 1, shape5, 3, 0},
func.func @types(%s: tensor<f64> {dl.input = "scale"},
                 %v: tensor<3xf64> {dl.input = "v"},
                 %labels: tensor<3xi32> {dl.input = "labels"},
                 %ids: tensor<3xi64> {dl.input = "ids"})
    -> (tensor<3xf64> {dl.output = "scaled"}, tensor<3xi1> {dl.output = "positive"},
        tensor<i64> {dl.output = "ids_sum"}) {
  %0 = dl.mul %v, %s : (tensor<3xf64>, tensor<f64>) -> tensor<3xf64>
  %z = dl.constant dense<0.0> : tensor<3xf64>
  %1 = dl.compare gt, %0, %z : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xi1>
  %2 = dl.sum %ids axes = [0] : (tensor<3xi64>) -> tensor<i64>
  return %0, %1, %2 : tensor<3xf64>, tensor<3xi1>, tensor<i64>
}

// The parameters of all entry points form one struct, bound from a weights
// file by name with checks.
// CHECK-LABEL: /*===== Parameters =====*/
// CHECK: typedef struct net_weights {
// CHECK-NEXT: const float *dense0_kernel; /* 'dense0.kernel': float[3, 4] */
// CHECK-NEXT: const float *dense0_bias; /* 'dense0.bias': float[4] */
// CHECK-NEXT: } net_weights;
// CHECK: static inline DlrtStatus net_weights_bind(net_weights *weights,
// CHECK: status = dlrtTensorFileBind(file, "dense0.kernel", DLRT_F32, 2, shape, &data);

// CHECK-LABEL: class net_model {
// CHECK: explicit net_model(const std::string &weights_path) {
// CHECK: static constexpr std::array<int64_t, 2> dense_x_shape = {{[{][{]2, 3[}][}]}};
// CHECK: void dense(const std::array<float, 6> &x,
// CHECK-NEXT: std::array<float, 8> &y) const {
// CHECK: void dense(const float *x,
// CHECK: void types(const std::array<double, 1> &scale,
