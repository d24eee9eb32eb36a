# Relationship charts: extraction through the scope, igraph measures and layouts, the chart painter, saved charts.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/graph.cpp ${CMAKE_CURRENT_LIST_DIR}/graph.h
    ${CMAKE_CURRENT_LIST_DIR}/graphextractor.cpp ${CMAKE_CURRENT_LIST_DIR}/graphextractor_p.h
    ${CMAKE_CURRENT_LIST_DIR}/graphhop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/graphigraph_p.h
    ${CMAKE_CURRENT_LIST_DIR}/graphpaths.cpp
    ${CMAKE_CURRENT_LIST_DIR}/measures.cpp ${CMAKE_CURRENT_LIST_DIR}/measures.h
    ${CMAKE_CURRENT_LIST_DIR}/layout.cpp ${CMAKE_CURRENT_LIST_DIR}/layout.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutbarneshut.cpp ${CMAKE_CURRENT_LIST_DIR}/layoutbarneshut.h
    ${CMAKE_CURRENT_LIST_DIR}/chartstore.cpp ${CMAKE_CURRENT_LIST_DIR}/chartstore.h
    ${CMAKE_CURRENT_LIST_DIR}/chartstyle.cpp ${CMAKE_CURRENT_LIST_DIR}/chartstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/chartpainter.cpp
)
target_link_libraries(caselink_core PRIVATE PkgConfig::IGRAPH)
