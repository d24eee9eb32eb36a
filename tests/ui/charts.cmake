caselink_add_test(test_charts SOURCES test_charts.cpp LIBS caselink_ui LABELS ui)
target_compile_definitions(test_charts PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
# The chart reached from the main window: bundled links, legend, hierarchy, framed exports, screenshots.
caselink_add_test(test_charts_window SOURCES test_charts_window.cpp LIBS caselink_test_support_ui LABELS ui)
target_compile_definitions(test_charts_window PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
