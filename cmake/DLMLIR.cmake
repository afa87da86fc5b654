# cmake/DLMLIR.cmake - find Debian's MLIR/LLVM 22 and set up AddLLVM/AddMLIR.
# SPDX-License-Identifier: Apache-2.0
#
# Debian ships MLIR and LLVM as shared libraries (libMLIR.so, libLLVM.so) with
# CMake packages under /usr/lib/llvm-22. Everything here links those two
# libraries only: the per-component static archives also exist, and mixing the
# two gives two copies of MLIR's global registries in one process.
find_package(MLIR 22.1 REQUIRED CONFIG HINTS /usr/lib/llvm-22/lib/cmake/mlir)
message(STATUS "Using MLIR ${LLVM_PACKAGE_VERSION} from ${MLIR_DIR}")

list(APPEND CMAKE_MODULE_PATH ${MLIR_CMAKE_DIR} ${LLVM_CMAKE_DIR})
set(LLVM_RUNTIME_OUTPUT_INTDIR ${CMAKE_BINARY_DIR}/bin)
set(LLVM_LIBRARY_OUTPUT_INTDIR ${CMAKE_BINARY_DIR}/lib)
# add_mlir_doc writes under ${MLIR_BINARY_DIR}/docs.
set(MLIR_BINARY_DIR ${CMAKE_BINARY_DIR})
# Installed tools must find libMLIR.so, which is not on the loader path.
set(CMAKE_INSTALL_RPATH "\$ORIGIN/../lib;${LLVM_LIBRARY_DIR}")

include(TableGen)
include(AddLLVM)
include(AddMLIR)
include(HandleLLVMOptions)

# Debian's MLIR package does not export this; without it mlir_target_link_libraries
# links the static component archives.
set(MLIR_LINK_MLIR_DYLIB ON)
set(LLVM_EXTERNAL_LIT ${LLVM_TOOLS_BINARY_DIR}/lit CACHE STRING "lit to run the suite")

include_directories(SYSTEM ${LLVM_INCLUDE_DIRS} ${MLIR_INCLUDE_DIRS})
include_directories(${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
separate_arguments(DL_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
add_definitions(${DL_LLVM_DEFINITIONS})

