target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evidencelistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencelistmodel.h
)
