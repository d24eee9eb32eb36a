# Undo commands: one class per kind of change, each one audited repository transaction.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/personcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/personcommands.h
    ${CMAKE_CURRENT_LIST_DIR}/recordcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/recordcommands.h)
