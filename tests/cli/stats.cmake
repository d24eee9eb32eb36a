# caselink-cli stats against the core aggregates on the statistics fixture.
caselink_add_test(test_cli_stats SOURCES test_cli_stats.cpp LIBS caselink_core caselink_warnings LABELS cli TIMEOUT 300)
target_compile_definitions(test_cli_stats PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_stats caselink-cli)
