# core/exchange: Between offices: signed case bundles (writing, transport encryption, verification, import) and the review
# of the persons an import could not tell apart from known ones.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bundle.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlecipher.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlecipher.h
    ${CMAKE_CURRENT_LIST_DIR}/bundleimport.cpp ${CMAKE_CURRENT_LIST_DIR}/bundleimport.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlerecords.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlerecords.h
    ${CMAKE_CURRENT_LIST_DIR}/bundleverifier.cpp ${CMAKE_CURRENT_LIST_DIR}/bundleverifier.h
    ${CMAKE_CURRENT_LIST_DIR}/bundlewriter.cpp ${CMAKE_CURRENT_LIST_DIR}/bundlewriter.h
    ${CMAKE_CURRENT_LIST_DIR}/heldbundlewriter.cpp ${CMAKE_CURRENT_LIST_DIR}/heldbundlewriter.h
    ${CMAKE_CURRENT_LIST_DIR}/heldreview.cpp ${CMAKE_CURRENT_LIST_DIR}/heldreview.h
)
target_link_libraries(caselink_core PRIVATE QuaZip::QuaZip)
