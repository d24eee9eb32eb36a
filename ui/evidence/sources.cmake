# The evidence panel of a case (intake, exhibits, custody, verify, open) and the case export dialog.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evidencedialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencedialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencepanel.h
    ${CMAKE_CURRENT_LIST_DIR}/exportcasedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/exportcasedialog.h)
