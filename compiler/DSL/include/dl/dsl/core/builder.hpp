//===- builder.hpp - Writing one model function as dl text ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0
//
// function_builder turns a graph into the text of one `func.func` in the `dl`
// dialect, following docs/model-convention.md. It is the only interface a
// layer sees when it emits itself: a layer declares inputs and parameters,
// appends ops and names itself through it, and never prints a type or an SSA
// name on its own.
//
// Values are pure, so an expression denotes one value wherever it appears:
// emit() memoizes nodes (same layer type, equal layer state, same operand
// values) and op() memoizes identical op lines. A subexpression used twice is
// emitted once, and an unnamed layer used twice is one layer with one set of
// parameters. Unnamed layers with parameters get Keras-style names
// `<kind><n>` (dense0, dense1, ...) in the order the traversal (depth-first,
// operands left to right, outputs in order) reaches them, skipping names the
// model uses explicitly.
//
// Shape errors are compile errors; what can only be checked here (names are
// runtime strings) is recorded with fail() and reported by the caller: two
// declarations of one parameter with different types, an input and a
// parameter sharing a name, a model name that is no C identifier.
//
//===----------------------------------------------------------------------===//

#ifndef DL_DSL_CORE_BUILDER_HPP
#define DL_DSL_CORE_BUILDER_HPP

#include "dl/dsl/core/init.hpp"
#include "dl/dsl/core/tensor.hpp"

#include <boost/hana/concept/struct.hpp>
#include <boost/hana/equal.hpp>
#include <boost/hana/unpack.hpp>

#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace dl::dsl {

/// A tensor type at emission time: `tensor<4x3xf32>`.
struct tensor_type {
  const char *dtype = "f32";
  int runtime_dtype = 0;
  std::vector<dim_t> dims;

  std::string str() const {
    std::string s = "tensor<";
    for (dim_t d : dims)
      s += std::to_string(d) + "x";
    return s + dtype + ">";
  }
  std::int64_t size() const {
    std::int64_t n = 1;
    for (dim_t d : dims)
      n *= d;
    return n;
  }
  friend bool operator==(const tensor_type &a, const tensor_type &b) {
    return std::string_view(a.dtype) == b.dtype && a.dims == b.dims;
  }
  friend bool operator!=(const tensor_type &a, const tensor_type &b) {
    return !(a == b);
  }
};

/// The emission-time type of a tensor of element type DType and shape Shape.
template <class DType, class Shape>
tensor_type type_of() {
  auto dims = Shape::dims();
  return {DType::name, DType::runtime_dtype,
          std::vector<dim_t>(dims.begin(), dims.end())};
}

/// An SSA value of the function being written and its type.
struct value {
  std::string ssa;
  tensor_type type;
};

/// A function argument: a model input or parameter.
struct argument {
  enum role_t { input, param };
  role_t role;
  std::string name;
  tensor_type type;
  /// Parameters only.
  initializer init = zeros_t::spec();
};

namespace detail {

/// An address unique to each type, standing in for RTTI (which LLVM-style
/// builds switch off).
template <class T>
inline constexpr char type_tag = 0;

/// Layer state equality: stateless layers are equal; stateful ones are
/// Hana Structs (BOOST_HANA_DEFINE_STRUCT) compared member by member.
template <class Op>
bool same_state(const Op &a, const Op &b) {
  if constexpr (std::is_empty_v<Op>)
    return true;
  else {
    static_assert(boost::hana::Struct<Op>::value,
                  "a layer with state must define it with "
                  "BOOST_HANA_DEFINE_STRUCT");
    return boost::hana::equal(a, b);
  }
}

/// `name` as an MLIR string literal.
inline std::string quote(std::string_view name) {
  static const char hex[] = "0123456789ABCDEF";
  std::string s = "\"";
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || u < 0x20) {
      s += '\\';
      s += hex[u >> 4];
      s += hex[u & 15];
    } else {
      s += c;
    }
  }
  return s + "\"";
}

/// A valid model-convention name: non-empty, no space or control character.
inline bool valid_name(std::string_view name) {
  if (name.empty())
    return false;
  for (char c : name)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
      return false;
  return true;
}

} // namespace detail

/// Writes one model function. Layers call input(), param(), op(),
/// same_type_op(), constant() and layer_name(); model_t calls emit() on its
/// outputs and then str().
class function_builder {
public:
  /// `reserved`: the names the model gives explicitly (from a first pass),
  /// which automatic names avoid.
  explicit function_builder(std::set<std::string> reserved = {})
      : reserved_(std::move(reserved)) {}

  /// Emits tensor `t` and everything it depends on, once.
  template <class DType, class Shape, class Op, class... Xs>
  value emit(const tensor<DType, Shape, Op, Xs...> &t) {
    std::array<value, sizeof...(Xs)> operands =
        boost::hana::unpack(t.operands, [&](const auto &...xs) {
          return std::array<value, sizeof...(Xs)>{{emit(xs)...}};
        });
    std::vector<std::string> ssas;
    for (const value &v : operands)
      ssas.push_back(v.ssa);
    for (const node &n : nodes_)
      if (n.tag == &detail::type_tag<Op> && n.operands == ssas &&
          detail::same_state(*static_cast<const Op *>(n.op), t.op))
        return n.result;
    tensor_type result = type_of<DType, Shape>();
    value v = std::apply(
        [&](const auto &...xs) { return t.op.emit(*this, result, xs...); },
        operands);
    nodes_.push_back({&detail::type_tag<Op>, &t.op, std::move(ssas), v});
    return v;
  }

  /// Declares a model input (dl.input); the same name and type again gives
  /// the same argument.
  value input(std::string_view name, const tensor_type &type) {
    reserve(name);
    return declare({argument::input, std::string(name), type});
  }

  /// Declares a parameter (dl.param) named explicitly; the same name, type
  /// and initializer again gives the same argument.
  value param(std::string_view name, const tensor_type &type,
              const initializer &init) {
    reserve(name);
    return declare({argument::param, std::string(name), type, init});
  }

  /// Declares parameter `<layer>.<tensor>` of a layer named by
  /// layer_name(). Applying a named layer twice declares its parameters
  /// twice, which is how layers share weights.
  value param(std::string_view layer, std::string_view tensor,
              const tensor_type &type, const initializer &init) {
    std::string name = std::string(layer) + "." + std::string(tensor);
    if (automatic_.count(std::string(layer)) == 0)
      reserve(name);
    return declare({argument::param, std::move(name), type, init});
  }

  /// Appends `%r = mnemonic %a, %b attrs : (A, B) -> R`.
  value op(std::string_view mnemonic, const std::vector<value> &operands,
           std::string_view attrs, const tensor_type &result) {
    std::string line = std::string(mnemonic) + " " + join(operands);
    if (!attrs.empty())
      line += " " + std::string(attrs);
    line += " : (";
    for (std::size_t i = 0; i < operands.size(); ++i)
      line += (i ? ", " : "") + operands[i].type.str();
    line += ") -> " + result.str();
    return append(line, result);
  }

  /// Appends `%r = mnemonic %x attrs : T` for ops whose result has the
  /// operand's type.
  value same_type_op(std::string_view mnemonic, const value &x,
                     std::string_view attrs = {}) {
    std::string line = std::string(mnemonic) + " " + x.ssa;
    if (!attrs.empty())
      line += " " + std::string(attrs);
    return append(line + " : " + x.type.str(), x.type);
  }

  /// Appends `%r = dl.constant dense<literal> : T`.
  value constant(std::string_view literal, const tensor_type &type) {
    return append("dl.constant dense<" + std::string(literal) +
                      "> : " + type.str(),
                  type);
  }

  /// The name of a layer: `name` when given, else `<kind><n>`.
  std::string layer_name(std::string_view kind, std::string_view name) {
    if (!name.empty()) {
      explicit_.insert(std::string(name));
      return std::string(name);
    }
    int &next = counters_[std::string(kind)];
    std::string candidate;
    do
      candidate = std::string(kind) + std::to_string(next++);
    while (reserved_.count(candidate) != 0);
    automatic_.insert(candidate);
    return candidate;
  }

  /// Records an error; the first one is kept.
  void fail(std::string message) {
    if (error_.empty())
      error_ = std::move(message);
  }
  const std::string &error() const { return error_; }

  const std::vector<argument> &arguments() const { return args_; }
  /// Names given explicitly (layers, inputs, parameters and their layer
  /// prefixes), for the second pass.
  const std::set<std::string> &explicit_names() const { return explicit_; }

  /// The complete function `@name` returning `results` as `output_names`.
  std::string str(std::string_view name, const std::vector<value> &results,
                  const std::vector<std::string> &output_names) const {
    std::string indent(std::string_view("func.func @(").size() + name.size(),
                       ' ');
    std::string s = "func.func @" + std::string(name) + "(";
    for (std::size_t i = 0; i < args_.size(); ++i) {
      const argument &a = args_[i];
      s += i ? ",\n" + indent : "";
      s += "%arg" + std::to_string(i) + ": " + a.type.str() +
           (a.role == argument::input ? " {dl.input = " : " {dl.param = ") +
           detail::quote(a.name) + "}";
    }
    s += ")\n    -> (";
    for (std::size_t i = 0; i < results.size(); ++i)
      s += (i ? ", " : "") + results[i].type.str() +
           " {dl.output = " + detail::quote(output_names[i]) + "}";
    s += ") {\n" + body_ + "  return " + join(results) + " : ";
    for (std::size_t i = 0; i < results.size(); ++i)
      s += (i ? ", " : "") + results[i].type.str();
    return s + "\n}\n";
  }

private:
  struct node {
    const void *tag;
    const void *op;
    std::vector<std::string> operands;
    value result;
  };

  static std::string join(const std::vector<value> &values) {
    std::string s;
    for (std::size_t i = 0; i < values.size(); ++i)
      s += (i ? ", " : "") + values[i].ssa;
    return s;
  }

  /// Records an explicit tensor name and its layer prefix.
  void reserve(std::string_view name) {
    explicit_.insert(std::string(name));
    auto dot = name.rfind('.');
    if (dot != std::string_view::npos)
      explicit_.insert(std::string(name.substr(0, dot)));
  }

  value declare(argument arg) {
    if (!detail::valid_name(arg.name))
      fail("tensor name " + detail::quote(arg.name) +
           " is empty or has a space or control character");
    for (std::size_t i = 0; i < args_.size(); ++i) {
      const argument &a = args_[i];
      if (a.name != arg.name)
        continue;
      if (a.role != arg.role)
        fail("'" + a.name + "' names both an input and a parameter");
      else if (a.type != arg.type)
        fail("'" + a.name + "' is declared as " + a.type.str() + " and as " +
             arg.type.str());
      else if (!(a.init == arg.init))
        fail("parameter '" + a.name + "' has two initializers, " + a.init.name +
             " and " + arg.init.name);
      return {"%arg" + std::to_string(i), a.type};
    }
    args_.push_back(std::move(arg));
    return {"%arg" + std::to_string(args_.size() - 1), args_.back().type};
  }

  value append(const std::string &line, const tensor_type &type) {
    auto it = ops_.find(line);
    if (it != ops_.end())
      return it->second;
    value v{"%" + std::to_string(ops_.size()), type};
    body_ += "  " + v.ssa + " = " + line + "\n";
    ops_.emplace(line, v);
    return v;
  }

  std::set<std::string> reserved_;
  std::set<std::string> explicit_;
  std::set<std::string> automatic_;
  std::map<std::string, int> counters_;
  std::vector<argument> args_;
  std::vector<node> nodes_;
  std::map<std::string, value> ops_;
  std::string body_;
  std::string error_;
};

} // namespace dl::dsl

#endif // DL_DSL_CORE_BUILDER_HPP
