# Domain validation and legal clocks: pure functions, so these tests need no database.
caselink_add_test(test_validation SOURCES test_validation.cpp)
caselink_add_test(test_legalclocks SOURCES test_legalclocks.cpp)
caselink_add_test(test_localtime SOURCES test_localtime.cpp)
caselink_add_test(test_money SOURCES test_money.cpp)
