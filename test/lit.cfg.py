# test/lit.cfg.py - lit configuration of the dlc suite.
# SPDX-License-Identifier: Apache-2.0
#
# Tools come from the build tree and from LLVM 22's tool directory, never from
# PATH: Debian's PATH may hold FileCheck of another LLVM version.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "dlc"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "Inputs", "tools"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.dl_obj_root, "test")
# A compiler bug that loops forever must fail its test, not hang the suite.
lit_config.maxIndividualTestTime = 300

config.substitutions.append(("%dl_src_root", config.dl_src_root))
config.substitutions.append(("%dl_obj_root", config.dl_obj_root))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.dl_tools_dir, config.llvm_tools_dir]
tools = [
    ToolSubst(name, unresolved="fatal")
    for name in ("dl-opt", "dlc", "dl-tensors", "dl-make-digits")
]
llvm_config.add_tool_substitutions(tools, tool_dirs)
llvm_config.add_tool_substitutions(["llvm-nm", "llvm-readelf"], [config.llvm_tools_dir])

# AOT tests compile generated headers and link generated objects with the
# host compilers and the static runtime, as an application's build does.
runtime_include = os.path.join(config.dl_src_root, "runtime", "include")
config.substitutions.append(("%host_cc", config.host_cc))
config.substitutions.append(("%host_cxx", config.host_cxx))
config.substitutions.append(("%dl_runtime_include", runtime_include))
config.substitutions.append(("%dl_runtime_train_lib", config.dl_runtime_train_lib))
config.substitutions.append(("%dl_runtime_data_lib", config.dl_runtime_data_lib))
config.substitutions.append(("%dl_runtime_lib", config.dl_runtime_lib))
config.environment["DLC"] = os.path.join(config.dl_tools_dir, "dlc")
config.environment["DL_TENSORS"] = os.path.join(config.dl_tools_dir, "dl-tensors")
config.environment["DL_CC"] = config.host_cc
config.environment["DL_CXX"] = config.host_cxx
config.environment["DL_RUNTIME_INCLUDE"] = runtime_include
config.environment["DL_RUNTIME_LIB"] = config.dl_runtime_lib
config.substitutions.append(
    ("%jit-and-aot",
     "bash " + os.path.join(config.dl_src_root, "test", "tools", "jit-and-aot.sh")))

# DSL tests (test/DSL) compile model programs with the host C++ compiler, the
# way a model generator is built: %dsl_cxx compiles with the DSL's and the
# runtime's headers and warnings as errors. The static_assert messages carry
# their numbers only where the compiler formats them (clang 17 and later,
# docs/dsl.md); tests of the exact text require the feature below.
import subprocess

dsl_flags = ["-std=c++17", "-Wall", "-Wextra", "-pedantic", "-Werror",
             "-I" + config.dl_dsl_include, "-I" + runtime_include]
if config.boost_include and config.boost_include not in ("/usr/include",):
    dsl_flags.append("-idirafter" + config.boost_include)
config.substitutions.append(("%dl_dsl_include", config.dl_dsl_include))
config.substitutions.append(("%dsl_cxx", " ".join([config.host_cxx] + dsl_flags)))
try:
    macros = subprocess.run([config.host_cxx, "-dM", "-E", "-x", "c++", "/dev/null"],
                            capture_output=True, text=True, check=True).stdout
    clang_major = [int(line.split()[2]) for line in macros.splitlines()
                   if line.startswith("#define __clang_major__ ")]
    if clang_major and clang_major[0] >= 17:
        config.available_features.add("dsl-formatted-messages")
except (OSError, subprocess.CalledProcessError, ValueError):
    pass
