# Cases and arrests on a real encrypted database: scope, audit, FIR uniqueness, remand ceiling, deadlines, paging.
caselink_add_test(test_caserepository SOURCES test_caserepository.cpp)
caselink_add_test(test_arrestrepository SOURCES test_arrestrepository.cpp)
