# Cases and arrests: the case file, roles, arrests, custody and the legal deadlines they run against.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../domain/casefile.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/casefile.h
    ${CMAKE_CURRENT_LIST_DIR}/arrestrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/arrestrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/caserepository.cpp ${CMAKE_CURRENT_LIST_DIR}/caserepository.h
    ${CMAKE_CURRENT_LIST_DIR}/caserelations.cpp ${CMAKE_CURRENT_LIST_DIR}/caserepository_p.h
)
