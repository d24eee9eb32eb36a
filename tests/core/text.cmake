caselink_add_test(test_names SOURCES test_names.cpp)
