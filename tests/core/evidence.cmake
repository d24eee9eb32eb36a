# Evidence store, case file PDF, redaction and signed bundles on a real encrypted database.
caselink_add_test(test_evidence SOURCES test_evidence.cpp LABELS evidence)
caselink_add_test(test_casefile SOURCES test_casefile.cpp LABELS evidence TIMEOUT 300)
caselink_add_test(test_bundle SOURCES test_bundle.cpp LABELS evidence TIMEOUT 300)
caselink_add_test(test_bundle_import SOURCES test_bundle_import.cpp LABELS evidence TIMEOUT 300)
