# The statistics dashboard (Qt Charts) with drill-down and exports.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/statisticscharts.cpp ${CMAKE_CURRENT_LIST_DIR}/statisticscharts.h
    ${CMAKE_CURRENT_LIST_DIR}/statisticsdashboard.cpp ${CMAKE_CURRENT_LIST_DIR}/statisticsdashboard.h
)
# Private: caselink_ui's headers only forward-declare Qt Charts classes; a user that works with a chart itself (the
# dashboard test) links Qt Charts on its own.
target_link_libraries(caselink_ui PRIVATE Qt6::Charts)
