// REQUIRES: dsl-formatted-messages
// reshape keeps the element count; flatten needs a batch dimension.

#include "dl/dsl.hpp"

using namespace dl::dsl;

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DCOUNT %s | FileCheck %s --check-prefix=COUNT
// COUNT: error: static assertion failed due to requirement 'sizes_match': reshape: cannot reshape [32, 28, 28] (25088 elements) to [32, 700]
// COUNT: reshape-errors.cpp:[[#@LINE+3]]:{{[0-9]+}}: note: in instantiation of
// COUNT: 1 error generated.
#ifdef COUNT
auto y = input<32, 28, 28>("x") | reshape<32, 700>;
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DINFERRED %s | FileCheck %s --check-prefix=INFERRED
// INFERRED: error: static assertion failed due to requirement 'sizes_match': reshape: cannot reshape [6] (6 elements) to [-1, 4]
#ifdef INFERRED
auto y = input<6>("x") | reshape<-1, 4>;
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DTWO_UNKNOWN %s | FileCheck %s --check-prefix=TWO_UNKNOWN
// TWO_UNKNOWN: error: static assertion failed due to requirement 'target_ok': reshape: target [-1, -1] may have one extent -1 and no other negative one
#ifdef TWO_UNKNOWN
auto y = input<6>("x") | reshape<-1, -1>;
#endif

// RUN: %dsl_error 2 %dsl_cxx -fsyntax-only -DFLATTEN %s | FileCheck %s --check-prefix=FLATTEN
// FLATTEN: error: static assertion failed due to requirement 'rank_ok': flatten: input [] has no batch dimension
#ifdef FLATTEN
auto y = input<>("x") | flatten;
#endif
