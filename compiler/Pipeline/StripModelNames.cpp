//===- StripModelNames.cpp - The dl-strip-model-names pass ----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// See Passes.td: the names have been read by the time code is generated.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLSTRIPMODELNAMESPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
bool isDLName(NamedAttribute attr) {
  return attr.getName().getValue().starts_with("dl.");
}

struct DLStripModelNamesPass
    : dl::impl::DLStripModelNamesPassBase<DLStripModelNamesPass> {
  void runOnOperation() override {
    getOperation().walk([](FunctionOpInterface function) {
      for (unsigned i = 0, e = function.getNumArguments(); i < e; ++i)
        for (NamedAttribute attr : function.getArgAttrs(i))
          if (isDLName(attr))
            function.removeArgAttr(i, attr.getName());
      for (unsigned i = 0, e = function.getNumResults(); i < e; ++i)
        for (NamedAttribute attr : function.getResultAttrs(i))
          if (isDLName(attr))
            function.removeResultAttr(i, attr.getName());
    });
  }
};
} // namespace
