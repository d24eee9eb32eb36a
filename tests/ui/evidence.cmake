# The evidence panel and the case export dialog, with screenshots in English and Urdu.
caselink_add_test(test_evidencepanel SOURCES test_evidencepanel.cpp LIBS caselink_ui LABELS ui evidence)
target_compile_definitions(test_evidencepanel PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
# The case file PDF in the Urdu profile: headings, reference titles, route arrows and times, read with pdftotext.
caselink_add_test(test_casefile_urdu SOURCES test_casefile_urdu.cpp LIBS caselink_ui LABELS ui evidence)
