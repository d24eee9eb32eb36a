# The evidence panel and the case export dialog, with screenshots in English and Urdu.
caselink_add_test(test_evidencepanel SOURCES test_evidencepanel.cpp LIBS caselink_ui LABELS ui evidence)
target_compile_definitions(test_evidencepanel PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
