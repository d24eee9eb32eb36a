# core/jobs: Background jobs: a pool with one database connection per worker thread, progress and cancellation.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/jobrunner.cpp ${CMAKE_CURRENT_LIST_DIR}/jobrunner.h
)
