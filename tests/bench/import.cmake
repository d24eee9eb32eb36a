# Import throughput against the SQLCipher shell's .import of the same file (Release; run on demand).
add_executable(bench_import bench_import.cpp benchutil.h)
target_link_libraries(bench_import PRIVATE caselink_test_support)
