# The list model of the review of persons held after an import (core/importer/heldreview).
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/heldreviewlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/heldreviewlistmodel.h
)
