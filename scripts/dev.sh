#!/usr/bin/env bash
# scripts/dev.sh - install what dlc needs, build it, and run the demo or the tests.
# SPDX-License-Identifier: Apache-2.0
#
#   scripts/dev.sh demo    build, then verify, canonicalize, print and run examples/mlp
#   scripts/dev.sh test    build, then run every test (ctest, sanitizer ctest, lit)
#   scripts/dev.sh bench   build, then run the benchmarks (one thread) and print ratios
#                          (kernels vs OpenBLAS/C++, the MNIST train step vs libtorch)
#   scripts/dev.sh docs    refresh docs/reference from the ODS-generated pages
#   scripts/dev.sh build   install missing packages, configure and build only
#
# Each command installs missing Debian packages (scripts/debian-packages.txt),
# configures build/ with CMake + Ninja on first use, and builds incrementally.
# DL_BUILD_DIR overrides the build directory; DL_JOBS the build parallelism.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${DL_BUILD_DIR:-$root/build}
asan_build=${build}-asan
jobs=${DL_JOBS:-$(nproc)}

log() { printf '\n== %s\n' "$*"; }

install_packages() {
  local missing=()
  while read -r pkg; do
    [[ -z $pkg || $pkg == \#* ]] && continue
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$pkg")
    fi
  done <"$root/scripts/debian-packages.txt"
  ((${#missing[@]} == 0)) && return 0
  log "installing missing Debian packages: ${missing[*]}"
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"
}

# configure DIR [cmake args...]: runs CMake once per build directory.
configure() {
  local dir=$1
  shift
  [[ -f $dir/build.ninja ]] && return 0
  log "configuring $dir"
  cmake -G Ninja -S "$root" -B "$dir" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DLLVM_USE_LINKER=lld "$@"
}

build_all() {
  install_packages
  configure "$build"
  log "building $build"
  cmake --build "$build" -j "$jobs"
}

run_demo() {
  build_all
  log "dl-opt: verify, canonicalize and print examples/mlp/mlp.mlir"
  "$build/bin/dl-opt" "$root/examples/mlp/mlp.mlir" --canonicalize --cse
  log "dlc run: JIT-compile the MLP and run it on random inputs and weights"
  "$build/bin/dlc" run "$root/examples/mlp/mlp.mlir" --random-inputs 42 \
    --repeat 100 -o "$build/mlp-probs.safetensors"
  "$build/bin/dl-tensors" list "$build/mlp-probs.safetensors"
}

run_tests() {
  build_all
  local status=0
  log "runtime unit tests (ctest)"
  (cd "$build" && ctest --output-on-failure --no-tests=error -j "$jobs") || status=1

  log "runtime unit tests under AddressSanitizer and UBSan (ctest)"
  configure "$asan_build" -DDL_BUILD_COMPILER=OFF -DDL_ENABLE_SANITIZERS=ON
  cmake --build "$asan_build" -j "$jobs"
  (cd "$asan_build" && ctest --output-on-failure --no-tests=error -j "$jobs") || status=1

  log "lit suite"
  /usr/lib/llvm-22/bin/lit -sv "$build/test" || status=1
  return $status
}

# Arguments go to both binaries (a --benchmark_filter matching nothing in one
# makes it report that and run nothing).
run_benchmarks() {
  build_all
  log "benchmarks: dlc vs OpenBLAS and C++ (one thread, medians of 10 runs)"
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 "$build/bin/dl-bench" \
    --benchmark_repetitions=10 --benchmark_report_aggregates_only=true "$@"
  log "benchmarks: mnist_mlp train step, dlc vs libtorch (one thread, medians of 10 runs)"
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 "$build/bin/dl-bench-train" \
    --benchmark_repetitions=10 --benchmark_report_aggregates_only=true "$@"
}

refresh_docs() {
  build_all
  mkdir -p "$root/docs/reference"
  cp "$build/docs/Dialects/DLOps.md" "$root/docs/reference/DLOps.md"
  log "docs/reference/DLOps.md refreshed"
}

case ${1:-} in
demo) run_demo ;;
test) run_tests ;;
bench)
  shift
  run_benchmarks "$@"
  ;;
docs) refresh_docs ;;
build) build_all ;;
*)
  echo "usage: scripts/dev.sh demo|test|bench|docs|build" >&2
  exit 2
  ;;
esac
