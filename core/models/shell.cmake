# List models the main window's shell adds (organisations).
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/organisationlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/organisationlistmodel.h
)
