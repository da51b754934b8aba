# Warnings apply to the project's own targets only (PRIVATE), never to system headers.
function(examroom_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(EXAMROOM_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
