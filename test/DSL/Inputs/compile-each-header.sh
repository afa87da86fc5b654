#!/usr/bin/env bash
# compile-each-header.sh DIR CXX FLAGS... - compiles every header under DIR
# on its own (a translation unit that includes only that header, twice, to
# check the include guard), so that each public DSL header is self-contained.
# A header added later is checked without editing this script.
set -eu
dir=$1
shift
status=0
count=0
while IFS= read -r header; do
  relative=${header#"$dir"/}
  if ! printf '#include "%s"\n#include "%s"\n' "$relative" "$relative" |
      "$@" -fsyntax-only -x c++ -; then
    echo "not self-contained: $relative" >&2
    status=1
  fi
  count=$((count + 1))
done < <(find "$dir" -name '*.hpp' | sort)
echo "checked $count headers"
exit $status
