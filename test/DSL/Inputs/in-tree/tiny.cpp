// tiny.cpp - a one-layer model for dl-add-model.test.
#include "dl/dsl.hpp"

using namespace dl::dsl;

const auto tiny =
    model("predict", output("y", input<2, 3>("x") | dense<2>(sigmoid)));

DL_DSL_MAIN(tiny)
