# The case workspace and person profile the main window opens as tabs, their panels and create/edit dialogs.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/addpersondialog.cpp ${CMAKE_CURRENT_LIST_DIR}/addpersondialog.h
    ${CMAKE_CURRENT_LIST_DIR}/arrestdialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/arrestdialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/arrestspanel.cpp ${CMAKE_CURRENT_LIST_DIR}/arrestspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/casedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/casedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/casesnapshot.cpp ${CMAKE_CURRENT_LIST_DIR}/casesnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/caseworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/caseworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/newrecorddialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/newrecorddialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/overviewpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/overviewpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/panelsupport.cpp ${CMAKE_CURRENT_LIST_DIR}/panelsupport.h
    ${CMAKE_CURRENT_LIST_DIR}/peoplepanels.cpp ${CMAKE_CURRENT_LIST_DIR}/peoplepanels.h
    ${CMAKE_CURRENT_LIST_DIR}/persondialog.cpp ${CMAKE_CURRENT_LIST_DIR}/persondialog.h
    ${CMAKE_CURRENT_LIST_DIR}/personfields.cpp ${CMAKE_CURRENT_LIST_DIR}/personfields.h
    ${CMAKE_CURRENT_LIST_DIR}/personprofile.cpp ${CMAKE_CURRENT_LIST_DIR}/personprofile.h
    ${CMAKE_CURRENT_LIST_DIR}/recorddialog.cpp ${CMAKE_CURRENT_LIST_DIR}/recorddialog.h
    ${CMAKE_CURRENT_LIST_DIR}/recorddialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/recorddialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/recordpanels.cpp ${CMAKE_CURRENT_LIST_DIR}/recordpanels.h
    ${CMAKE_CURRENT_LIST_DIR}/routechainwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/routechainwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/routepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/routepanel.h
)
