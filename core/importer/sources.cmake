# core/importer: Spreadsheet import: fields and mappings, row reading and validation, the bulk writers.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importer.cpp ${CMAKE_CURRENT_LIST_DIR}/importer.h
    ${CMAKE_CURRENT_LIST_DIR}/importfields.cpp ${CMAKE_CURRENT_LIST_DIR}/importfields.h
    ${CMAKE_CURRENT_LIST_DIR}/importrecords.cpp ${CMAKE_CURRENT_LIST_DIR}/importrecords.h
    ${CMAKE_CURRENT_LIST_DIR}/importwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/importwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/mappingstore.cpp ${CMAKE_CURRENT_LIST_DIR}/mappingstore.h
    ${CMAKE_CURRENT_LIST_DIR}/rowparser.cpp ${CMAKE_CURRENT_LIST_DIR}/rowparser.h
    ${CMAKE_CURRENT_LIST_DIR}/rowparserkinds.cpp ${CMAKE_CURRENT_LIST_DIR}/rowparserkinds.h
    ${CMAKE_CURRENT_LIST_DIR}/rowreader.cpp ${CMAKE_CURRENT_LIST_DIR}/rowreader.h
    ${CMAKE_CURRENT_LIST_DIR}/rowsource.cpp ${CMAKE_CURRENT_LIST_DIR}/rowsource.h
)
