# Repositories of the case-attached and national aggregates (payments, route legs, ...) and their domain types.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../domain/enumkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/payment.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/payment.h
    ${CMAKE_CURRENT_LIST_DIR}/aggregatesupport.cpp ${CMAKE_CURRENT_LIST_DIR}/aggregatesupport.h
    ${CMAKE_CURRENT_LIST_DIR}/paymentrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/paymentrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/routeleg.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/routeleg.h
    ${CMAKE_CURRENT_LIST_DIR}/routerepository.cpp ${CMAKE_CURRENT_LIST_DIR}/routerepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/event.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/event.h
    ${CMAKE_CURRENT_LIST_DIR}/eventrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/eventrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/reference.h
    ${CMAKE_CURRENT_LIST_DIR}/referencerepository.cpp ${CMAKE_CURRENT_LIST_DIR}/referencerepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/officer.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/officer.h
    ${CMAKE_CURRENT_LIST_DIR}/officerrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/officerrepository.h
)
