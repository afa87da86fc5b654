//===- progress.h - Progress reports of Trainer::fit ------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Private to runtime/src/train. A progress bar redrawn in place on a
// terminal, one plain line per epoch otherwise (logs, CI, pipes); see
// ProgressMode in dl/runtime/train.h.
//
//===----------------------------------------------------------------------===//

#ifndef DL_RUNTIME_SRC_TRAIN_PROGRESS_H
#define DL_RUNTIME_SRC_TRAIN_PROGRESS_H

#include "dl/runtime/train.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

namespace dl::rt::detail {

/// `loss 0.2345 accuracy 0.9312 val_loss 0.3012 val_accuracy 0.9100`, the
/// parts that exist, four decimals each.
std::string formatMetrics(const EpochResult &result);

class Progress {
public:
  /// For fit() up to epoch `epochs`, `batches` batches per epoch.
  Progress(const ProgressOptions &options, int64_t epochs, int64_t batches);

  /// Marks the start of an epoch.
  void startEpoch(int64_t epoch);
  /// After `done` batches of the current epoch, with the running means.
  void batch(int64_t done, double loss, std::optional<double> accuracy);
  /// The epoch's final report.
  void endEpoch(const EpochResult &result);

private:
  using Clock = std::chrono::steady_clock;
  void write(const std::string &text);
  std::string barPrefix(int64_t done) const;

  std::FILE *stream;
  ProgressMode mode;
  double minSeconds;
  int64_t epochs;
  int64_t batches;
  int64_t epoch = 0;
  Clock::time_point epochStart;
  Clock::time_point lastDraw;
};

} // namespace dl::rt::detail

#endif // DL_RUNTIME_SRC_TRAIN_PROGRESS_H
