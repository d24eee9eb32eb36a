# Repositories of the case-attached and national aggregates.
caselink_add_test(test_paymentrepository SOURCES test_paymentrepository.cpp aggregatefixture.h)
caselink_add_test(test_routerepository SOURCES test_routerepository.cpp aggregatefixture.h)
caselink_add_test(test_eventrepository SOURCES test_eventrepository.cpp aggregatefixture.h)
