// REQUIRES: dsl-formatted-messages
// Elementwise operators and functions reject shapes that do not broadcast,
// mixed element types, and integers where dl needs floats.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DBROADCAST %s | FileCheck %s --check-prefix=BROADCAST
// BROADCAST: error: static assertion failed due to requirement 'shapes_broadcast': add: shapes [4, 8] and [4, 9] do not broadcast
// BROADCAST: elementwise-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// BROADCAST: 1 error generated.
#ifdef BROADCAST
auto y = input<4, 8>("a") + input<4, 9>("b");
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DDTYPES %s | FileCheck %s --check-prefix=DTYPES
// DTYPES: error: static assertion failed due to requirement 'element_types_match': mul: element types f32 and i64 differ
#ifdef DTYPES
auto y = input<4>("a") * input<4>("b", i64);
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DUNARY %s | FileCheck %s --check-prefix=UNARY
// UNARY: error: static assertion failed due to requirement 'element_type_ok': exp: element type i32 is not a float type
#ifdef UNARY
auto y = exp(input<4>("a", i32));
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DPOW %s | FileCheck %s --check-prefix=POW
// POW: error: static assertion failed due to requirement 'element_type_ok': pow: element type i64 is not a float type
#ifdef POW
auto y = pow(input<4>("a", i64), 2);
#endif

// A floating-point number next to an integer tensor would be truncated.
// RUN: %dsl_error 3 %dsl_cxx -fsyntax-only -DSCALAR %s | FileCheck %s --check-prefix=SCALAR
// SCALAR: error: static assertion failed{{.*}}: elementwise: a floating-point number next to an integer tensor
#ifdef SCALAR
auto y = input<4>("a", i64) * 0.5;
#endif
