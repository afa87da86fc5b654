//===- check.hpp - Shape checks with readable compile errors ----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// DL_DSL_CHECK(condition, format, args...) is the one way a layer rejects its
// operands. It expands to a single static_assert in the layer's own call
// operator, the function the user called, so the compiler reports one error
// and one or two "in instantiation of" notes pointing at the user's line,
// never a backtrace through the library.
//
// The message names the layer and both sides, with numbers:
//
//   dense<10>: input features 784 do not match kernel rows 512
//
// C++17 only accepts a string literal as a static_assert message. Clang 17
// and later also accept a constant expression with data() and size() (C++26,
// P2741) as an extension, which this header uses with the warning silenced;
// it formats the message at compile time. Other compilers (and any compiler
// with DL_DSL_LITERAL_MESSAGES defined) get the format string itself, with
// `{}` where the values go, and show the values in their instantiation
// context.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_CHECK_HPP
#define DL_DSL_CORE_CHECK_HPP

#include "dl/dsl/core/dtype.hpp"
#include "dl/dsl/core/shape.hpp"

#include <cstddef>
#include <type_traits>

namespace dl::dsl::detail {

/// A compile-time message: a fixed buffer that static_assert can print.
class message {
public:
  constexpr const char *data() const { return buf_; }
  constexpr std::size_t size() const { return size_; }

  constexpr void append(const char *s) {
    while (*s)
      put(*s++);
  }
  constexpr void append(char c) { put(c); }
  constexpr void append(long long v) {
    unsigned long long u = v < 0 ? 0ull - static_cast<unsigned long long>(v)
                                 : static_cast<unsigned long long>(v);
    if (v < 0)
      put('-');
    char digits[24] = {};
    int n = 0;
    do {
      digits[n++] = static_cast<char>('0' + u % 10);
      u /= 10;
    } while (u != 0);
    while (n > 0)
      put(digits[--n]);
  }
  template <dim_t... D>
  constexpr void append(shape<D...>) {
    put('[');
    bool first = true;
    for (dim_t d : shape<D...>::dims()) {
      if (!first)
        append(", ");
      first = false;
      append(static_cast<long long>(d));
    }
    put(']');
  }

private:
  constexpr void put(char c) {
    if (size_ + 1 < sizeof(buf_))
      buf_[size_++] = c;
  }

  char buf_[256] = {};
  std::size_t size_ = 0;
};

/// One argument of format(): an integer, a string, a shape or a dtype.
template <class T>
constexpr void append_arg(message &m, const T &arg) {
  if constexpr (is_dtype_v<T>)
    m.append(T::name);
  else if constexpr (std::is_integral_v<T>)
    m.append(static_cast<long long>(arg));
  else
    m.append(arg);
}

/// Copies `fmt` into a message, replacing each `{}` by the next argument.
template <class... Args>
constexpr message format(const char *fmt, const Args &...args) {
  message m;
  auto next = [&](auto &self, const char *f, const auto &first,
                  const auto &...rest) -> const char * {
    for (; *f; ++f) {
      if (f[0] == '{' && f[1] == '}') {
        append_arg(m, first);
        if constexpr (sizeof...(rest) == 0)
          return f + 2;
        else
          return self(self, f + 2, rest...);
      }
      m.append(*f);
    }
    return f;
  };
  const char *tail = fmt;
  if constexpr (sizeof...(args) > 0)
    tail = next(next, fmt, args...);
  m.append(tail);
  return m;
}

} // namespace dl::dsl::detail

#if defined(__clang__) && __clang_major__ >= 17 &&                             \
    !defined(DL_DSL_LITERAL_MESSAGES)
// clang-format off
#define DL_DSL_CHECK(condition, ...)                                           \
  _Pragma("clang diagnostic push")                                             \
  _Pragma("clang diagnostic ignored \"-Wc++26-extensions\"")                   \
  static_assert(condition, ::dl::dsl::detail::format(__VA_ARGS__));            \
  _Pragma("clang diagnostic pop")
// clang-format on
#else
#define DL_DSL_CHECK(condition, ...)                                           \
  DL_DSL_CHECK_LITERAL(condition, __VA_ARGS__, 0)
#define DL_DSL_CHECK_LITERAL(condition, format, ...)                           \
  static_assert(condition, format)
#endif

#endif // DL_DSL_CORE_CHECK_HPP
