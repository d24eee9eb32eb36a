caselink_add_test(test_synthetic SOURCES test_synthetic.cpp TIMEOUT 300)
