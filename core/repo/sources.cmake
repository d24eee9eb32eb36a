# Repositories: one per aggregate, the only owners of domain SQL; scoping applied in one place (scope.cpp).
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../domain/person.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/person.h
    ${CMAKE_CURRENT_LIST_DIR}/changenotifier.cpp ${CMAKE_CURRENT_LIST_DIR}/changenotifier.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicatefinder.cpp ${CMAKE_CURRENT_LIST_DIR}/duplicatefinder.h
    ${CMAKE_CURRENT_LIST_DIR}/orgunitrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/orgunitrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/personmerge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/personrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/personrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/databasewatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/databasewatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/repositorycontext.cpp ${CMAKE_CURRENT_LIST_DIR}/repositorycontext.h
    ${CMAKE_CURRENT_LIST_DIR}/scope.cpp ${CMAKE_CURRENT_LIST_DIR}/scope.h
)
