# export-case, verify-bundle and import-bundle through the real binary.
caselink_add_test(test_cli_bundle SOURCES test_cli_bundle.cpp LIBS caselink_core caselink_warnings LABELS evidence
    TIMEOUT 300)
target_compile_definitions(test_cli_bundle PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_bundle caselink-cli)
