# Reads and removals the case workspace and person profile need: person insight (roles across cases, correlation,
# photo, watch lists) and the removals that undo a record's creation.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/caseinsight.cpp ${CMAKE_CURRENT_LIST_DIR}/caseinsight.h
    ${CMAKE_CURRENT_LIST_DIR}/personinsight.cpp ${CMAKE_CURRENT_LIST_DIR}/personinsight.h
    ${CMAKE_CURRENT_LIST_DIR}/recordremoval.cpp ${CMAKE_CURRENT_LIST_DIR}/recordremoval.h
)
