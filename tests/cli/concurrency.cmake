# Several processes on one database: the real caselink-cli beside a long-lived session, and the torture run.
caselink_add_test(test_cli_concurrency SOURCES test_cli_concurrency.cpp LIBS caselink_core caselink_warnings
    LABELS concurrency TIMEOUT 600)
target_compile_definitions(test_cli_concurrency PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_concurrency caselink-cli)
