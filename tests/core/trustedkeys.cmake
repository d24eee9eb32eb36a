# The registry of trusted office keys that bundle import checks signers against.
caselink_add_test(test_trustedkeys SOURCES test_trustedkeys.cpp LABELS evidence)
