# Streaming readers of the files offices import: CSV in any common encoding and delimiter, and .xlsx workbooks.
if(NOT TARGET QuaZip::QuaZip)
    find_package(QuaZip-Qt6 1.4 REQUIRED)
endif()
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.cpp ${CMAKE_CURRENT_LIST_DIR}/csvreader.h
    ${CMAKE_CURRENT_LIST_DIR}/textdecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/textdecoding.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.cpp ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.h
)
target_link_libraries(caselink_core PRIVATE QuaZip::QuaZip)
