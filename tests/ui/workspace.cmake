# The case workspace and person profile driven as a user would, on real encrypted databases; screenshots of both in
# English and Urdu under screenshots/workspace in the build tree.
caselink_add_test(test_workspace_case SOURCES test_workspace_case.cpp LIBS caselink_test_support_ui
                  LABELS ui)
caselink_add_test(test_workspace_person SOURCES test_workspace_person.cpp LIBS caselink_test_support_ui
                  LABELS ui)
caselink_add_test(test_workspace_screenshots SOURCES test_workspace_screenshots.cpp LIBS caselink_test_support_ui
                  LABELS ui)
target_compile_definitions(test_workspace_screenshots PRIVATE
                           CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
