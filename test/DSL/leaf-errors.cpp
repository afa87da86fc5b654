// REQUIRES: dsl-formatted-messages
// Inputs, parameters and constants check their extents and initializers.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DINPUT %s | FileCheck %s --check-prefix=INPUT
// INPUT: error: static assertion failed due to requirement 'extents_ok': input: extents must not be negative, got [32, -1]
// INPUT: leaf-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// INPUT: 1 error generated.
#ifdef INPUT
auto x = input<32, -1>("x");
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DINITIALIZER %s | FileCheck %s --check-prefix=INITIALIZER
// INITIALIZER: error: static assertion failed due to requirement 'initializer_ok': param: initializer he_normal needs a float element type, not i64
#ifdef INITIALIZER
auto table = param<10, 4>("table", he_normal, i64);
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DCONSTANT %s | FileCheck %s --check-prefix=CONSTANT
// CONSTANT: error: static assertion failed due to requirement 'extents_ok': constant: extents must not be negative, got [-2]
#ifdef CONSTANT
auto c = constant<-2>(1.0f);
#endif

// Without formatted messages (as with GCC), the message is the format.
// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DLITERAL -DDL_DSL_LITERAL_MESSAGES %s | FileCheck %s --check-prefix=LITERAL
// LITERAL: error: static assertion failed due to requirement 'features_match': dense<{}>: input features {} do not match kernel rows {}
#ifdef LITERAL
auto y = input<32, 784>("x") | dense<10>.input_dim<512>();
#endif
