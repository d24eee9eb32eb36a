# core/synthetic: the seeded synthetic data generator behind 'caselink-cli demo' and the benchmarks. Writes straight
# into the schema with bulk prepared statements and one audit entry per run.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bulkwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/bulkwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/casebuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/casebuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/caserecords.cpp ${CMAKE_CURRENT_LIST_DIR}/casedata.h
    ${CMAKE_CURRENT_LIST_DIR}/casemoney.cpp
    ${CMAKE_CURRENT_LIST_DIR}/networks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scenario.cpp ${CMAKE_CURRENT_LIST_DIR}/scenario.h
    ${CMAKE_CURRENT_LIST_DIR}/syntheticgenerator.cpp ${CMAKE_CURRENT_LIST_DIR}/syntheticgenerator.h
    ${CMAKE_CURRENT_LIST_DIR}/syntheticnames.cpp ${CMAKE_CURRENT_LIST_DIR}/syntheticnames.h
    ${CMAKE_CURRENT_LIST_DIR}/syntheticrandom.h)
