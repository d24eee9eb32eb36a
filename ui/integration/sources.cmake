# Connects charts, timelines, statistics, evidence, exports and import to the main window.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/applicationwiring.cpp ${CMAKE_CURRENT_LIST_DIR}/applicationwiring.h
)
