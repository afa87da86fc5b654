// REQUIRES: dsl-formatted-messages
// Each shape error of dense is one static_assert naming the layer and both
// sides, reported at the line that applies the layer.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DFEATURES %s | FileCheck %s --check-prefix=FEATURES
// FEATURES: error: static assertion failed due to requirement 'features_match': dense<10>: input features 784 do not match kernel rows 512
// FEATURES: dense-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// FEATURES: 1 error generated.
#ifdef FEATURES
auto y = input<32, 784>("x") | dense<10>.input_dim<512>();
#endif

// The same through a sequential model: the note points at the pipe.
// RUN: %dsl_error 4 %dsl_cxx -fsyntax-only -DSEQUENTIAL %s | FileCheck %s --check-prefix=SEQUENTIAL
// SEQUENTIAL: error: static assertion failed due to requirement 'features_match': dense<10>: input features 128 do not match kernel rows 100
// SEQUENTIAL: dense-errors.cpp:[[#@LINE+4]]:{{[0-9]+}}: note: in instantiation of
#ifdef SEQUENTIAL
constexpr auto classifier =
    sequential(flatten, dense<128>(relu), dense<10>.input_dim<100>());
auto y = input<32, 28, 28>("x") | classifier;
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DRANK %s | FileCheck %s --check-prefix=RANK
// RANK: error: static assertion failed due to requirement 'rank_ok': dense<10>: input [784] needs a batch and a feature dimension
#ifdef RANK
auto y = input<784>("x") | dense<10>;
#endif

// RUN: %dsl_error 1 %dsl_cxx -fsyntax-only -DINTEGERS %s | FileCheck %s --check-prefix=INTEGERS
// INTEGERS: error: static assertion failed due to requirement 'element_type_ok': dense<4>: element type i32 is not a float type
#ifdef INTEGERS
auto y = dense<4>(input<2, 3>("x", i32));
#endif

// The activation's own checks apply: softmax along axis 2 of a matrix.
// RUN: %dsl_error 3 %dsl_cxx -fsyntax-only -DACTIVATION %s | FileCheck %s --check-prefix=ACTIVATION
// ACTIVATION: error: static assertion failed due to requirement 'axis_in_range': softmax: axis 2 is out of range for shape [2, 4]
#ifdef ACTIVATION
auto y = input<2, 3>("x") | dense<4>(softmax(axis<2>));
#endif
