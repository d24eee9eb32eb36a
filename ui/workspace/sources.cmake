target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/caseworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/personprofile.h
    ${CMAKE_CURRENT_LIST_DIR}/placeholder.cpp
)
