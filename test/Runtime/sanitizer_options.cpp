//===- sanitizer_options.cpp - Sanitizer defaults for the runtime tests ---===//
// SPDX-License-Identifier: Apache-2.0
//
// Linked into every runtime test executable. Sanitized allocators abort on
// absurd sizes by default, but the tests check that such requests come back
// as NULL or DLRT_ERROR_OUT_OF_MEMORY. Building the option into the binaries,
// instead of setting ASAN_OPTIONS in ctest, keeps them right under any runner
// (lit's GoogleTest format included). Without sanitizers these hooks are
// never called.
//
//===----------------------------------------------------------------------===//

extern "C" {

/// Read by AddressSanitizer at startup; ASAN_OPTIONS still takes precedence.
__attribute__((used, visibility("default"))) const char *
__asan_default_options() {
  return "allocator_may_return_null=1";
}

/// Read by UndefinedBehaviorSanitizer at startup.
__attribute__((used, visibility("default"))) const char *
__ubsan_default_options() {
  return "print_stacktrace=1";
}

} // extern "C"
