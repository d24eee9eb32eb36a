# Queries the main window's shell needs across aggregates: the global search and the deadlines of every case in scope.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/deadlinequery.cpp ${CMAKE_CURRENT_LIST_DIR}/deadlinequery.h
    ${CMAKE_CURRENT_LIST_DIR}/globalsearch.cpp ${CMAKE_CURRENT_LIST_DIR}/globalsearch.h
    ${CMAKE_CURRENT_LIST_DIR}/scopecounts.cpp ${CMAKE_CURRENT_LIST_DIR}/scopecounts.h
)
