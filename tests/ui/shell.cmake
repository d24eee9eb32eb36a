# The main window's shell: sections, tabs, global search, scope in every list, deadlines, duplicate review.
caselink_add_test(test_shell_window SOURCES test_shell_window.cpp shellfixture.h LIBS caselink_ui LABELS ui)
caselink_add_test(test_shell_search SOURCES test_shell_search.cpp shellfixture.h LIBS caselink_ui LABELS ui)
caselink_add_test(test_shell_review SOURCES test_shell_review.cpp shellfixture.h LIBS caselink_ui LABELS ui)
