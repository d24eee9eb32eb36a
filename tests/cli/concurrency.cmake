# Several processes on one database: the real caselink-cli beside a long-lived session, and the torture run.
caselink_add_test(test_cli_concurrency SOURCES test_cli_concurrency.cpp LIBS caselink_core caselink_warnings
    LABELS concurrency TIMEOUT 600)
target_compile_definitions(test_cli_concurrency PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>")
add_dependencies(test_cli_concurrency caselink-cli)

# The desktop application's side of the torture runs: a session driven through the real repositories.
add_executable(caselink-torture ${PROJECT_SOURCE_DIR}/tests/support/torturedriver.cpp)
target_link_libraries(caselink-torture PRIVATE caselink_core caselink_warnings Qt6::Gui)
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
