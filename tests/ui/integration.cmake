# The features wired into the main window (charts, timelines, statistics, evidence), reached as a user reaches them.
caselink_add_test(test_integration SOURCES test_integration.cpp shellfixture.h LIBS caselink_ui LABELS ui)
