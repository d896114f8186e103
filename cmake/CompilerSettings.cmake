# Warnings and hardening for our own targets only (third-party code such as the SQLCipher
# amalgamation is compiled without them). Applied through an interface target so that every
# target opts in explicitly: target_link_libraries(x PRIVATE pacewise_build_flags).
add_library(pacewise_build_flags INTERFACE)
target_compile_options(pacewise_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${PACEWISE_WERROR}>:-Werror>)

# Hardening: stack protector, fortified libc calls, PIE, full RELRO, no executable stack.
add_library(pacewise_hardening INTERFACE)
target_compile_options(pacewise_hardening INTERFACE -fstack-protector-strong -fstack-clash-protection -fcf-protection)
target_compile_definitions(pacewise_hardening INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(pacewise_hardening INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(PACEWISE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
