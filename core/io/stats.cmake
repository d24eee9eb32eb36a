# Statistics exports: CSV, XLSX (libxlsxwriter), JSON and terminal tables.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statsreport.cpp ${CMAKE_CURRENT_LIST_DIR}/statsreport.h
)
target_link_libraries(caselink_core PRIVATE PkgConfig::XLSXWRITER)
