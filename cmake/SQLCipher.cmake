# Provides the target pacewise::sqlcipher.
#
# Default: the pinned SQLCipher 4.14.0 amalgamation, taken from the npm package
# @journeyapps/sqlcipher@6.0.0 (deps/sqlcipher-amalgamation), downloaded once into a cache
# outside the source tree and checked against its SHA-256. It is compiled as a static library
# with hidden symbols and OpenSSL as crypto provider, so no system libsqlite3 can interpose.
# Debian 12's own libsqlcipher is 3.4.1 on SQLite 3.15 (2016); -DPACEWISE_SYSTEM_SQLCIPHER=ON
# links it anyway for distribution packagers.

if(PACEWISE_SYSTEM_SQLCIPHER)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.4)
    add_library(pacewise_sqlcipher INTERFACE)
    target_link_libraries(pacewise_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
    # The system headers live in <sqlcipher/sqlite3.h>; expose them as <sqlite3.h>.
    target_include_directories(pacewise_sqlcipher INTERFACE ${SQLCIPHER_INCLUDEDIR}/sqlcipher)
    target_compile_definitions(pacewise_sqlcipher INTERFACE SQLITE_HAS_CODEC)
    add_library(pacewise::sqlcipher ALIAS pacewise_sqlcipher)
    return()
endif()

set(PACEWISE_SQLCIPHER_URL
    "https://registry.npmjs.org/@journeyapps/sqlcipher/-/sqlcipher-6.0.0.tgz"
    CACHE STRING "Where the pinned SQLCipher amalgamation comes from")
set(PACEWISE_SQLCIPHER_SHA256 "ad3ee0e551de315b230db78e2294d41868b5c166d44c0c87da35fb6b87bde54c")
if(DEFINED ENV{XDG_CACHE_HOME})
    set(_pw_cache_default "$ENV{XDG_CACHE_HOME}/pacewise")
else()
    set(_pw_cache_default "$ENV{HOME}/.cache/pacewise")
endif()
set(PACEWISE_CACHE_DIR "${_pw_cache_default}" CACHE PATH "Download cache outside the source tree")

set(_pw_tarball "${PACEWISE_CACHE_DIR}/journeyapps-sqlcipher-6.0.0.tgz")
set(_pw_amalgamation "${PACEWISE_CACHE_DIR}/sqlcipher-4.14.0")

if(EXISTS "${_pw_tarball}")
    file(SHA256 "${_pw_tarball}" _pw_have)
    if(NOT _pw_have STREQUAL PACEWISE_SQLCIPHER_SHA256)
        message(STATUS "Cached SQLCipher tarball has the wrong checksum; downloading it again")
        file(REMOVE "${_pw_tarball}")
        file(REMOVE_RECURSE "${_pw_amalgamation}")
    endif()
endif()
if(NOT EXISTS "${_pw_tarball}")
    message(STATUS "Downloading the pinned SQLCipher amalgamation from ${PACEWISE_SQLCIPHER_URL}")
    file(DOWNLOAD "${PACEWISE_SQLCIPHER_URL}" "${_pw_tarball}.part"
         EXPECTED_HASH SHA256=${PACEWISE_SQLCIPHER_SHA256} TLS_VERIFY ON STATUS _pw_status)
    list(GET _pw_status 0 _pw_code)
    if(NOT _pw_code EQUAL 0)
        file(REMOVE "${_pw_tarball}.part")
        message(FATAL_ERROR "Could not download SQLCipher (${_pw_status}). Check the connection "
                            "to registry.npmjs.org, or configure with -DPACEWISE_SYSTEM_SQLCIPHER=ON.")
    endif()
    file(RENAME "${_pw_tarball}.part" "${_pw_tarball}")
endif()
if(NOT EXISTS "${_pw_amalgamation}/sqlite3.c")
    set(_pw_unpack "${PACEWISE_CACHE_DIR}/unpack")
    file(REMOVE_RECURSE "${_pw_unpack}")
    file(ARCHIVE_EXTRACT INPUT "${_pw_tarball}" DESTINATION "${_pw_unpack}"
         PATTERNS "package/deps/sqlcipher-amalgamation/*")
    file(REMOVE_RECURSE "${_pw_amalgamation}")
    file(RENAME "${_pw_unpack}/package/deps/sqlcipher-amalgamation" "${_pw_amalgamation}")
    file(REMOVE_RECURSE "${_pw_unpack}")
endif()

add_library(pacewise_sqlcipher STATIC "${_pw_amalgamation}/sqlite3.c")
target_include_directories(pacewise_sqlcipher SYSTEM PUBLIC "${_pw_amalgamation}")
set_target_properties(pacewise_sqlcipher PROPERTIES C_VISIBILITY_PRESET hidden POSITION_INDEPENDENT_CODE ON)
# SQLCipher's required definitions (SQLITE_HAS_CODEC, temp files in memory only so no plaintext
# spills to disk, OpenSSL as provider) plus secure delete and the defaults we rely on.
target_compile_definitions(pacewise_sqlcipher
    PUBLIC SQLITE_HAS_CODEC
    PRIVATE SQLCIPHER_CRYPTO_OPENSSL SQLITE_TEMP_STORE=3 SQLITE_THREADSAFE=1 SQLITE_SECURE_DELETE
            SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
            SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_DQS=0 SQLITE_OMIT_DEPRECATED SQLITE_OMIT_LOAD_EXTENSION
            SQLITE_ENABLE_FTS5 SQLITE_DEFAULT_FILE_PERMISSIONS=0600 SQLCIPHER_LOG_LEVEL_DEFAULT=SQLCIPHER_LOG_NONE HAVE_USLEEP=1 HAVE_STDINT_H=1 NDEBUG)
target_compile_options(pacewise_sqlcipher PRIVATE -w)
find_package(OpenSSL 3.0 REQUIRED)
find_package(Threads REQUIRED)
target_link_libraries(pacewise_sqlcipher PRIVATE OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
add_library(pacewise::sqlcipher ALIAS pacewise_sqlcipher)
