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

/// Whether `target` (a resolved description) has the LLVM feature `name`
/// ("avx2"): the CPU's own features count, changed by the feature string in
/// order, with what each change implies (-avx512f also disables avx512bw,
/// +avx2 enables avx).
bool hasFeature(const TargetDescription &target, const std::string &name);

/// Width in bits of the widest floating-point vector registers of `target`:
/// 512 with AVX-512, 256 with AVX, else 128.
unsigned vectorRegisterBits(const TargetDescription &target);

/// The ISA of glibc's vector math functions to call on `target`: "avx512",
/// "avx2" or "none" (see dl-math-to-libmvec).
std::string libmvecIsa(const TargetDescription &target);

} // namespace mlir::dl

#endif // DL_PIPELINE_TARGET_H
