# DLAddModel.cmake - dl_add_model(): compile a dl model into a library at
# build time. Installed with dlc (find_package(dlc) includes it) and used in
# the dlc tree itself.
# SPDX-License-Identifier: Apache-2.0
#
#   dl_add_model(<target> MODEL <file.mlir> | DSL <model.cpp>
#                [NAME <c-identifier>]        # default: <target>
#                [WEIGHTS <file.safetensors> | INITIAL_WEIGHTS [SEED <n>]]
#                [EMBED_WEIGHTS]
#                [ENTRY <function>...]        # default: every model function
#                [TRAIN_STEP <dlc training option>...]
#                [MCPU <cpu>] [TARGET_FEATURES <features>])
#
# Creates the static library <target> holding the object `dlc --aot` writes,
# with the generated header <NAME>.h on its include path and the dl runtime
# linked. Without MCPU/TARGET_FEATURES the code is tuned for the build
# machine's CPU. `TARGET <target>` is accepted as a spelling of the first
# argument.
#
# MODEL takes a model in the dl dialect. DSL takes a C++ program written with
# the model DSL (docs/dsl.md) that ends in DL_DSL_MAIN(...): it is built as a
# host executable linking dl::dsl, and run to write <NAME>.mlir, which dlc
# then compiles. INITIAL_WEIGHTS (DSL only) also has it write <NAME>.safetensors
# with the parameters' initializers, drawn with seed SEED (default 0); these
# take the place of WEIGHTS, so EMBED_WEIGHTS can bake them in. The files are
# in the build tree, in the target's properties DL_MODEL_FILE and
# DL_WEIGHTS_FILE.
#
# TRAIN_STEP adds the model's training and evaluation steps
# (<f>_train_step, <f>_eval_step) with `dlc --train-step` and the options
# given, spelled as on dlc's command line (docs/dlc.md), e.g.
# `TRAIN_STEP --loss mse --optimizer adam --lr 0.01`; an application drives
# them with dl::rt::Trainer (link dl::runtime_train). Training updates the
# parameters, so it excludes EMBED_WEIGHTS.
#
# Each step re-runs only when its inputs change: the generator when its source
# or the DSL headers do (it leaves unchanged outputs untouched), dlc when the
# model, the weights or dlc itself do.

function(dl_add_model)
  set(args ${ARGN})
  list(GET args 0 first)
  if(first STREQUAL "TARGET")
    list(REMOVE_AT args 0)
  endif()
  list(POP_FRONT args target)
  cmake_parse_arguments(DL "EMBED_WEIGHTS;INITIAL_WEIGHTS"
    "MODEL;DSL;NAME;WEIGHTS;SEED;MCPU;TARGET_FEATURES" "ENTRY;TRAIN_STEP" ${args})
  if(NOT target)
    message(FATAL_ERROR "dl_add_model: the first argument names the target")
  endif()
  if(DL_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "dl_add_model(${target}): unknown arguments: ${DL_UNPARSED_ARGUMENTS}")
  endif()
  if((DL_MODEL AND DL_DSL) OR (NOT DL_MODEL AND NOT DL_DSL))
    message(FATAL_ERROR "dl_add_model(${target}): give one of MODEL <file.mlir> "
                        "and DSL <model.cpp>")
  endif()
  if(DL_INITIAL_WEIGHTS AND NOT DL_DSL)
    message(FATAL_ERROR "dl_add_model(${target}): INITIAL_WEIGHTS needs DSL <model.cpp>")
  endif()
  if(DL_INITIAL_WEIGHTS AND DL_WEIGHTS)
    message(FATAL_ERROR "dl_add_model(${target}): give WEIGHTS or INITIAL_WEIGHTS, not both")
  endif()
  if(DEFINED DL_SEED AND NOT DL_INITIAL_WEIGHTS)
    message(FATAL_ERROR "dl_add_model(${target}): SEED needs INITIAL_WEIGHTS")
  endif()
  if(NOT DEFINED DL_SEED)
    set(DL_SEED 0)
  elseif(NOT DL_SEED MATCHES "^[0-9]+$")
    message(FATAL_ERROR "dl_add_model(${target}): SEED '${DL_SEED}' is not a "
                        "non-negative integer")
  endif()
  if(DL_EMBED_WEIGHTS AND NOT DL_WEIGHTS AND NOT DL_INITIAL_WEIGHTS)
    message(FATAL_ERROR "dl_add_model(${target}): EMBED_WEIGHTS needs WEIGHTS <file> "
                        "or INITIAL_WEIGHTS")
  endif()
  # TRAIN_STEP alone means dl-train-step's defaults.
  set(train_step OFF)
  if(DEFINED DL_TRAIN_STEP OR "TRAIN_STEP" IN_LIST DL_KEYWORDS_MISSING_VALUES)
    set(train_step ON)
  endif()
  if(DL_EMBED_WEIGHTS AND train_step)
    message(FATAL_ERROR "dl_add_model(${target}): EMBED_WEIGHTS and TRAIN_STEP "
                        "exclude each other: training updates the parameters")
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

  set(dir "${CMAKE_CURRENT_BINARY_DIR}/dl_models/${target}")
  file(MAKE_DIRECTORY "${dir}")
  if(DL_WEIGHTS)
    get_filename_component(weights "${DL_WEIGHTS}" ABSOLUTE)
  endif()
  if(DL_MODEL)
    get_filename_component(model "${DL_MODEL}" ABSOLUTE)
    set(source "${DL_MODEL}")
  else()
    _dl_add_model_generator("${target}" "${DL_DSL}" "${dir}" "${DL_NAME}"
                            "${DL_INITIAL_WEIGHTS}" "${DL_SEED}")
    set(model "${dir}/${DL_NAME}.mlir")
    if(DL_INITIAL_WEIGHTS)
      set(weights "${dir}/${DL_NAME}.safetensors")
    endif()
    get_filename_component(source "${model}" NAME)
  endif()

  set(object "${dir}/${DL_NAME}${CMAKE_C_OUTPUT_EXTENSION}")
  if(NOT CMAKE_C_OUTPUT_EXTENSION)
    set(object "${dir}/${DL_NAME}.o")
  endif()
  set(header "${dir}/${DL_NAME}.h")
  set(command $<TARGET_FILE:${dlc}> "${model}" --aot -o "${object}"
              --header "${header}" --name "${DL_NAME}")
  set(depends "${model}" ${dlc} $<TARGET_FILE:${dlc}>)
  if(weights)
    list(APPEND command --weights "${weights}")
    list(APPEND depends "${weights}")
    if(DL_EMBED_WEIGHTS)
      list(APPEND command --embed-weights)
    endif()
  endif()
  if(train_step)
    list(APPEND command --train-step ${DL_TRAIN_STEP})
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

  add_custom_command(
    OUTPUT "${object}" "${header}"
    COMMAND ${command}
    DEPENDS ${depends}
    COMMENT "Compiling dl model ${source} (${DL_NAME})"
    VERBATIM)
  set_source_files_properties("${object}" PROPERTIES
    EXTERNAL_OBJECT TRUE GENERATED TRUE)
  add_library(${target} STATIC "${object}" "${header}")
  set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C
    DL_MODEL_FILE "${model}" DL_WEIGHTS_FILE "${weights}")
  target_include_directories(${target} PUBLIC "${dir}")
  target_link_libraries(${target} PUBLIC dl::runtime)
  if(train_step)
    target_link_libraries(${target} PUBLIC dl::runtime_train)
  endif()
  # Generated code calls malloc/free, and for math without a polynomial
  # approximation (f64 exp, pow, ...) glibc's vector math library (libmvec,
  # dl-math-to-libmvec) and libm.
  target_link_libraries(${target} PUBLIC mvec m)
endfunction()

# Builds the generator of DSL program `dsl` (once per source file, however
# many models use it) and adds the command that runs it to write
# `dir`/`name`.mlir and, if `initial_weights`, `dir`/`name`.safetensors.
function(_dl_add_model_generator target dsl dir name initial_weights seed)
  if(NOT TARGET dl::dsl)
    message(FATAL_ERROR "dl_add_model(${target}): DSL needs the dl::dsl target; "
                        "find_package(dlc) first")
  endif()
  get_filename_component(source "${dsl}" ABSOLUTE)
  file(RELATIVE_PATH relative "${CMAKE_SOURCE_DIR}" "${source}")
  string(MAKE_C_IDENTIFIER "dl_generator_${relative}" generator)
  if(NOT TARGET ${generator})
    add_executable(${generator} "${source}")
    target_link_libraries(${generator} PRIVATE dl::dsl)
  endif()

  set(model "${dir}/${name}.mlir")
  set(outputs "${model}")
  set(command $<TARGET_FILE:${generator}> --mlir "${model}")
  if(initial_weights)
    list(APPEND outputs "${dir}/${name}.safetensors")
    list(APPEND command --weights "${dir}/${name}.safetensors" --seed "${seed}")
  endif()
  get_filename_component(file "${dsl}" NAME)
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND ${command}
    DEPENDS ${generator}
    COMMENT "Generating dl model ${name}.mlir from ${file}"
    VERBATIM)
endfunction()
