# The review of persons held after a spreadsheet or bundle import: the scoped queue and the undoable decisions.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/heldreview.cpp ${CMAKE_CURRENT_LIST_DIR}/heldreview.h
    ${CMAKE_CURRENT_LIST_DIR}/heldreview_p.h ${CMAKE_CURRENT_LIST_DIR}/heldreviewbundle.cpp
)
