# Relationship charts: the chart workspace tab, its scene and view, and charts to and from files.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/chartfiles.h
    ${CMAKE_CURRENT_LIST_DIR}/chartlegendwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/chartlegendwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/chartscene.cpp ${CMAKE_CURRENT_LIST_DIR}/chartscene.h
    ${CMAKE_CURRENT_LIST_DIR}/chartview.cpp ${CMAKE_CURRENT_LIST_DIR}/chartview.h
    ${CMAKE_CURRENT_LIST_DIR}/chartworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/chartworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/chartlayoutcommand.h
)
