# Bundle import from another office and the trusted office keys page, with screenshots in English and Urdu.
caselink_add_test(test_bundleimportdialog SOURCES test_bundleimportdialog.cpp LIBS caselink_test_support_ui
    LABELS ui evidence TIMEOUT 300)
target_compile_definitions(test_bundleimportdialog PRIVATE
    CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
