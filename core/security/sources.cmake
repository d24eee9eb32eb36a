# core/security: Sessions (unlock, accounts, exclusive maintenance), the audit chain, office signing keys, users and roles,
# the unlock throttle and process hardening.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountadmin.cpp ${CMAKE_CURRENT_LIST_DIR}/accountadmin.h
    ${CMAKE_CURRENT_LIST_DIR}/audit.cpp ${CMAKE_CURRENT_LIST_DIR}/audit.h
    ${CMAKE_CURRENT_LIST_DIR}/auditvisibility.cpp ${CMAKE_CURRENT_LIST_DIR}/auditvisibility.h
    ${CMAKE_CURRENT_LIST_DIR}/databasemaintenance.cpp ${CMAKE_CURRENT_LIST_DIR}/databasemaintenance.h
    ${CMAKE_CURRENT_LIST_DIR}/keyjournal.cpp ${CMAKE_CURRENT_LIST_DIR}/keyjournal.h
    ${CMAKE_CURRENT_LIST_DIR}/officekeypem.cpp ${CMAKE_CURRENT_LIST_DIR}/officekeys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/officekeys.h
    ${CMAKE_CURRENT_LIST_DIR}/processhardening.cpp ${CMAKE_CURRENT_LIST_DIR}/processhardening.h
    ${CMAKE_CURRENT_LIST_DIR}/rollbackanchor.cpp ${CMAKE_CURRENT_LIST_DIR}/rollbackanchor.h
    ${CMAKE_CURRENT_LIST_DIR}/recoverykey.cpp ${CMAKE_CURRENT_LIST_DIR}/recoverykey.h
    ${CMAKE_CURRENT_LIST_DIR}/session.cpp ${CMAKE_CURRENT_LIST_DIR}/session.h
    ${CMAKE_CURRENT_LIST_DIR}/sessioninternals.cpp ${CMAKE_CURRENT_LIST_DIR}/sessioninternals.h
    ${CMAKE_CURRENT_LIST_DIR}/sessionupkeep.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unlockthrottle.cpp ${CMAKE_CURRENT_LIST_DIR}/unlockthrottle.h
    ${CMAKE_CURRENT_LIST_DIR}/users.cpp ${CMAKE_CURRENT_LIST_DIR}/users.h
)
