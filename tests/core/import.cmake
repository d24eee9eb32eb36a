# Spreadsheet import: the readers (core/io), the import engine and matching (core/importer), and the fuzz targets.
caselink_add_test(test_readers SOURCES test_readers.cpp LABELS io import)
caselink_add_test(test_import SOURCES test_import.cpp LABELS import)
target_compile_definitions(test_import PRIVATE CASELINK_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
foreach(name test_import_kinds test_import_parity)
    caselink_add_test(${name} SOURCES ${name}.cpp LABELS import)
    target_compile_definitions(${name} PRIVATE CASELINK_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
endforeach()
# libFuzzer on each reader for a short budget (scripts/fuzz builds tests/fuzz with clang into the build tree); a crash,
# hang or sanitizer report fails the test. Longer runs on demand: scripts/fuzz --time 600.
find_program(CASELINK_CLANGXX clang++)
if(CASELINK_CLANGXX)
    add_test(NAME fuzz_readers COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz --time 15 --build-dir ${CMAKE_BINARY_DIR}/fuzz)
    set_tests_properties(fuzz_readers PROPERTIES TIMEOUT 300 LABELS "fuzz;import")
endif()
