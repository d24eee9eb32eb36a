# Timelines of a case and of persons across cases: zoomable canvas over core's paintTimeline.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/timelineview.cpp ${CMAKE_CURRENT_LIST_DIR}/timelineview.h
)
