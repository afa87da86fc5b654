//===- SetTarget.cpp - The dl-set-target pass -----------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// Resolves the host CPU and its features once, through LLVM's host queries,
// and records them on each function (see Passes.td for why).
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "compiler/Pipeline/Target.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLSETTARGETPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {
struct DLSetTargetPass : dl::impl::DLSetTargetPassBase<DLSetTargetPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    dl::TargetDescription target = dl::resolveTarget(cpu, features);
    auto cpuAttr = StringAttr::get(ctx, target.cpu);
    auto featuresAttr = LLVM::TargetFeaturesAttr::get(ctx, target.features);
    getOperation().walk([&](func::FuncOp function) {
      if (function.isExternal())
        return;
      function->setAttr("target_cpu", cpuAttr);
      function->setAttr("target_features", featuresAttr);
    });
  }
};
} // namespace
