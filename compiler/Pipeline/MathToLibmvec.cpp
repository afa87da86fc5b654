//===- MathToLibmvec.cpp - The dl-math-to-libmvec pass --------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// LLVM could map vector math intrinsics to libmvec itself (TargetOptions::
// VecLib), but only at the vector widths libmvec has, and its optimizer
// first merges register-wide calls back into one wide intrinsic (seen with
// LLVM 22: eight llvm.exp.v8f64 became one llvm.exp.v64f64, then 64 libm
// calls). Emitting the calls here keeps the widths as chosen.
//
// Names follow the x86-64 vector function ABI: _ZGV<isa>N<lanes><v per
// argument>_<name>, isa 'e' for AVX-512 (zmm), 'd' for AVX2 (ymm), and an
// 'f' suffix on the name for single precision.
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Passes.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/TypeSwitch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::dl {
#define GEN_PASS_DEF_DLMATHTOLIBMVECPASS
#include "compiler/Pipeline/Passes.h.inc"
} // namespace mlir::dl

using namespace mlir;

namespace {

/// The libmvec name of `op`'s function (without ISA, lanes or the f32
/// suffix), or an empty string if libmvec does not have it. glibc 2.35 and
/// later export all of these for SSE, AVX, AVX2 and AVX-512.
StringRef libmvecName(Operation *op) {
  return llvm::TypeSwitch<Operation *, StringRef>(op)
      .Case([](math::AcosOp) { return "acos"; })
      .Case([](math::AcoshOp) { return "acosh"; })
      .Case([](math::AsinOp) { return "asin"; })
      .Case([](math::AsinhOp) { return "asinh"; })
      .Case([](math::AtanOp) { return "atan"; })
      .Case([](math::Atan2Op) { return "atan2"; })
      .Case([](math::AtanhOp) { return "atanh"; })
      .Case([](math::CbrtOp) { return "cbrt"; })
      .Case([](math::CosOp) { return "cos"; })
      .Case([](math::CoshOp) { return "cosh"; })
      .Case([](math::ErfOp) { return "erf"; })
      .Case([](math::ErfcOp) { return "erfc"; })
      .Case([](math::ExpOp) { return "exp"; })
      .Case([](math::Exp2Op) { return "exp2"; })
      .Case([](math::ExpM1Op) { return "expm1"; })
      .Case([](math::LogOp) { return "log"; })
      .Case([](math::Log10Op) { return "log10"; })
      .Case([](math::Log1pOp) { return "log1p"; })
      .Case([](math::Log2Op) { return "log2"; })
      .Case([](math::PowFOp) { return "pow"; })
      .Case([](math::SinOp) { return "sin"; })
      .Case([](math::SinhOp) { return "sinh"; })
      .Case([](math::TanOp) { return "tan"; })
      .Case([](math::TanhOp) { return "tanh"; })
      .Default([](Operation *) { return ""; });
}

/// The rank-1 f32 or f64 vector type of `op`'s result, if it is one.
VectorType floatVectorResult(Operation *op) {
  if (op->getNumResults() != 1)
    return nullptr;
  auto type = dyn_cast<VectorType>(op->getResult(0).getType());
  if (!type || type.isScalable() || type.getRank() != 1 ||
      !(type.getElementType().isF32() || type.getElementType().isF64()))
    return nullptr;
  return type;
}

struct DLMathToLibmvecPass
    : dl::impl::DLMathToLibmvecPassBase<DLMathToLibmvecPass> {
  using Base::Base;

  void runOnOperation() override {
    unsigned vectorBits;
    char isaLetter;
    if (isa == "avx512") {
      vectorBits = 512;
      isaLetter = 'e';
    } else if (isa == "avx2") {
      vectorBits = 256;
      isaLetter = 'd';
    } else if (isa == "none") {
      return;
    } else {
      getOperation().emitError("dl-math-to-libmvec: unknown isa '")
          << isa << "' (avx512, avx2 or none)";
      return signalPassFailure();
    }
    auto lanesFor = [vectorBits](VectorType type) -> int64_t {
      return vectorBits / type.getElementType().getIntOrFloatBitWidth();
    };

    // Split each eligible op into register-wide pieces first.
    vector::UnrollVectorOptions options;
    options.setFilterConstraint([](Operation *op) {
      return success(!libmvecName(op).empty() && floatVectorResult(op));
    });
    options.setNativeShapeFn(
        [&](Operation *op) -> std::optional<SmallVector<int64_t>> {
          VectorType type = floatVectorResult(op);
          return SmallVector<int64_t>{
              std::min(lanesFor(type), type.getShape().back())};
        });
    RewritePatternSet patterns(&getContext());
    vector::populateVectorUnrollPatterns(patterns, options);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();

    // Then call libmvec for every piece of exactly one register. Narrower
    // vectors (a tensor smaller than a register) stay with LLVM.
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<Operation *> calls;
    module.walk([&](Operation *op) {
      VectorType type = floatVectorResult(op);
      if (type && !libmvecName(op).empty() &&
          type.getShape().back() == lanesFor(type))
        calls.push_back(op);
    });
    OpBuilder builder(&getContext());
    for (Operation *op : calls) {
      VectorType type = floatVectorResult(op);
      std::string name = "_ZGV" + std::string(1, isaLetter) + "N" +
                         std::to_string(type.getShape().back()) +
                         std::string(op->getNumOperands(), 'v') + "_" +
                         libmvecName(op).str() +
                         (type.getElementType().isF32() ? "f" : "");
      auto callee = symbols.lookup<func::FuncOp>(name);
      if (!callee) {
        builder.setInsertionPointToStart(module.getBody());
        SmallVector<Type> operands(op->getNumOperands(), type);
        callee = func::FuncOp::create(builder, op->getLoc(), name,
                                      builder.getFunctionType(operands, type));
        callee.setPrivate();
        symbols.insert(callee);
      }
      builder.setInsertionPoint(op);
      auto call = func::CallOp::create(builder, op->getLoc(), callee,
                                       op->getOperands());
      op->replaceAllUsesWith(call.getResults());
      op->erase();
    }
  }
};

} // namespace
