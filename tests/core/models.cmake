# Item models over scoped, paged SQL and the undo commands every edit goes through.
caselink_add_test(test_models SOURCES test_models.cpp)
caselink_add_test(test_undo SOURCES test_undo.cpp)
caselink_add_test(test_workqueue SOURCES test_workqueue.cpp)
