# Evidence store, case file PDF, redaction and signed bundles on a real encrypted database.
caselink_add_test(test_evidence SOURCES test_evidence.cpp test_evidence_fixture.h LABELS evidence)
