# The statistics dashboard (Qt Charts) with drill-down and exports.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statisticscharts.cpp ${CMAKE_CURRENT_LIST_DIR}/statisticscharts.h
    ${CMAKE_CURRENT_LIST_DIR}/statisticsdashboard.cpp ${CMAKE_CURRENT_LIST_DIR}/statisticsdashboard.h
)
target_link_libraries(caselink_ui PUBLIC Qt6::Charts)
