#!/usr/bin/env bash
# jit-and-aot.sh - `dlc run` that also checks the AOT path: the same
# arguments (MODEL [--entry F] --inputs FILE... -o OUT), the JIT's results in
# OUT, and a failure unless the model compiled with `dlc --aot` and linked
# into a C program gives bit-identical results. Integration tests call it
# through lit's %jit-and-aot; lit.cfg.py sets the tools in the environment.
set -euo pipefail

"$DLC" run "$@"

model=$1
shift
entry=
inputs=()
out=
while [ $# -gt 0 ]; do
  case $1 in
    --entry) entry=$2; shift 2 ;;
    --inputs) shift; while [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; do inputs+=("$1"); shift; done ;;
    -o) out=$2; shift 2 ;;
    *) echo "jit-and-aot.sh: unsupported argument $1" >&2; exit 2 ;;
  esac
done

work=$out.aot
rm -rf "$work"
mkdir -p "$work"
"$DLC" "$model" --aot ${entry:+--entry "$entry"} -o "$work/model.o" \
  --header "$work/model.h" --name aot
# Without --entry, dlc run took the only public function: the header's only
# entry point.
symbol=$(sed -n 's/^DlrtStatus \(aot_[A-Za-z0-9_]*\)(.*/\1/p' "$work/model.h")
"$DL_CC" -std=c99 -Wall -Wextra -Werror -I"$DL_RUNTIME_INCLUDE" \
  -include "$work/model.h" -DDL_ENTRY="$symbol" \
  -c "$(dirname "$0")/aot-runner.c" -o "$work/runner.o"
"$DL_CXX" "$work/runner.o" "$work/model.o" "$DL_RUNTIME_LIB" -lmvec -lm -o "$work/runner"
"$work/runner" "${inputs[@]}" -o "$work/out.safetensors"
"$DL_TENSORS" compare "$work/out.safetensors" "$out" --rtol 0 --atol 0
