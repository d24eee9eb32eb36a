# Statistics aggregates against hand-counted figures, exports with formula injection neutralised, timelines.
caselink_add_test(test_statistics SOURCES test_statistics.cpp LABELS analysis TIMEOUT 120)
