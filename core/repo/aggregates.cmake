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
    ${CMAKE_CURRENT_LIST_DIR}/../domain/document.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/document.h
    ${CMAKE_CURRENT_LIST_DIR}/documentrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/documentrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/asset.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/asset.h
    ${CMAKE_CURRENT_LIST_DIR}/assetrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/assetrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/court.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/court.h
    ${CMAKE_CURRENT_LIST_DIR}/courtrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/courtrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/organisation.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/organisation.h
    ${CMAKE_CURRENT_LIST_DIR}/organisationrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/organisationrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/link.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/link.h
    ${CMAKE_CURRENT_LIST_DIR}/linkrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/linkrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/incident.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/incident.h
    ${CMAKE_CURRENT_LIST_DIR}/incidentrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/incidentrepository.h
    ${CMAKE_CURRENT_LIST_DIR}/../domain/redbook.cpp ${CMAKE_CURRENT_LIST_DIR}/../domain/redbook.h
    ${CMAKE_CURRENT_LIST_DIR}/redbookrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/redbookrepository.h
)
