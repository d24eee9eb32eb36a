# Repositories of the case-attached and national aggregates.
caselink_add_test(test_paymentrepository SOURCES test_paymentrepository.cpp aggregatefixture.h)
