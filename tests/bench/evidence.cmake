# Case file PDF of a 500-person case and streaming of a large evidence file, each against a same-run baseline.
add_executable(bench_evidence ${CMAKE_CURRENT_LIST_DIR}/bench_evidence.cpp ${CMAKE_CURRENT_LIST_DIR}/benchutil.h)
target_link_libraries(bench_evidence PRIVATE caselink_test_support)
