# The statistics dashboard offscreen: charts, drill-down to records, scope, exports; screenshots in English and Urdu
# under screenshots/statistics in the build tree.
caselink_add_test(test_statistics_dashboard SOURCES test_statistics_dashboard.cpp LIBS caselink_ui Qt6::Charts LABELS ui
    TIMEOUT 300)
target_compile_definitions(test_statistics_dashboard PRIVATE
    CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
# The same dashboard reached through the real main window's Statistics action: whole axis labels for 36 months, words
# for codes, tooltips, names in the drill-down; screenshots of the window and of every chart in English and Urdu.
caselink_add_test(test_statistics_window SOURCES test_statistics_window.cpp LIBS caselink_test_support_ui Qt6::Charts
    LABELS ui TIMEOUT 300)
target_compile_definitions(test_statistics_window PRIVATE
    CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
# Case and person timelines: lanes, zoom and ticks, clusters, click to open; screenshots under screenshots/timeline.
caselink_add_test(test_timeline SOURCES test_timeline.cpp LIBS caselink_ui LABELS ui TIMEOUT 300)
target_compile_definitions(test_timeline PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
