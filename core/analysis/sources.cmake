# core/analysis: Network extraction, measures and layout, saved charts, statistics queries and timelines.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/arreststatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/arreststatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/chartstore.cpp ${CMAKE_CURRENT_LIST_DIR}/chartstore.h
    ${CMAKE_CURRENT_LIST_DIR}/graph.cpp ${CMAKE_CURRENT_LIST_DIR}/graph.h
    ${CMAKE_CURRENT_LIST_DIR}/graphextractor.cpp ${CMAKE_CURRENT_LIST_DIR}/graphextractor.h
    ${CMAKE_CURRENT_LIST_DIR}/graphigraph.h
    ${CMAKE_CURRENT_LIST_DIR}/graphlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/graphlayout.h
    ${CMAKE_CURRENT_LIST_DIR}/graphlayoutbarneshut.cpp ${CMAKE_CURRENT_LIST_DIR}/graphlayoutbarneshut.h
    ${CMAKE_CURRENT_LIST_DIR}/graphlayouthierarchy.cpp ${CMAKE_CURRENT_LIST_DIR}/graphlayouthierarchy.h
    ${CMAKE_CURRENT_LIST_DIR}/graphpaths.cpp ${CMAKE_CURRENT_LIST_DIR}/graphpaths.h
    ${CMAKE_CURRENT_LIST_DIR}/graphquery.cpp ${CMAKE_CURRENT_LIST_DIR}/graphquery.h
    ${CMAKE_CURRENT_LIST_DIR}/graphrelations.cpp ${CMAKE_CURRENT_LIST_DIR}/graphrelations.h
    ${CMAKE_CURRENT_LIST_DIR}/measures.cpp ${CMAKE_CURRENT_LIST_DIR}/measures.h
    ${CMAKE_CURRENT_LIST_DIR}/moneystatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/moneystatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/partnerstatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/partnerstatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/pipelinestatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/pipelinestatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/statistics.cpp ${CMAKE_CURRENT_LIST_DIR}/statistics.h
    ${CMAKE_CURRENT_LIST_DIR}/statisticsengine.cpp ${CMAKE_CURRENT_LIST_DIR}/statisticsengine.h
    ${CMAKE_CURRENT_LIST_DIR}/statisticslabels.cpp ${CMAKE_CURRENT_LIST_DIR}/statisticslabels.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline.cpp ${CMAKE_CURRENT_LIST_DIR}/timeline.h
    ${CMAKE_CURRENT_LIST_DIR}/victimstatistics.cpp ${CMAKE_CURRENT_LIST_DIR}/victimstatistics.h
)
target_link_libraries(caselink_core PRIVATE PkgConfig::IGRAPH)
