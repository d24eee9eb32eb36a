# Statistics exports: CSV, XLSX (SpreadsheetML through QuaZip), JSON and terminal tables.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statsreport.cpp ${CMAKE_CURRENT_LIST_DIR}/statsreport.h
)
if(NOT TARGET QuaZip::QuaZip)
    find_package(QuaZip-Qt6 1.4 REQUIRED)
endif()
target_link_libraries(caselink_core PRIVATE QuaZip::QuaZip)
