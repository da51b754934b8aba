# Fuzz targets for every parser of outside input.
#
# With EXAMROOM_FUZZ=ON (the `fuzz` preset: clang, ASan + UBSan) each target is a libFuzzer
# binary, and the CTest test fuzz/<name> fuzzes it for EXAMROOM_FUZZ_SECONDS on a copy of its
# corpus in the build tree (label `fuzz`). Otherwise each target is linked with
# tests/fuzz/ReplayMain.cpp and the test fuzz-replay/<name> runs it once on every file of its
# corpus (label `fuzz-replay`), so that the corpus doubles as a regression suite in every
# build. The target `fuzzers` builds them all (the fuzz preset builds only that).

add_custom_target(fuzzers)

set(EXAMROOM_FUZZ_SECONDS 20 CACHE STRING "How long each fuzz/<name> CTest test fuzzes, in seconds")
# A fixed seed makes a CI run explore the same inputs as the run before it; change it (or
# run a fuzzer by hand) to explore further.
set(EXAMROOM_FUZZ_SEED 1 CACHE STRING "libFuzzer -seed for the fuzz/<name> CTest tests")

if(EXAMROOM_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "EXAMROOM_FUZZ needs clang (libFuzzer); use the `fuzz` preset")
endif()

# examroom_add_fuzzer(<name> <source> [CORPUS <dir>] LIBS <libraries>...)
# The corpus defaults to ${CMAKE_CURRENT_SOURCE_DIR}/corpus/<name>.
function(examroom_add_fuzzer name source)
    cmake_parse_arguments(ARG "" "CORPUS" "LIBS" ${ARGN})
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus/${name})
    if(ARG_CORPUS)
        set(corpus ${ARG_CORPUS})
    endif()
    if(NOT IS_DIRECTORY ${corpus})
        message(FATAL_ERROR "fuzz target ${name} has no corpus directory ${corpus}")
    endif()

    if(EXAMROOM_FUZZ)
        add_executable(${name} ${source})
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
        target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    else()
        add_executable(${name} ${source} ${PROJECT_SOURCE_DIR}/tests/fuzz/ReplayMain.cpp)
    endif()
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(${name} PRIVATE
        EXAMROOM_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    examroom_warnings(${name})
    add_dependencies(fuzzers ${name})

    set(sanitizerEnvironment
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    if(EXAMROOM_FUZZ)
        # libFuzzer adds what it finds to the corpus directory it is given: give it a copy in
        # the build tree (kept between runs, refreshed from the source tree before each run).
        set(work ${CMAKE_CURRENT_BINARY_DIR}/corpus/${name})
        set(artifacts ${CMAKE_CURRENT_BINARY_DIR}/artifacts/${name}/)
        add_test(NAME fuzz/${name}/corpus
                 COMMAND ${CMAKE_COMMAND} -E copy_directory ${corpus} ${work})
        add_test(NAME fuzz/${name}/artifacts
                 COMMAND ${CMAKE_COMMAND} -E make_directory ${artifacts})
        set_tests_properties(fuzz/${name}/corpus fuzz/${name}/artifacts PROPERTIES
            LABELS fuzz FIXTURES_SETUP fuzz_${name}_corpus)
        add_test(NAME fuzz/${name}
                 COMMAND ${name} -seed=${EXAMROOM_FUZZ_SEED} -max_total_time=${EXAMROOM_FUZZ_SECONDS} -timeout=10
                         -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${artifacts}
                         ${work}
                 WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
        math(EXPR timeout "${EXAMROOM_FUZZ_SECONDS} + 120")
        set_tests_properties(fuzz/${name} PROPERTIES
            LABELS fuzz FIXTURES_REQUIRED fuzz_${name}_corpus TIMEOUT ${timeout}
            ENVIRONMENT "${sanitizerEnvironment}")
    else()
        add_test(NAME fuzz-replay/${name} COMMAND ${name} ${corpus})
        set_tests_properties(fuzz-replay/${name} PROPERTIES
            LABELS fuzz-replay ENVIRONMENT "${sanitizerEnvironment}")
    endif()
endfunction()

