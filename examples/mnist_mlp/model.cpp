// model.cpp - the MNIST multilayer perceptron, in the C++ model DSL.
//
// Flatten(28x28), Dense(128, relu), Dense(10, softmax): the first network of
// most deep-learning texts. Batches of 64 images; dl_add_model adds sparse
// categorical cross-entropy and Adam (CMakeLists.txt).

#include <dl/dsl.hpp>

using namespace dl::dsl;

constexpr auto images = input<64, 28, 28>("x");
constexpr auto probs = images | flatten | dense<128>(relu) | dense<10>(softmax);
static_assert(shape_of(probs) == shape_c<64, 10>);

const auto classifier = model("classifier", output("probs", probs));

DL_DSL_MAIN(classifier)
