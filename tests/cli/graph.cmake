caselink_add_test(test_cli_graph SOURCES test_cli_graph.cpp LIBS caselink_core caselink_warnings TIMEOUT 600)
target_compile_definitions(test_cli_graph PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_graph caselink-cli)
