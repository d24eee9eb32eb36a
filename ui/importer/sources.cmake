# The import wizard and the watch-list hits view.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importwizard.cpp ${CMAKE_CURRENT_LIST_DIR}/importwizard.h
    ${CMAKE_CURRENT_LIST_DIR}/watchlisthitsview.cpp ${CMAKE_CURRENT_LIST_DIR}/watchlisthitsview.h
)
