# Dashboard refresh: every statistics aggregate against a naive unindexed GROUP BY in the same run.
add_executable(bench_statistics ${CMAKE_CURRENT_LIST_DIR}/bench_statistics.cpp ${CMAKE_CURRENT_LIST_DIR}/benchutil.h)
target_link_libraries(bench_statistics PRIVATE caselink_test_support)
