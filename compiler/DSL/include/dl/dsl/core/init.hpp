//===- init.hpp - Reproducible parameter initializers -----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// Initial parameter values must be the same on every machine and with every
// standard library, so nothing here uses <random>'s distributions (whose
// output is implementation-defined) or libm (whose last bits differ between
// implementations). The generator is splitmix64; uniform samples take the top
// 53 bits of a draw; normal samples are drawn from the standard normal
// truncated to [-2, 2] by rejection, with the acceptance test exp(-z^2/2)
// decided by von Neumann's comparison method, which needs no exp(). Every
// floating-point step is exact or a single correctly rounded IEEE operation
// (sqrt included), so the results are bit-identical wherever double is IEEE
// binary64 evaluated without excess precision. docs/dsl.md gives the formulas.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_INIT_HPP
#define DL_DSL_CORE_INIT_HPP

#include "dl/dsl/core/shape.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dl::dsl {

/// splitmix64 (Steele, Lea and Flood, 2014; Vigna's public-domain code).
class splitmix64 {
public:
  explicit constexpr splitmix64(std::uint64_t seed) : state_(seed) {}

  constexpr std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// A double in [0, 1): the top 53 bits of a draw times 2^-53 (exact).
  constexpr double uniform() {
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
  }

private:
  std::uint64_t state_;
};

/// FNV-1a, 64 bits: the hash of a parameter name that selects its stream.
constexpr std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  return h;
}

/// The stream of parameter `name` under `seed`: splitmix64 seeded with the
/// first draw of splitmix64(seed) xor fnv1a64(name). A parameter's values
/// depend only on the seed, its name and its shape, never on the other
/// parameters of the model.
inline splitmix64 parameter_stream(std::uint64_t seed, std::string_view name) {
  splitmix64 base(seed);
  return splitmix64(base.next() ^ fnv1a64(name));
}

/// Fan-in and fan-out of a kernel, as Keras computes them: [in, out] for a
/// matrix; for a convolution kernel [..., in, out], both times the product
/// of the leading (receptive field) extents; a vector [n] has n and n; a
/// scalar 1 and 1.
struct fans {
  std::int64_t in = 1;
  std::int64_t out = 1;
};

inline fans compute_fans(const std::vector<dim_t> &dims) {
  std::size_t rank = dims.size();
  if (rank == 0)
    return {};
  if (rank == 1)
    return {dims[0], dims[0]};
  std::int64_t receptive = 1;
  for (std::size_t i = 0; i + 2 < rank; ++i)
    receptive *= dims[i];
  return {dims[rank - 2] * receptive, dims[rank - 1] * receptive};
}

namespace detail {

/// IEEE square root: correctly rounded, like + - * /.
inline double sqrt(double x) { return __builtin_sqrt(x); }

/// True with probability exp(-a), for a in [0, 1], using comparisons only
/// (von Neumann, 1951): draw u1, u2, ... while a > u1 > u2 > ...; the length
/// of the descending run is even with probability exp(-a).
inline bool bernoulli_exp_neg(double a, splitmix64 &rng) {
  double previous = a;
  bool even = true;
  for (;;) {
    double u = rng.uniform();
    if (!(u < previous))
      return even;
    previous = u;
    even = !even;
  }
}

/// A standard normal sample truncated to [-2, 2]: z uniform in [-2, 2)
/// (exact), accepted with probability exp(-z^2/2) as two independent
/// exp(-z^2/4) trials.
inline double truncated_normal(splitmix64 &rng) {
  for (;;) {
    double z = 4.0 * rng.uniform() - 2.0;
    double a = z * z * 0.25;
    if (bernoulli_exp_neg(a, rng) && bernoulli_exp_neg(a, rng))
      return z;
  }
}

/// Standard deviation of the standard normal truncated to [-2, 2] (Keras
/// divides by it so that truncated samples have the intended variance).
inline constexpr double truncated_normal_stddev = 0.87962566103423978;

} // namespace detail

/// A parameter initializer, type-erased: its name (for messages and docs)
/// and a function drawing one element. `random` is false for the constant
/// initializers, which integer parameters may use.
struct initializer {
  const char *name;
  double (*sample)(const fans &, splitmix64 &);
  bool random;
};

inline bool operator==(const initializer &a, const initializer &b) {
  return a.sample == b.sample;
}

/// Base of the initializer tags; `is_initializer_v` recognises them.
struct initializer_tag {};
template <class T>
inline constexpr bool is_initializer_v = std::is_base_of_v<initializer_tag, T>;

/// All zeros (the default for biases).
struct zeros_t : initializer_tag {
  static double sample(const fans &, splitmix64 &) { return 0.0; }
  static constexpr initializer spec() { return {"zeros", &sample, false}; }
};
/// All ones.
struct ones_t : initializer_tag {
  static double sample(const fans &, splitmix64 &) { return 1.0; }
  static constexpr initializer spec() { return {"ones", &sample, false}; }
};
/// Uniform in [-l, l), l = sqrt(6 / (fan_in + fan_out)) (the default for
/// kernels, as in Keras).
struct glorot_uniform_t : initializer_tag {
  static double sample(const fans &f, splitmix64 &rng) {
    double limit = detail::sqrt(6.0 / static_cast<double>(f.in + f.out));
    return (2.0 * rng.uniform() - 1.0) * limit;
  }
  static constexpr initializer spec() {
    return {"glorot_uniform", &sample, true};
  }
};
/// Normal truncated at two standard deviations, stddev
/// sqrt(2 / (fan_in + fan_out)) / 0.87962566103423978.
struct glorot_normal_t : initializer_tag {
  static double sample(const fans &f, splitmix64 &rng) {
    double stddev = detail::sqrt(2.0 / static_cast<double>(f.in + f.out)) /
                    detail::truncated_normal_stddev;
    return detail::truncated_normal(rng) * stddev;
  }
  static constexpr initializer spec() {
    return {"glorot_normal", &sample, true};
  }
};
/// Uniform in [-l, l), l = sqrt(6 / fan_in).
struct he_uniform_t : initializer_tag {
  static double sample(const fans &f, splitmix64 &rng) {
    double limit = detail::sqrt(6.0 / static_cast<double>(f.in));
    return (2.0 * rng.uniform() - 1.0) * limit;
  }
  static constexpr initializer spec() { return {"he_uniform", &sample, true}; }
};
/// Normal truncated at two standard deviations, stddev
/// sqrt(2 / fan_in) / 0.87962566103423978 (Keras's he_normal).
struct he_normal_t : initializer_tag {
  static double sample(const fans &f, splitmix64 &rng) {
    double stddev = detail::sqrt(2.0 / static_cast<double>(f.in)) /
                    detail::truncated_normal_stddev;
    return detail::truncated_normal(rng) * stddev;
  }
  static constexpr initializer spec() { return {"he_normal", &sample, true}; }
};

inline constexpr zeros_t zeros{};
inline constexpr ones_t ones{};
inline constexpr glorot_uniform_t glorot_uniform{};
inline constexpr glorot_normal_t glorot_normal{};
inline constexpr he_uniform_t he_uniform{};
inline constexpr he_normal_t he_normal{};

} // namespace dl::dsl

#endif // DL_DSL_CORE_INIT_HPP
