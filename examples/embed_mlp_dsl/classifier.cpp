// classifier.cpp - the embed_mlp classifier written with the C++ model DSL.
//
// Dense(4, relu) -> Dense(3) -> softmax, on a batch of 4 points in the plane.
// The shapes are checked by the C++ compiler; dl_add_model builds this file
// into a generator and runs it during the application's build, which writes
// the model (and, if asked, initial weights) for dlc to compile.

#include <dl/dsl.hpp>

using namespace dl::dsl;

constexpr auto points = input<4, 2>("x");
constexpr auto probs = points | dense<4>(relu) | dense<3> | softmax;
static_assert(shape_of(probs) == shape_c<4, 3>);

const auto classifier = model("predict", output("probs", probs));

DL_DSL_MAIN(classifier)
