# core/render: Drawing what analysis computes (QtGui only): chart symbols and the vector chart painter, the timeline painter.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartbundles.cpp ${CMAKE_CURRENT_LIST_DIR}/chartbundles.h
    ${CMAKE_CURRENT_LIST_DIR}/chartlegend.cpp ${CMAKE_CURRENT_LIST_DIR}/chartlegend.h
    ${CMAKE_CURRENT_LIST_DIR}/chartpainter.cpp ${CMAKE_CURRENT_LIST_DIR}/chartpainter.h
    ${CMAKE_CURRENT_LIST_DIR}/chartstyle.cpp ${CMAKE_CURRENT_LIST_DIR}/chartstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/timelinepainter.cpp ${CMAKE_CURRENT_LIST_DIR}/timelinepainter.h
    ${CMAKE_CURRENT_LIST_DIR}/timelinesymbols.cpp ${CMAKE_CURRENT_LIST_DIR}/timelinesymbols.h
)
