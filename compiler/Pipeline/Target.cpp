//===- Target.cpp - The CPU dlc generates code for ------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The host's features come from LLVM's CPUID-based detection, which knows
// what this very CPU supports (a CPU name alone would miss disabled
// extensions, e.g. AVX-512 switched off by a hypervisor).
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Target.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/X86TargetParser.h"

using namespace mlir::dl;

TargetDescription mlir::dl::resolveTarget(const std::string &cpu,
                                          const std::string &features) {
  TargetDescription target{cpu, features};
  if (target.cpu.empty())
    target.cpu = llvm::sys::getHostCPUName().str();
  if (target.features.empty() && cpu.empty()) {
    std::string joined;
    for (const auto &feature : llvm::sys::getHostCPUFeatures()) {
      if (!joined.empty())
        joined += ',';
      joined += (feature.second ? "+" : "-") + feature.first().str();
    }
    target.features = joined;
  }
  return target;
}

bool mlir::dl::hasFeature(const TargetDescription &target,
                          const std::string &name) {
  llvm::StringMap<bool> enabled;
  llvm::SmallVector<llvm::StringRef> cpuFeatures;
  llvm::X86::getFeaturesForCPU(target.cpu, cpuFeatures);
  // A CPU's list leaves out what its features imply (x86-64-v4 names
  // avx512bw but not avx512f), and updateImpliedFeatures sets only what a
  // feature implies, not the feature itself.
  for (llvm::StringRef feature : cpuFeatures) {
    enabled[feature] = true;
    llvm::X86::updateImpliedFeatures(feature, true, enabled);
  }
  llvm::SmallVector<llvm::StringRef> changes;
  llvm::SplitString(target.features, changes, ",");
  for (llvm::StringRef change : changes) {
    if (change.size() < 2 || (change[0] != '+' && change[0] != '-'))
      continue;
    enabled[change.drop_front()] = change[0] == '+';
    llvm::X86::updateImpliedFeatures(change.drop_front(), change[0] == '+',
                                     enabled);
  }
  return enabled.lookup(name);
}

unsigned mlir::dl::vectorRegisterBits(const TargetDescription &target) {
  if (hasFeature(target, "avx512f"))
    return 512;
  return hasFeature(target, "avx") ? 256 : 128;
}

std::string mlir::dl::libmvecIsa(const TargetDescription &target) {
  if (hasFeature(target, "avx512f"))
    return "avx512";
  return hasFeature(target, "avx2") ? "avx2" : "none";
}
