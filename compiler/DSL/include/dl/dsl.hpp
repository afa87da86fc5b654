//===- dsl.hpp - The dl model DSL: every layer and emission -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// One include for a model generator: the core, the layers of the first
// release and the generator's main(). A layer added later is used by
// including its own header, dl/dsl/layers/<layer>.hpp; docs/dsl.md.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_HPP
#define DL_DSL_HPP

#include "dl/dsl/core/builder.hpp"
#include "dl/dsl/core/check.hpp"
#include "dl/dsl/core/dtype.hpp"
#include "dl/dsl/core/init.hpp"
#include "dl/dsl/core/layer.hpp"
#include "dl/dsl/core/model.hpp"
#include "dl/dsl/core/shape.hpp"
#include "dl/dsl/core/tensor.hpp"
#include "dl/dsl/generator.hpp"
#include "dl/dsl/layers/activations.hpp"
#include "dl/dsl/layers/constant.hpp"
#include "dl/dsl/layers/dense.hpp"
#include "dl/dsl/layers/elementwise.hpp"
#include "dl/dsl/layers/flatten.hpp"
#include "dl/dsl/layers/input.hpp"
#include "dl/dsl/layers/matmul.hpp"
#include "dl/dsl/layers/param.hpp"
#include "dl/dsl/layers/reductions.hpp"
#include "dl/dsl/layers/reshape.hpp"
#include "dl/dsl/layers/softmax.hpp"
#include "dl/dsl/weights.hpp"

#endif // DL_DSL_HPP
