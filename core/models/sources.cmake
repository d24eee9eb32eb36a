# core/models: Item models that page through scoped SQL, the coalesced refresh, the Dashboard's work queue, and the undo stack every edit goes through.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/arrestlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/arrestlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/auditlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/auditlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/caselistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/caselistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/coalescedrefresh.cpp ${CMAKE_CURRENT_LIST_DIR}/coalescedrefresh.h
    ${CMAKE_CURRENT_LIST_DIR}/eventlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/eventlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/evidencelistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/evidencelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/heldreviewlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/heldreviewlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/modeltext.cpp ${CMAKE_CURRENT_LIST_DIR}/modeltext.h
    ${CMAKE_CURRENT_LIST_DIR}/organisationlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/organisationlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pagedtablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/pagedtablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/paymentlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/paymentlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/personlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/personlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/undocommand.cpp ${CMAKE_CURRENT_LIST_DIR}/undocommand.h
    ${CMAKE_CURRENT_LIST_DIR}/undostack.cpp ${CMAKE_CURRENT_LIST_DIR}/undostack.h
    ${CMAKE_CURRENT_LIST_DIR}/victimlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/victimlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/workqueue.cpp ${CMAKE_CURRENT_LIST_DIR}/workqueue.h
)
