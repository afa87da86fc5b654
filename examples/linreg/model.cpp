// model.cpp - the linear-regression example's network, in the C++ model DSL.
//
// Ten features in, Dense(10, relu), Dense(1): the first network of many
// introductory texts, fitted to y = X w + 0.5 with mean squared error and
// Adam (CMakeLists.txt says so to dl_add_model). Batches of 10 samples.

#include <dl/dsl.hpp>

using namespace dl::dsl;

constexpr auto x = input<10, 10>("x");
constexpr auto y = x | dense<10>(relu) | dense<1>;
static_assert(shape_of(y) == shape_c<10, 1>);

const auto regressor = model("regressor", output("y", y));

DL_DSL_MAIN(regressor)
