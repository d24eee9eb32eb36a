# The main window's shell: its action registry, list pages, global search, deadlines, Red Book, duplicate review, reference data, tabs.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/actionregistry.cpp ${CMAKE_CURRENT_LIST_DIR}/actionregistry.h
    ${CMAKE_CURRENT_LIST_DIR}/deadlinesview.cpp ${CMAKE_CURRENT_LIST_DIR}/deadlinesview.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicatereview.cpp ${CMAKE_CURRENT_LIST_DIR}/duplicatereview.h
    ${CMAKE_CURRENT_LIST_DIR}/globalsearchfield.cpp ${CMAKE_CURRENT_LIST_DIR}/globalsearchfield.h
    ${CMAKE_CURRENT_LIST_DIR}/listpage.cpp ${CMAKE_CURRENT_LIST_DIR}/listpage.h
    ${CMAKE_CURRENT_LIST_DIR}/redbookview.cpp ${CMAKE_CURRENT_LIST_DIR}/redbookview.h
    ${CMAKE_CURRENT_LIST_DIR}/referencepage.cpp ${CMAKE_CURRENT_LIST_DIR}/referencepage.h
    ${CMAKE_CURRENT_LIST_DIR}/sessionpages.cpp ${CMAKE_CURRENT_LIST_DIR}/sessionpages.h
    ${CMAKE_CURRENT_LIST_DIR}/workspacetabs.cpp ${CMAKE_CURRENT_LIST_DIR}/workspacetabs.h
)
