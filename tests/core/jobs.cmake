# Background jobs: a connection per worker thread, results to live receivers only, intakes that never take another
# tab's edit with them.
caselink_add_test(test_jobs SOURCES test_jobs.cpp LABELS concurrency TIMEOUT 300)
