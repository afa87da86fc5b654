//===- Target.h - The CPU dlc generates code for ----------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// One answer to "which CPU and features" shared by the function attributes,
// the JIT and the object-file emitter, so they can never disagree.
//
//===----------------------------------------------------------------------===//

#ifndef DL_PIPELINE_TARGET_H
#define DL_PIPELINE_TARGET_H

#include <string>

namespace mlir::dl {

/// A CPU name and an LLVM feature string ("+avx2,+fma,-avx512f").
struct TargetDescription {
  std::string cpu;
  std::string features;
};

/// Returns the host's CPU and features when `cpu` is empty; otherwise `cpu`
/// with `features`, which may be empty to mean that CPU's own defaults (the
/// host's features must never leak into code for another CPU).
TargetDescription resolveTarget(const std::string &cpu,
                                const std::string &features);

/// Width in bits of the widest floating-point vector registers of `target`
/// (a resolved description): 512 with AVX-512, 256 with AVX, else 128. The
/// CPU's own features count, changed by the feature string in order, with
/// what each change implies (-avx512f also disables avx512bw, +avx2 enables
/// avx).
unsigned vectorRegisterBits(const TargetDescription &target);

} // namespace mlir::dl

#endif // DL_PIPELINE_TARGET_H
