# core/storage: The SQLCipher connection, statements and transactions, migrations, keyslots, backups, process-safe locks
# and the notice an exclusive operation gives other processes.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/backup.cpp ${CMAKE_CURRENT_LIST_DIR}/backup.h
    ${CMAKE_CURRENT_LIST_DIR}/database.cpp ${CMAKE_CURRENT_LIST_DIR}/database.h
    ${CMAKE_CURRENT_LIST_DIR}/keyslots.cpp ${CMAKE_CURRENT_LIST_DIR}/keyslots.h
    ${CMAKE_CURRENT_LIST_DIR}/maintenance.cpp ${CMAKE_CURRENT_LIST_DIR}/maintenance.h
    ${CMAKE_CURRENT_LIST_DIR}/migrations.cpp ${CMAKE_CURRENT_LIST_DIR}/migrations.h
    ${CMAKE_CURRENT_LIST_DIR}/processlocks.cpp ${CMAKE_CURRENT_LIST_DIR}/processlocks.h
)
