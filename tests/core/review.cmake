# The review of persons held after a spreadsheet or bundle import: decisions, undo, nothing dropped, victim protection.
caselink_add_test(test_heldreview SOURCES test_heldreview.cpp LABELS import evidence TIMEOUT 300)
