# The case workspace on a scale database (read-only): construction to first paint of the largest and a small case,
# against the bare case read in the same run.
add_executable(bench_caseworkspace ${CMAKE_CURRENT_LIST_DIR}/bench_caseworkspace.cpp
                                   ${CMAKE_CURRENT_LIST_DIR}/benchutil.h)
target_link_libraries(bench_caseworkspace PRIVATE caselink_test_support caselink_ui)
