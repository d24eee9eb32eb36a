# Registering and working a case end to end through the real main window (menus, actions, keyboard).
caselink_add_test(test_register_case SOURCES test_register_case.cpp LIBS caselink_test_support_ui LABELS ui)
