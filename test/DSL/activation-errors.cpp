// REQUIRES: dsl-formatted-messages
// Activations and softmax check element types and axes.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DSIGMOID %s | FileCheck %s --check-prefix=SIGMOID
// SIGMOID: error: static assertion failed due to requirement 'element_type_ok': sigmoid: element type i64 is not a float type
// SIGMOID: activation-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// SIGMOID: 1 error generated.
#ifdef SIGMOID
auto y = input<4>("ids", i64) | sigmoid;
#endif

// relu takes integers, softmax does not.
// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DSOFTMAX %s | FileCheck %s --check-prefix=SOFTMAX
// SOFTMAX: error: static assertion failed due to requirement 'element_type_ok': softmax: element type i32 is not a float type
#ifdef SOFTMAX
auto y = input<4>("ids", i32) | relu | softmax;
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DAXIS %s | FileCheck %s --check-prefix=AXIS
// AXIS: error: static assertion failed due to requirement 'axis_in_range': log_softmax: axis -3 is out of range for shape [32, 10]
#ifdef AXIS
auto y = log_softmax(axis<-3>)(input<32, 10>("logits"));
#endif
