# Chart interchange: GraphML (read and write), GEXF 1.3, FollowTheMoney JSON lines, i2 ANX.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/graphexport.cpp ${CMAKE_CURRENT_LIST_DIR}/graphexport.h
    ${CMAKE_CURRENT_LIST_DIR}/graphml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ftm.cpp
)
