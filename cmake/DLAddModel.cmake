# DLAddModel.cmake - dl_add_model(): compile a dl model into a library at
# build time. Installed with dlc (find_package(dlc) includes it) and used in
# the dlc tree itself.
# SPDX-License-Identifier: Apache-2.0
#
#   dl_add_model(<target> MODEL <file.mlir>
#                [NAME <c-identifier>]        # default: <target>
#                [WEIGHTS <file.safetensors> [EMBED_WEIGHTS]]
#                [ENTRY <function>...]        # default: every model function
#                [MCPU <cpu>] [TARGET_FEATURES <features>])
#
# Creates the static library <target> holding the object `dlc --aot` writes,
# with the generated header <NAME>.h on its include path and the dl runtime
# linked. The command re-runs when the model, the weights or dlc change.
# Without MCPU/TARGET_FEATURES the code is tuned for the build machine's CPU.
# `TARGET <target>` is accepted as a spelling of the first argument.

function(dl_add_model)
  set(args ${ARGN})
  list(GET args 0 first)
  if(first STREQUAL "TARGET")
    list(REMOVE_AT args 0)
  endif()
  list(POP_FRONT args target)
  cmake_parse_arguments(DL "EMBED_WEIGHTS"
    "MODEL;NAME;WEIGHTS;MCPU;TARGET_FEATURES" "ENTRY" ${args})
  if(NOT target)
    message(FATAL_ERROR "dl_add_model: the first argument names the target")
  endif()
  if(NOT DL_MODEL)
    message(FATAL_ERROR "dl_add_model(${target}): MODEL <file.mlir> is required")
  endif()
  if(DL_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "dl_add_model(${target}): unknown arguments: ${DL_UNPARSED_ARGUMENTS}")
  endif()
  if(DL_EMBED_WEIGHTS AND NOT DL_WEIGHTS)
    message(FATAL_ERROR "dl_add_model(${target}): EMBED_WEIGHTS needs WEIGHTS <file>")
  endif()
  if(NOT DL_NAME)
    set(DL_NAME ${target})
  endif()
  if(NOT DL_NAME MATCHES "^[A-Za-z_][A-Za-z0-9_]*$")
    message(FATAL_ERROR "dl_add_model(${target}): NAME '${DL_NAME}' is not a C identifier; "
                        "give one with NAME <identifier>")
  endif()
  if(TARGET dl::dlc)
    set(dlc dl::dlc)
  elseif(TARGET dlc)
    set(dlc dlc)
  else()
    message(FATAL_ERROR "dl_add_model(${target}): no dlc executable; find_package(dlc) first")
  endif()

  get_filename_component(model "${DL_MODEL}" ABSOLUTE)
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/dl_models/${target}")
  set(object "${dir}/${DL_NAME}${CMAKE_C_OUTPUT_EXTENSION}")
  if(NOT CMAKE_C_OUTPUT_EXTENSION)
    set(object "${dir}/${DL_NAME}.o")
  endif()
  set(header "${dir}/${DL_NAME}.h")
  set(command $<TARGET_FILE:${dlc}> "${model}" --aot -o "${object}"
              --header "${header}" --name "${DL_NAME}")
  set(depends "${model}" ${dlc} $<TARGET_FILE:${dlc}>)
  if(DL_WEIGHTS)
    get_filename_component(weights "${DL_WEIGHTS}" ABSOLUTE)
    list(APPEND command --weights "${weights}")
    list(APPEND depends "${weights}")
    if(DL_EMBED_WEIGHTS)
      list(APPEND command --embed-weights)
    endif()
  endif()
  foreach(entry IN LISTS DL_ENTRY)
    list(APPEND command --entry "${entry}")
  endforeach()
  if(DL_MCPU)
    list(APPEND command --mcpu "${DL_MCPU}")
  endif()
  if(DL_TARGET_FEATURES)
    list(APPEND command --target-features "${DL_TARGET_FEATURES}")
  endif()

  file(MAKE_DIRECTORY "${dir}")
  add_custom_command(
    OUTPUT "${object}" "${header}"
    COMMAND ${command}
    DEPENDS ${depends}
    COMMENT "Compiling dl model ${DL_MODEL} (${DL_NAME})"
    VERBATIM)
  set_source_files_properties("${object}" PROPERTIES
    EXTERNAL_OBJECT TRUE GENERATED TRUE)
  add_library(${target} STATIC "${object}" "${header}")
  set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C)
  target_include_directories(${target} PUBLIC "${dir}")
  target_link_libraries(${target} PUBLIC dl::runtime)
  # Generated code calls malloc/free and, for f64 math, libm.
  target_link_libraries(${target} PUBLIC m)
endfunction()
