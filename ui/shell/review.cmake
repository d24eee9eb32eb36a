# The review of persons held after an import (a sidebar section of the shell).
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/heldreviewview.cpp ${CMAKE_CURRENT_LIST_DIR}/heldreviewview.h
)
