# Case files (PDF), redaction profiles and signed case bundles (QuaZip) with their verification and import.
target_link_libraries(caselink_core PRIVATE QuaZip::QuaZip)
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bundle.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlecipher.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlewriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bundleverifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bundleimport.cpp ${CMAKE_CURRENT_LIST_DIR}/bundleimport.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlekeys.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlekeys.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlerecords.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlerecords.h
    ${CMAKE_CURRENT_LIST_DIR}/casefiledata.cpp ${CMAKE_CURRENT_LIST_DIR}/casefiledata.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilehtml.cpp ${CMAKE_CURRENT_LIST_DIR}/casefilehtml_p.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilepdf.cpp ${CMAKE_CURRENT_LIST_DIR}/casefilepdf.h
    ${CMAKE_CURRENT_LIST_DIR}/redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/redaction.h)
