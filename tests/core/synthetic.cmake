caselink_add_test(test_synthetic SOURCES test_synthetic.cpp LIBS caselink_synthetic TIMEOUT 300)
