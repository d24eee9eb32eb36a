# The real desktop application and caselink-cli on one database; a preloaded fault injector opens the database files
# through stray descriptors inside the application's process (caselink_strayfd, tests/support/strayfd.cpp).
caselink_add_test(test_gui_processes SOURCES test_gui_processes.cpp LIBS caselink_test_support_ui
    LABELS "ui;concurrency" TIMEOUT 300)
target_compile_definitions(test_gui_processes PRIVATE CASELINK_CLI_PATH="$<TARGET_FILE:caselink-cli>"
    CASELINK_GUI_PATH="$<TARGET_FILE:caselink>" CASELINK_STRAYFD_PATH="$<TARGET_FILE:caselink_strayfd>")
add_dependencies(test_gui_processes caselink caselink-cli caselink_strayfd)
