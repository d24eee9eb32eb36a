# The case workspace and person profile driven as a user would, on real encrypted databases. The screenshot test
# renders both in English and Urdu (not blank, no text cut off, mirrored in Urdu) and leaves the images under
# screenshots/workspace in this build folder.
caselink_add_test(test_workspace_case SOURCES test_workspace_case.cpp LIBS caselink_test_support_ui
                  LABELS ui)
caselink_add_test(test_workspace_person SOURCES test_workspace_person.cpp LIBS caselink_test_support_ui
                  LABELS ui)
caselink_add_test(test_workspace_screenshots SOURCES test_workspace_screenshots.cpp LIBS caselink_test_support_ui
                  LABELS ui screenshots)
target_compile_definitions(test_workspace_screenshots PRIVATE
                           CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
