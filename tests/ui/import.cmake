# The import wizard and the watch-list hits view, with screenshots in English and Urdu.
caselink_add_test(test_importwizard SOURCES test_importwizard.cpp LIBS caselink_ui LABELS ui import TIMEOUT 300)
target_compile_definitions(test_importwizard PRIVATE CASELINK_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import"
                           CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
