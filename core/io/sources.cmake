# core/io: Files in and out: CSV and XLSX readers and writers, the prosecutor's case file (PDF), redaction profiles, chart
# interchange (GraphML, GEXF, FtM, ANX) and statistics reports.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/anonymousfile.cpp ${CMAKE_CURRENT_LIST_DIR}/anonymousfile.h
    ${CMAKE_CURRENT_LIST_DIR}/anx.cpp ${CMAKE_CURRENT_LIST_DIR}/anx.h
    ${CMAKE_CURRENT_LIST_DIR}/boundedstream.cpp ${CMAKE_CURRENT_LIST_DIR}/boundedstream.h
    ${CMAKE_CURRENT_LIST_DIR}/casefiledata.cpp ${CMAKE_CURRENT_LIST_DIR}/casefiledata.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilehtml.cpp ${CMAKE_CURRENT_LIST_DIR}/casefilehtml.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilehtml_p.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilepdf.cpp ${CMAKE_CURRENT_LIST_DIR}/casefilepdf.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilepagedevice.cpp ${CMAKE_CURRENT_LIST_DIR}/casefilepagedevice.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilepdfmeta.cpp ${CMAKE_CURRENT_LIST_DIR}/casefilepdfmeta.h
    ${CMAKE_CURRENT_LIST_DIR}/casefilerecords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.cpp ${CMAKE_CURRENT_LIST_DIR}/csvreader.h
    ${CMAKE_CURRENT_LIST_DIR}/csvwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/csvwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ftm.cpp ${CMAKE_CURRENT_LIST_DIR}/ftm.h
    ${CMAKE_CURRENT_LIST_DIR}/graphexport.cpp ${CMAKE_CURRENT_LIST_DIR}/graphexport.h
    ${CMAKE_CURRENT_LIST_DIR}/graphml.cpp ${CMAKE_CURRENT_LIST_DIR}/graphml.h
    ${CMAKE_CURRENT_LIST_DIR}/inputfile.cpp ${CMAKE_CURRENT_LIST_DIR}/inputfile.h
    ${CMAKE_CURRENT_LIST_DIR}/redaction.cpp ${CMAKE_CURRENT_LIST_DIR}/redaction.h
    ${CMAKE_CURRENT_LIST_DIR}/statsreport.cpp ${CMAKE_CURRENT_LIST_DIR}/statsreport.h
    ${CMAKE_CURRENT_LIST_DIR}/textdecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/textdecoding.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.cpp ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.h
)
target_link_libraries(caselink_core PRIVATE QuaZip::QuaZip)
