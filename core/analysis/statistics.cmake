# Statistics supervisors report (scoped aggregates with drill-down) and timelines of cases and persons.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statistics.cpp ${CMAKE_CURRENT_LIST_DIR}/statistics.h
    ${CMAKE_CURRENT_LIST_DIR}/statistics_p.h
    ${CMAKE_CURRENT_LIST_DIR}/statisticstables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statisticscases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline.cpp ${CMAKE_CURRENT_LIST_DIR}/timeline.h
    ${CMAKE_CURRENT_LIST_DIR}/timelinepainter.cpp
)
