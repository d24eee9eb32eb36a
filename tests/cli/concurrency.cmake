# Several processes on one database: the real caselink-cli beside a long-lived session, and the torture run.
caselink_add_test(test_cli_concurrency SOURCES test_cli_concurrency.cpp LIBS caselink_core caselink_warnings
    LABELS concurrency TIMEOUT 600)
target_compile_definitions(test_cli_concurrency PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_concurrency caselink-cli)

# The torture run: the real caselink-cli beside the desktop application's side (caselink-torture, built from
# tests/support/torturedriver.cpp).
caselink_add_test(test_torture SOURCES test_torture.cpp LIBS caselink_core caselink_warnings
    LABELS concurrency TIMEOUT 900)
target_compile_definitions(test_torture PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>"
    CASELINK_TORTURE_PATH="$<TARGET_FILE:caselink-torture>")
add_dependencies(test_torture caselink-cli caselink-torture)

# Faults injected with strace into the commands that replace files: EIO and SIGKILL at every fsync and rename.
caselink_add_test(test_cli_faults SOURCES test_cli_faults.cpp LIBS caselink_core caselink_warnings
    LABELS concurrency TIMEOUT 900)
target_compile_definitions(test_cli_faults PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_faults caselink-cli)
