caselink_add_test(test_csvwriter SOURCES test_csvwriter.cpp LABELS io)
