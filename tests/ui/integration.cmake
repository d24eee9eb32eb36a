# The features wired into the main window (charts, timelines, statistics, evidence), reached as a user reaches them.
caselink_add_test(test_integration SOURCES test_integration.cpp LIBS caselink_test_support_ui LABELS ui)
