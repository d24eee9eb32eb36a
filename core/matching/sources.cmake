# core/matching: Whether two records are the same person: incoming rows and bundle persons against the database, watch lists
# and the Red Book against every person, and the duplicate scan.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/duplicatefinder.cpp ${CMAKE_CURRENT_LIST_DIR}/duplicatefinder.h
    ${CMAKE_CURRENT_LIST_DIR}/personmatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/personmatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/watchlistmatch.cpp ${CMAKE_CURRENT_LIST_DIR}/watchlistmatch.h
)
