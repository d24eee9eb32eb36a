# The main window on a scale database: unlock to usable, first screen of each list, global search.
add_executable(bench_workspace ${CMAKE_CURRENT_LIST_DIR}/bench_workspace.cpp ${CMAKE_CURRENT_LIST_DIR}/benchutil.h)
target_link_libraries(bench_workspace PRIVATE caselink_test_support caselink_ui)
