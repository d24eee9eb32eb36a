# Evidence store, case file PDF, redaction and signed bundles on a real encrypted database.
caselink_add_test(test_evidence SOURCES test_evidence.cpp test_evidence_fixture.h LABELS evidence)
caselink_add_test(test_bundle SOURCES test_bundle.cpp test_bundle_support.h test_evidence_fixture.h
    LIBS QuaZip::QuaZip LABELS evidence TIMEOUT 300)
caselink_add_test(test_bundle_import SOURCES test_bundle_import.cpp test_bundle_support.h test_evidence_fixture.h
    LIBS QuaZip::QuaZip LABELS evidence TIMEOUT 300)
