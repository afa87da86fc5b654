// REQUIRES: dsl-formatted-messages
// matmul rejects operands whose inner dimensions, ranks, batch dimensions or
// element types do not fit, naming both shapes.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DINNER %s | FileCheck %s --check-prefix=INNER
// INNER: error: static assertion failed due to requirement 'inner_dims_match': matmul: lhs columns 784 do not match rhs rows 512 ([32, 784] times [512, 10])
// INNER: matmul-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// INNER: 1 error generated.
#ifdef INNER
auto y = matmul(input<32, 784>("x"), param<512, 10>("w"));
#endif

// The functional style: the error is at the matmul inside the expression.
// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DFUNCTIONAL %s | FileCheck %s --check-prefix=FUNCTIONAL
// FUNCTIONAL: error: static assertion failed due to requirement 'inner_dims_match': matmul: lhs columns 3 do not match rhs rows 4 ([2, 3] times [4, 5])
// FUNCTIONAL: matmul-errors.cpp:[[#@LINE+5]]:{{[0-9]+}}: note: in instantiation of
#ifdef FUNCTIONAL
constexpr auto x = input<2, 3>("x");
constexpr auto w = param<4, 5>("w");
constexpr auto b = param<5>("b", zeros);
auto y = relu(matmul(x, w) + b);
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DRANK %s | FileCheck %s --check-prefix=RANK
// RANK: error: static assertion failed due to requirement 'ranked': matmul: operands [4] and [4, 2] need rank 2 or more
#ifdef RANK
auto y = matmul(input<4>("v"), param<4, 2>("w"));
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DBATCH %s | FileCheck %s --check-prefix=BATCH
// BATCH: error: static assertion failed due to requirement 'batches_broadcast': matmul: batch dimensions of [2, 4, 8] and [3, 8, 16] do not broadcast
#ifdef BATCH
auto y = matmul(input<2, 4, 8>("a"), input<3, 8, 16>("b"));
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DDTYPES %s | FileCheck %s --check-prefix=DTYPES
// DTYPES: error: static assertion failed due to requirement 'element_types_match': matmul: element types f32 and f64 differ
#ifdef DTYPES
auto y = matmul(input<2, 4>("a"), param<4, 2>("w", glorot_uniform, f64));
#endif
