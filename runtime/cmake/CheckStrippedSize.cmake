# CheckStrippedSize.cmake - fail the build if the runtime grows too large.
# SPDX-License-Identifier: Apache-2.0
#
# Run as a POST_BUILD step of dl_runtime_shared with cmake -P:
#   -DSTRIP=<strip tool> -DINPUT=<library> -DOUTPUT=<stripped copy>
#   -DNAME=<name to print> -DLIMIT=<bytes> -DCONFIG=<build configuration>
# Strips a copy of the library (the built file is left alone), prints its
# size and fails when it exceeds LIMIT, except in a Debug configuration,
# which is unoptimized and only reported. runtime/README.md, "Size", says why
# the runtime has a size budget and what to do when the check fails.

foreach(var STRIP INPUT OUTPUT NAME LIMIT CONFIG)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckStrippedSize.cmake: ${var} is not set")
  endif()
endforeach()

execute_process(
  COMMAND "${STRIP}" --strip-all -o "${OUTPUT}" "${INPUT}"
  RESULT_VARIABLE result
  ERROR_VARIABLE error)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${NAME}: cannot strip ${INPUT}: ${error}")
endif()

file(SIZE "${OUTPUT}" size)
if(CONFIG STREQUAL "Debug")
  message(STATUS "${NAME}: stripped size ${size} bytes (not checked in "
                 "Debug builds; limit ${LIMIT})")
  return()
endif()
if(size GREATER LIMIT)
  message(FATAL_ERROR
    "${NAME}: stripped size ${size} bytes exceeds the limit of ${LIMIT} "
    "bytes. See runtime/README.md, \"Size\", for where the bytes usually go "
    "and how to find them (${OUTPUT} is the stripped copy).")
endif()
message(STATUS "${NAME}: stripped size ${size} bytes (limit ${LIMIT})")
