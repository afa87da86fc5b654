//===- shuffle.cpp - The training loop's sample shuffling -----------------===//
// SPDX-License-Identifier: Apache-2.0
//
// SplitMix64 and Fisher-Yates, written out rather than taken from <random>:
// std::shuffle and the standard distributions are free to differ between
// standard libraries, and a checkpointed run must resume with exactly the
// batches an uninterrupted one would have drawn, on any platform.
//
//===----------------------------------------------------------------------===//

#include "dl/runtime/train.h"

#include <utility>

namespace dl::rt {

uint64_t SplitMix64::next() {
  value += 0x9e3779b97f4a7c15ULL;
  uint64_t z = value;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

uint64_t SplitMix64::below(uint64_t bound) {
  // Values below `threshold` would make the low residues more likely:
  // 2^64 mod bound of them are rejected, leaving a multiple of bound.
  if (bound == 0)
    return 0; // outside the contract; avoids dividing by zero
  uint64_t threshold = (0 - bound) % bound;
  for (;;) {
    uint64_t r = next();
    if (r >= threshold)
      return r % bound;
  }
}

void shuffleIndices(std::vector<int64_t> &indices, SplitMix64 &rng) {
  for (size_t i = indices.size(); i > 1; --i) {
    size_t j = static_cast<size_t>(rng.below(i));
    std::swap(indices[i - 1], indices[j]);
  }
}

} // namespace dl::rt
