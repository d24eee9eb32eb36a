# core/domain: Domain value types and validation: pure functions, no database.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/asset.cpp ${CMAKE_CURRENT_LIST_DIR}/asset.h
    ${CMAKE_CURRENT_LIST_DIR}/caserecord.cpp ${CMAKE_CURRENT_LIST_DIR}/caserecord.h
    ${CMAKE_CURRENT_LIST_DIR}/cnic.cpp ${CMAKE_CURRENT_LIST_DIR}/cnic.h
    ${CMAKE_CURRENT_LIST_DIR}/court.cpp ${CMAKE_CURRENT_LIST_DIR}/court.h
    ${CMAKE_CURRENT_LIST_DIR}/document.cpp ${CMAKE_CURRENT_LIST_DIR}/document.h
    ${CMAKE_CURRENT_LIST_DIR}/documentdate.cpp ${CMAKE_CURRENT_LIST_DIR}/documentdate.h
    ${CMAKE_CURRENT_LIST_DIR}/enumkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/event.cpp ${CMAKE_CURRENT_LIST_DIR}/event.h
    ${CMAKE_CURRENT_LIST_DIR}/firnumber.cpp ${CMAKE_CURRENT_LIST_DIR}/firnumber.h
    ${CMAKE_CURRENT_LIST_DIR}/identifierchars_p.h
    ${CMAKE_CURRENT_LIST_DIR}/incident.cpp ${CMAKE_CURRENT_LIST_DIR}/incident.h
    ${CMAKE_CURRENT_LIST_DIR}/legalclocks.cpp ${CMAKE_CURRENT_LIST_DIR}/legalclocks.h
    ${CMAKE_CURRENT_LIST_DIR}/link.cpp ${CMAKE_CURRENT_LIST_DIR}/link.h
    ${CMAKE_CURRENT_LIST_DIR}/localtime.cpp ${CMAKE_CURRENT_LIST_DIR}/localtime.h
    ${CMAKE_CURRENT_LIST_DIR}/money.cpp ${CMAKE_CURRENT_LIST_DIR}/money.h
    ${CMAKE_CURRENT_LIST_DIR}/officer.cpp ${CMAKE_CURRENT_LIST_DIR}/officer.h
    ${CMAKE_CURRENT_LIST_DIR}/organisation.cpp ${CMAKE_CURRENT_LIST_DIR}/organisation.h
    ${CMAKE_CURRENT_LIST_DIR}/passportnumber.cpp ${CMAKE_CURRENT_LIST_DIR}/passportnumber.h
    ${CMAKE_CURRENT_LIST_DIR}/payment.cpp ${CMAKE_CURRENT_LIST_DIR}/payment.h
    ${CMAKE_CURRENT_LIST_DIR}/person.cpp ${CMAKE_CURRENT_LIST_DIR}/person.h
    ${CMAKE_CURRENT_LIST_DIR}/phonenumber.cpp ${CMAKE_CURRENT_LIST_DIR}/phonenumber.h
    ${CMAKE_CURRENT_LIST_DIR}/redbook.cpp ${CMAKE_CURRENT_LIST_DIR}/redbook.h
    ${CMAKE_CURRENT_LIST_DIR}/reference.h
    ${CMAKE_CURRENT_LIST_DIR}/routeleg.cpp ${CMAKE_CURRENT_LIST_DIR}/routeleg.h
    ${CMAKE_CURRENT_LIST_DIR}/rupees.cpp ${CMAKE_CURRENT_LIST_DIR}/rupees.h
    ${CMAKE_CURRENT_LIST_DIR}/sex.h
    ${CMAKE_CURRENT_LIST_DIR}/textinput.cpp ${CMAKE_CURRENT_LIST_DIR}/textinput.h
    ${CMAKE_CURRENT_LIST_DIR}/validation.cpp ${CMAKE_CURRENT_LIST_DIR}/validation.h
    ${CMAKE_CURRENT_LIST_DIR}/validationtext_p.h
)
