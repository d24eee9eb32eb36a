# caselink-cli import and match, through the real binary.
caselink_add_test(test_cli_import SOURCES test_cli_import.cpp LIBS caselink_core caselink_warnings LABELS import cli
                  TIMEOUT 300)
target_compile_definitions(test_cli_import PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>"
                           CASELINK_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
add_dependencies(test_cli_import caselink-cli)
