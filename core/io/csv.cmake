target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/csvwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/csvwriter.h
)
