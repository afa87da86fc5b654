//===- progress.cpp - Progress reports of Trainer::fit --------------------===//
// SPDX-License-Identifier: Apache-2.0

#include "progress.h"

#include <cinttypes>

#include <unistd.h>

namespace dl::rt::detail {
namespace {

void appendNumber(std::string &out, const char *label, double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%s%s %.4f", out.empty() ? "" : " ", label,
                value);
  out += text;
}

constexpr int kBarWidth = 30;

} // namespace

std::string formatMetrics(const EpochResult &result) {
  std::string out;
  appendNumber(out, "loss", result.train.loss);
  if (result.train.accuracy)
    appendNumber(out, "accuracy", *result.train.accuracy);
  if (result.validation) {
    appendNumber(out, "val_loss", result.validation->loss);
    if (result.validation->accuracy)
      appendNumber(out, "val_accuracy", *result.validation->accuracy);
  }
  return out;
}

Progress::Progress(const ProgressOptions &options, int64_t epochs,
                   int64_t batches)
    : stream(options.stream ? options.stream : stdout), mode(options.mode),
      minSeconds(options.minSeconds), epochs(epochs), batches(batches) {
  if (mode == ProgressMode::Auto) {
    int fd = ::fileno(stream);
    mode = fd >= 0 && ::isatty(fd) ? ProgressMode::Bar : ProgressMode::Lines;
  }
}

void Progress::write(const std::string &text) {
  std::fwrite(text.data(), 1, text.size(), stream);
  std::fflush(stream);
}

std::string Progress::barPrefix(int64_t done) const {
  char head[64];
  std::snprintf(head, sizeof head, "\repoch %" PRId64 "/%" PRId64 " [", epoch,
                epochs);
  std::string out = head;
  int64_t filled = batches ? done * kBarWidth / batches : kBarWidth;
  for (int64_t i = 0; i < kBarWidth; ++i)
    out += i < filled ? '=' : i == filled ? '>' : '.';
  double seconds =
      std::chrono::duration<double>(Clock::now() - epochStart).count();
  char tail[96];
  std::snprintf(tail, sizeof tail, "] %" PRId64 "/%" PRId64 " %.1fs ", done,
                batches, seconds);
  return out + tail;
}

void Progress::startEpoch(int64_t number) {
  epoch = number;
  epochStart = Clock::now();
  lastDraw = epochStart;
  if (mode == ProgressMode::Bar)
    write(barPrefix(0) + "\x1b[K");
}

void Progress::batch(int64_t done, double loss,
                     std::optional<double> accuracy) {
  if (mode != ProgressMode::Bar || done == batches)
    return; // the end of the epoch draws the last state
  Clock::time_point now = Clock::now();
  if (std::chrono::duration<double>(now - lastDraw).count() < minSeconds)
    return;
  lastDraw = now;
  EpochResult running;
  running.train.loss = loss;
  running.train.accuracy = accuracy;
  write(barPrefix(done) + formatMetrics(running) + "\x1b[K");
}

void Progress::endEpoch(const EpochResult &result) {
  if (mode == ProgressMode::Lines) {
    char head[64];
    std::snprintf(head, sizeof head, "epoch %" PRId64 "/%" PRId64 ": ",
                  result.epoch, epochs);
    write(head + formatMetrics(result) + "\n");
  } else if (mode == ProgressMode::Bar) {
    write(barPrefix(batches) + formatMetrics(result) + "\x1b[K\n");
  }
}

} // namespace dl::rt::detail
