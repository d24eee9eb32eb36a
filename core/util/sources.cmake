# core/util: Result types and the application identity shared by everything.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appidentity.h
    ${CMAKE_CURRENT_LIST_DIR}/result.h
)
