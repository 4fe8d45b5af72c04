# The fuzz build (tests/fuzz/README.md): a separate tree configured with clang-15 and
# -DSTATION_BUILD_FUZZERS=ON -DSTATION_SANITIZE=ON, in which only the harnesses and the libraries they need
# are built. Every object carries libFuzzer's coverage instrumentation (fuzzer-no-link) on top of
# ASan + UBSan (STATION_SANITIZE); the harness executables link the libFuzzer driver.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "STATION_BUILD_FUZZERS needs clang (libFuzzer): configure with "
                        "-DCMAKE_C_COMPILER=clang-15 -DCMAKE_CXX_COMPILER=clang++-15")
endif()
if(NOT STATION_SANITIZE)
    message(FATAL_ERROR "STATION_BUILD_FUZZERS runs the harnesses under ASan + UBSan: add -DSTATION_SANITIZE=ON")
endif()
message(STATUS "Building the libFuzzer harnesses (coverage instrumentation everywhere)")
add_compile_options(-fsanitize=fuzzer-no-link -fno-omit-frame-pointer
    # GCC-only warning switches of StationSettings (-Wshadow=local) are not errors here.
    -Wno-unknown-warning-option)
