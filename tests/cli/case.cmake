# caselink-cli case add/show/list/update/close on a fresh database, then the arrests import of that case.
caselink_add_test(test_cli_case SOURCES test_cli_case.cpp LIBS caselink_core caselink_warnings LABELS cli TIMEOUT 300)
target_compile_definitions(test_cli_case PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_case caselink-cli)
