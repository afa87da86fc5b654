//===- Benchmarks.cpp - dlc-compiled kernels against the alternatives -----===//
// SPDX-License-Identifier: Apache-2.0
//
// Each dlc kernel is an object file compiled by `dlc --emit=obj` at build
// time and called through its C interface, exactly as an application would.
// Baselines: OpenBLAS sgemm (one thread), OpenBLAS plus a separate bias/relu
// loop, and a plain C++ loop built with -O3 -march=native. Every kernel's
// result is checked against its baseline before timing. The medians and
// their ratios are printed at the end; targets are in docs/performance.md.
// BM_PeakFma measures the core's f32 FMA throughput, the bound that every
// matmul here is reported against.
//
//===----------------------------------------------------------------------===//

#include <benchmark/benchmark.h>
#include <cblas.h>
#include <immintrin.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>

namespace {

template <int Rank>
struct MemRef {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[Rank];
  int64_t strides[Rank];
};
struct MemRef0 {
  float *allocated;
  float *aligned;
  int64_t offset;
};

} // namespace

extern "C" {
void _mlir_ciface_matmul(MemRef<2> *a, MemRef<2> *b, MemRef<2> *c);
void _mlir_ciface_dense(MemRef<2> *x, MemRef<2> *w, MemRef<1> *b,
                        MemRef<2> *y);
void _mlir_ciface_elementwise(MemRef<1> *x, MemRef0 *a, MemRef0 *b,
                              MemRef<1> *y);
}

namespace {

/// A 64-byte aligned float buffer filled with uniform values in [-1, 1).
struct Buffer {
  explicit Buffer(size_t n, unsigned seed = 0) : size(n) {
    data = static_cast<float *>(std::aligned_alloc(64, (n * 4 + 63) / 64 * 64));
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (size_t i = 0; i < n; ++i)
      data[i] = seed ? dist(rng) : 0.0f;
  }
  ~Buffer() { std::free(data); }
  Buffer(const Buffer &) = delete;
  Buffer &operator=(const Buffer &) = delete;

  MemRef<2> view2(int64_t rows, int64_t cols) const {
    return {data, data, 0, {rows, cols}, {cols, 1}};
  }
  MemRef<1> view1() const {
    return {data, data, 0, {static_cast<int64_t>(size)}, {1}};
  }
  MemRef0 view0() const { return {data, data, 0}; }

  float *data;
  size_t size;
};

/// Returns false (and reports) if `got` differs from `want` by more than
/// `tolerance` relative to the largest magnitude in `want`.
bool closeEnough(benchmark::State &state, const Buffer &got, const Buffer &want,
                 double tolerance) {
  double scale = 0, worst = 0;
  for (size_t i = 0; i < want.size; ++i)
    scale = std::max(scale, std::fabs(double(want.data[i])));
  for (size_t i = 0; i < want.size; ++i)
    worst = std::max(worst, std::fabs(double(got.data[i]) - want.data[i]));
  if (worst <= tolerance * std::max(scale, 1.0))
    return true;
  char message[160];
  std::snprintf(message, sizeof message,
                "result differs from the baseline: max |diff| %g (scale %g)",
                worst, scale);
  state.SkipWithError(message);
  return false;
}

void sgemm(const Buffer &a, const Buffer &b, Buffer &c, int m, int n, int k) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0f, a.data,
              k, b.data, n, 0.0f, c.data, n);
}

//===----------------------------------------------------------------------===//
// (a) matmul 512x512x512
//===----------------------------------------------------------------------===//

constexpr int kN = 512;

void BM_Matmul_dlc(benchmark::State &state) {
  Buffer a(kN * kN, 1), b(kN * kN, 2), c(kN * kN), want(kN * kN);
  MemRef<2> ma = a.view2(kN, kN), mb = b.view2(kN, kN), mc = c.view2(kN, kN);
  sgemm(a, b, want, kN, kN, kN);
  _mlir_ciface_matmul(&ma, &mb, &mc);
  if (!closeEnough(state, c, want, 1e-5))
    return;
  for (auto _ : state) {
    _mlir_ciface_matmul(&ma, &mb, &mc);
    benchmark::ClobberMemory();
  }
  state.counters["FLOP/s"] = benchmark::Counter(
      2.0 * kN * kN * kN, benchmark::Counter::kIsIterationInvariantRate,
      benchmark::Counter::kIs1000);
}

void BM_Matmul_OpenBLAS(benchmark::State &state) {
  Buffer a(kN * kN, 1), b(kN * kN, 2), c(kN * kN);
  for (auto _ : state) {
    sgemm(a, b, c, kN, kN, kN);
    benchmark::ClobberMemory();
  }
  state.counters["FLOP/s"] = benchmark::Counter(
      2.0 * kN * kN * kN, benchmark::Counter::kIsIterationInvariantRate,
      benchmark::Counter::kIs1000);
}

//===----------------------------------------------------------------------===//
// (b) dense layer: relu(x W + b), 64x784 times 784x512
//===----------------------------------------------------------------------===//

constexpr int kBatch = 64, kIn = 784, kOut = 512;

void denseBaseline(const Buffer &x, const Buffer &w, const Buffer &bias,
                   Buffer &y) {
  sgemm(x, w, y, kBatch, kOut, kIn);
  for (int i = 0; i < kBatch; ++i)
    for (int j = 0; j < kOut; ++j)
      y.data[i * kOut + j] = std::max(y.data[i * kOut + j] + bias.data[j], 0.0f);
}

void BM_Dense_dlc(benchmark::State &state) {
  Buffer x(kBatch * kIn, 3), w(kIn * kOut, 4), bias(kOut, 5),
      y(kBatch * kOut), want(kBatch * kOut);
  MemRef<2> mx = x.view2(kBatch, kIn), mw = w.view2(kIn, kOut),
            my = y.view2(kBatch, kOut);
  MemRef<1> mb = bias.view1();
  denseBaseline(x, w, bias, want);
  _mlir_ciface_dense(&mx, &mw, &mb, &my);
  if (!closeEnough(state, y, want, 1e-5))
    return;
  for (auto _ : state) {
    _mlir_ciface_dense(&mx, &mw, &mb, &my);
    benchmark::ClobberMemory();
  }
  state.counters["FLOP/s"] = benchmark::Counter(
      2.0 * kBatch * kIn * kOut, benchmark::Counter::kIsIterationInvariantRate,
      benchmark::Counter::kIs1000);
}

void BM_Dense_OpenBLAS_Epilogue(benchmark::State &state) {
  Buffer x(kBatch * kIn, 3), w(kIn * kOut, 4), bias(kOut, 5), y(kBatch * kOut);
  for (auto _ : state) {
    denseBaseline(x, w, bias, y);
    benchmark::ClobberMemory();
  }
  state.counters["FLOP/s"] = benchmark::Counter(
      2.0 * kBatch * kIn * kOut, benchmark::Counter::kIsIterationInvariantRate,
      benchmark::Counter::kIs1000);
}

//===----------------------------------------------------------------------===//
// (c) y = relu(x * a + b) * sigmoid(x) on 16M floats
//===----------------------------------------------------------------------===//

constexpr size_t kElements = size_t(1) << 24;
constexpr float kA = 1.5f, kB = -0.25f;

void elementwiseLoop(const float *__restrict x, float *__restrict y, size_t n) {
  for (size_t i = 0; i < n; ++i)
    y[i] = std::max(x[i] * kA + kB, 0.0f) * (1.0f / (1.0f + std::exp(-x[i])));
}

void BM_Elementwise_dlc(benchmark::State &state) {
  Buffer x(kElements, 6), a(1), b(1), y(kElements), want(kElements);
  a.data[0] = kA;
  b.data[0] = kB;
  MemRef<1> mx = x.view1(), my = y.view1();
  MemRef0 ma = a.view0(), mb = b.view0();
  elementwiseLoop(x.data, want.data, kElements);
  _mlir_ciface_elementwise(&mx, &ma, &mb, &my);
  if (!closeEnough(state, y, want, 1e-6))
    return;
  for (auto _ : state) {
    _mlir_ciface_elementwise(&mx, &ma, &mb, &my);
    benchmark::ClobberMemory();
  }
}

void BM_Elementwise_Cpp(benchmark::State &state) {
  Buffer x(kElements, 6), y(kElements);
  for (auto _ : state) {
    elementwiseLoop(x.data, y.data, kElements);
    benchmark::ClobberMemory();
  }
}

//===----------------------------------------------------------------------===//
// The bound: f32 FMA throughput of one core
//===----------------------------------------------------------------------===//

#if defined(__AVX512F__)
using Vector = __m512;
inline Vector broadcast(float value) { return _mm512_set1_ps(value); }
inline Vector fma(Vector a, Vector b, Vector c) { return _mm512_fmadd_ps(a, b, c); }
#elif defined(__FMA__)
using Vector = __m256;
inline Vector broadcast(float value) { return _mm256_set1_ps(value); }
inline Vector fma(Vector a, Vector b, Vector c) { return _mm256_fmadd_ps(a, b, c); }
#endif

#if defined(__AVX512F__) || defined(__FMA__)
/// Independent FMA chains, more than latency times throughput, so that
/// nothing but the FMA units limits the loop.
void BM_PeakFma(benchmark::State &state) {
  constexpr int kChains = 16, kSteps = 4096;
  constexpr int kLanes = sizeof(Vector) / sizeof(float);
  Vector acc[kChains];
  for (int i = 0; i < kChains; ++i)
    acc[i] = broadcast(float(i));
  Vector scale = broadcast(0.999f), shift = broadcast(0.001f);
  for (auto _ : state) {
    for (int step = 0; step < kSteps; ++step)
      for (int i = 0; i < kChains; ++i)
        acc[i] = fma(acc[i], scale, shift);
    benchmark::DoNotOptimize(acc);
  }
  state.counters["FLOP/s"] = benchmark::Counter(
      2.0 * kLanes * kChains * kSteps,
      benchmark::Counter::kIsIterationInvariantRate,
      benchmark::Counter::kIs1000);
}
BENCHMARK(BM_PeakFma)->Unit(benchmark::kMicrosecond);
#endif

BENCHMARK(BM_Matmul_dlc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Matmul_OpenBLAS)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dense_dlc)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Dense_OpenBLAS_Epilogue)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Elementwise_dlc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Elementwise_Cpp)->Unit(benchmark::kMillisecond);

/// Console output plus, at the end, each dlc kernel's speed relative to its
/// baseline, from the median of the repetitions.
class RatioReporter : public benchmark::ConsoleReporter {
public:
  void ReportRuns(const std::vector<Run> &runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs)
      if (run.aggregate_name == "median" || run.aggregate_name.empty()) {
        medians[run.run_name.function_name] = run.GetAdjustedRealTime();
        auto rate = run.counters.find("FLOP/s");
        if (rate != run.counters.end())
          flops[run.run_name.function_name] = rate->second.value;
      }
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::printf("\nspeed of dlc relative to the baseline (median times, "
                "higher is better):\n");
    ratio("matmul 512^3 vs OpenBLAS sgemm", "BM_Matmul_dlc",
          "BM_Matmul_OpenBLAS", 1.0);
    ratio("dense 64x784x512 + bias + relu vs OpenBLAS + epilogue",
          "BM_Dense_dlc", "BM_Dense_OpenBLAS_Epilogue", 1.2);
    ratio("relu(x*a+b)*sigmoid(x), 16M vs C++ -O3 -march=native",
          "BM_Elementwise_dlc", "BM_Elementwise_Cpp", 1.0);
    auto peak = flops.find("BM_PeakFma");
    if (peak == flops.end() || peak->second <= 0)
      return;
    std::printf("\nshare of the measured FMA peak (%.1f GFLOP/s):\n",
                peak->second / 1e9);
    for (const char *name :
         {"BM_Matmul_dlc", "BM_Matmul_OpenBLAS", "BM_Dense_dlc",
          "BM_Dense_OpenBLAS_Epilogue"}) {
      auto rate = flops.find(name);
      if (rate != flops.end())
        std::printf("  %-58s  %5.1f%%\n", name,
                    100.0 * rate->second / peak->second);
    }
  }

private:
  void ratio(const char *what, const std::string &dlc,
             const std::string &baseline, double target) {
    auto d = medians.find(dlc), b = medians.find(baseline);
    if (d == medians.end() || b == medians.end() || d->second <= 0) {
      std::printf("  %-58s  n/a (skipped or failed)\n", what);
      return;
    }
    double r = b->second / d->second;
    std::printf("  %-58s  %6.3fx  (target >= %.1fx: %s)\n", what, r, target,
                r >= target ? "met" : "NOT met");
  }

  std::map<std::string, double> medians;
  /// FLOP per second.
  std::map<std::string, double> flops;
};

} // namespace

int main(int argc, char **argv) {
  openblas_set_num_threads(1);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
