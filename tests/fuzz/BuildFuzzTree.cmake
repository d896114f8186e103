# cmake -P script run by the CTest test "fuzz: build the fuzz tree" (tests/fuzz/CMakeLists.txt):
# configures the clang fuzz tree once, then builds its targets (Ninja only rebuilds what changed).
foreach(_var SOURCE_DIR BINARY_DIR GENERATOR CC CXX)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "BuildFuzzTree.cmake needs -D${_var}=...")
    endif()
endforeach()
if(NOT EXISTS "${BINARY_DIR}/CMakeCache.txt")
    set(_args -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=Debug
        "-DCMAKE_C_COMPILER=${CC}" "-DCMAKE_CXX_COMPILER=${CXX}" -DPACEWISE_FUZZ=ON
        # Half the build time of -O1 (the precompiled header halves it again): for 20 s runs
        # the build is the bigger cost, not the executions per second.
        -DPACEWISE_FUZZ_OPTIMIZE=-O0)
    if(SQLCIPHER_LIBRARY)
        list(APPEND _args "-DPACEWISE_FUZZ_SQLCIPHER_LIBRARY=${SQLCIPHER_LIBRARY}"
             "-DPACEWISE_FUZZ_SQLCIPHER_INCLUDE=${SQLCIPHER_INCLUDE}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" ${_args} RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        file(REMOVE "${BINARY_DIR}/CMakeCache.txt")
        message(FATAL_ERROR "configuring the fuzz tree in ${BINARY_DIR} failed")
    endif()
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --target pacewise_fuzz_targets
                RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "building the fuzz targets in ${BINARY_DIR} failed")
endif()
