// REQUIRES: dsl-formatted-messages
// Reductions check their axes and, for mean, the element type.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DRANGE %s | FileCheck %s --check-prefix=RANGE
// RANGE: error: static assertion failed due to requirement 'axes_in_range': sum: axes [0, 2] are not all in range for shape [4, 8]
// RANGE: reduction-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// RANGE: 1 error generated.
#ifdef RANGE
auto y = sum(input<4, 8>("x"), axes<0, 2>);
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DTWICE %s | FileCheck %s --check-prefix=TWICE
// TWICE: error: static assertion failed due to requirement 'axes_distinct': reduce_max: axes [1, -1] name one dimension twice
#ifdef TWICE
auto y = input<4, 8>("x") | reduce_max(axes<1, -1>);
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DMEAN %s | FileCheck %s --check-prefix=MEAN
// MEAN: error: static assertion failed due to requirement 'element_type_ok': mean: element type i64 is not a float type
#ifdef MEAN
auto y = input<4, 8>("x", i64) | mean(axes<1>, keep_dims);
#endif
