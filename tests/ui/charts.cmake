caselink_add_test(test_charts SOURCES test_charts.cpp LIBS caselink_ui LABELS ui)
target_compile_definitions(test_charts PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
