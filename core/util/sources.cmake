# core/util: Result types, the application identity and durable renames, shared by everything.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appidentity.h
    ${CMAKE_CURRENT_LIST_DIR}/durablefile.cpp ${CMAKE_CURRENT_LIST_DIR}/durablefile.h
    ${CMAKE_CURRENT_LIST_DIR}/result.h
)
