# The main window's shell: sections, tabs, global search, scope in every list, deadlines, the Dashboard's work queue,
# duplicate review.
caselink_add_test(test_shell_window SOURCES test_shell_window.cpp LIBS caselink_test_support_ui LABELS ui)
caselink_add_test(test_shell_search SOURCES test_shell_search.cpp LIBS caselink_test_support_ui LABELS ui)
caselink_add_test(test_shell_review SOURCES test_shell_review.cpp LIBS caselink_test_support_ui LABELS ui)
caselink_add_test(test_shell_dashboard SOURCES test_shell_dashboard.cpp LIBS caselink_test_support_ui LABELS ui)
# Every section, the search popup and the duplicate review in English and Urdu, over the tiny synthetic dataset: not
# blank, no text cut off, mirrored in Urdu; the images stay under screenshots/shell-*.png in this build folder.
caselink_add_test(test_shell_screenshots SOURCES test_shell_screenshots.cpp
    LIBS caselink_test_support_ui caselink_synthetic LABELS ui screenshots TIMEOUT 600)
target_compile_definitions(test_shell_screenshots PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
