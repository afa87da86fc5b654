# DLInstall.cmake - `cmake --install`: tools, runtime, the DSL, headers and the
# CMake package that gives applications dl_add_model() (docs/aot.md,
# docs/dsl.md).
# SPDX-License-Identifier: Apache-2.0
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

set(DL_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/dlc)

# Installed as dl::runtime, dl::runtime_shared and dl::runtime_data, the
# names the build tree's aliases give them.
set_target_properties(dl_runtime PROPERTIES EXPORT_NAME runtime)
set_target_properties(dl_runtime_shared PROPERTIES EXPORT_NAME runtime_shared)
set_target_properties(dl_runtime_data PROPERTIES EXPORT_NAME runtime_data)
install(TARGETS dl_runtime dl_runtime_shared dl_runtime_data EXPORT dlcTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/dl
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# The training loop, dl::runtime_train (static; docs/training.md).
set_target_properties(dl_runtime_train PROPERTIES EXPORT_NAME runtime_train)
install(TARGETS dl_runtime_train EXPORT dlcTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# The header-only DSL, dl::dsl: its headers sit next to the runtime's under
# include/dl, and the package finds Boost for it (dlcConfig.cmake.in).
install(TARGETS dl_dsl EXPORT dlcTargets
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/compiler/DSL/include/dl
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
set(dl_installed_tools dl-tensors dl-make-digits)
if(DL_BUILD_COMPILER)
  list(APPEND dl_installed_tools dlc dl-opt)
endif()
install(TARGETS ${dl_installed_tools} EXPORT dlcTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT dlcTargets NAMESPACE dl:: DESTINATION ${DL_PACKAGE_DIR})

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/dlcConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/dlcConfig.cmake
  INSTALL_DESTINATION ${DL_PACKAGE_DIR})
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/dlcConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/cmake/dlcConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/dlcConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/DLAddModel.cmake
  DESTINATION ${DL_PACKAGE_DIR})
