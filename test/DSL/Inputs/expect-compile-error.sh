#!/usr/bin/env bash
# expect-compile-error.sh MAX_NOTES COMPILER ARGS... - compiles a program that
# must not compile and prints the compiler's output for FileCheck. Fails
# unless the compiler fails with exactly one error whose instantiation
# backtrace has at most MAX_NOTES "in instantiation of" notes: a shape error
# is one short message at the call the user wrote, not a page of templates.
set -u
max_notes=$1
shift
output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
if [ "$status" -eq 0 ]; then
  echo "expect-compile-error: the program compiled" >&2
  exit 1
fi
errors=$(printf '%s\n' "$output" | grep -c 'error:')
notes=$(printf '%s\n' "$output" | grep -c 'in instantiation of\|required from')
if [ "$errors" -ne 1 ]; then
  echo "expect-compile-error: $errors errors, expected 1" >&2
  exit 1
fi
if [ "$notes" -gt "$max_notes" ]; then
  echo "expect-compile-error: $notes instantiation notes, expected at most $max_notes" >&2
  exit 1
fi
