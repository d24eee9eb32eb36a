# core/evidence: The evidence store: chunked encrypted attachments, exhibits, chain of custody, temporary decrypted copies.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/evidencestore.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencestore.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencetempfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencetempfiles.h
)
