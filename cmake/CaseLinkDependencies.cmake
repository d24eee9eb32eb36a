# Every external library, found once here. scripts/bootstrap installs them on Debian 12.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Svg PrintSupport Charts Test LinguistTools)
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenSSL 3 REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=3.46)
pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)

# SQLCipher's header declares sqlite3_key()/sqlite3_rekey() only with SQLITE_HAS_CODEC.
add_library(caselink_sqlcipher INTERFACE)
target_link_libraries(caselink_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
target_compile_definitions(caselink_sqlcipher INTERFACE SQLITE_HAS_CODEC)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(IGRAPH REQUIRED IMPORTED_TARGET igraph>=0.10)
find_package(QuaZip-Qt6 1.4 REQUIRED) # signed case bundles (core/io/bundle*)
