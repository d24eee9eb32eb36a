# Bounded input and file hygiene through the real binary: file modes, special files, temporary plaintext, overwrites,
# report errors, the key-derivation floor and terminal-safe messages.
caselink_add_test(test_cli_hygiene SOURCES test_cli_hygiene.cpp LIBS caselink_core caselink_warnings LABELS security
    TIMEOUT 300)
target_compile_definitions(test_cli_hygiene PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_hygiene caselink-cli)
