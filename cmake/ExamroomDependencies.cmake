# Every third-party dependency is found here, once. The Debian package of each is listed in
# scripts/debian-packages.txt.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# SQLCipher is linked statically: the system libsqlite3 exports the same symbols, and if it
# were loaded first PRAGMA key would silently do nothing. The static archive cannot be
# pre-empted that way.
pkg_check_modules(SQLCIPHER_STATIC REQUIRED sqlcipher)
find_library(SQLCIPHER_ARCHIVE NAMES libsqlcipher.a REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(Threads REQUIRED)
add_library(examroom_sqlcipher INTERFACE)
target_link_libraries(examroom_sqlcipher INTERFACE ${SQLCIPHER_ARCHIVE} OpenSSL::Crypto
                      Threads::Threads ${CMAKE_DL_LIBS} m)
target_compile_definitions(examroom_sqlcipher INTERFACE SQLITE_HAS_CODEC)
add_library(examroom::sqlcipher ALIAS examroom_sqlcipher)

find_package(nlohmann_json 3.10 REQUIRED)
find_package(cppzmq REQUIRED)
find_package(CLI11 REQUIRED)
find_package(doctest REQUIRED)
include(doctest)

find_path(LIBCSV_INCLUDE_DIR csv.h REQUIRED)
find_library(LIBCSV_LIBRARY csv REQUIRED)
add_library(examroom_libcsv INTERFACE)
target_include_directories(examroom_libcsv SYSTEM INTERFACE ${LIBCSV_INCLUDE_DIR})
target_link_libraries(examroom_libcsv INTERFACE ${LIBCSV_LIBRARY})
add_library(examroom::libcsv ALIAS examroom_libcsv)
