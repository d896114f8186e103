# The fuzz tree (-DPACEWISE_FUZZ=ON), included from the top-level CMakeLists.txt instead of the
# normal project: pacewise_core and tests/fuzz only, built with clang. tests/fuzz/CMakeLists.txt
# adds the instrumentation.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PACEWISE_FUZZ needs clang with libFuzzer: use the 'fuzz' preset, or "
                        "-DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14")
endif()
# Line tables only: symbolised stacks at a fraction of -g's build time. -O1 fuzzes about twice
# as fast as -O0; the CI's short runs take -O0, which builds in half the time (BuildFuzzTree.cmake).
set(PACEWISE_FUZZ_OPTIMIZE "-O1" CACHE STRING "Optimisation level of the fuzz tree's own code")
set(CMAKE_C_FLAGS_DEBUG "${PACEWISE_FUZZ_OPTIMIZE} -gline-tables-only")
set(CMAKE_CXX_FLAGS_DEBUG "${PACEWISE_FUZZ_OPTIMIZE} -gline-tables-only")

find_package(Threads REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)
find_package(CURL 7.88 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(Qt6 6.4 REQUIRED COMPONENTS Core)

# SQLCipher is not what is fuzzed: it is never instrumented. The CI's fuzz tree links the static
# library the normal (gcc) tree already built, which saves compiling the 9 MB amalgamation again
# (C: the two compilers' objects link together); on its own, this tree compiles it with -O1.
set(PACEWISE_FUZZ_SQLCIPHER_LIBRARY "" CACHE FILEPATH
    "A prebuilt libpacewise_sqlcipher.a to link instead of compiling the amalgamation")
set(PACEWISE_FUZZ_SQLCIPHER_INCLUDE "" CACHE PATH "The folder of its sqlite3.h")
if(PACEWISE_FUZZ_SQLCIPHER_LIBRARY AND NOT PACEWISE_SYSTEM_SQLCIPHER)
    add_library(pacewise_sqlcipher STATIC IMPORTED)
    set_target_properties(pacewise_sqlcipher PROPERTIES
        IMPORTED_LOCATION "${PACEWISE_FUZZ_SQLCIPHER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PACEWISE_FUZZ_SQLCIPHER_INCLUDE}"
        INTERFACE_COMPILE_DEFINITIONS SQLITE_HAS_CODEC
        INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;Threads::Threads;${CMAKE_DL_LIBS};m")
    add_library(pacewise::sqlcipher ALIAS pacewise_sqlcipher)
else()
    include(SQLCipher)
    if(TARGET pacewise_sqlcipher AND NOT PACEWISE_SYSTEM_SQLCIPHER)
        target_compile_options(pacewise_sqlcipher PRIVATE -O1)
    endif()
endif()

qt_standard_project_setup()
add_subdirectory(resources)
add_subdirectory(core)
add_subdirectory(tests/fuzz)
