//===- Target.cpp - The CPU dlc generates code for ------------------------===//
// SPDX-License-Identifier: Apache-2.0
//
// The host's features come from LLVM's CPUID-based detection, which knows
// what this very CPU supports (a CPU name alone would miss disabled
// extensions, e.g. AVX-512 switched off by a hypervisor).
//
//===----------------------------------------------------------------------===//

#include "compiler/Pipeline/Target.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"

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
