# Domain value types and validation: pure functions, no database.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cnic.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cnic.h
    ${CMAKE_CURRENT_LIST_DIR}/documentdate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentdate.h
    ${CMAKE_CURRENT_LIST_DIR}/firnumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/firnumber.h
    ${CMAKE_CURRENT_LIST_DIR}/identifierchars_p.h
    ${CMAKE_CURRENT_LIST_DIR}/legalclocks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/legalclocks.h
    ${CMAKE_CURRENT_LIST_DIR}/money.cpp
    ${CMAKE_CURRENT_LIST_DIR}/money.h
    ${CMAKE_CURRENT_LIST_DIR}/passportnumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/passportnumber.h
    ${CMAKE_CURRENT_LIST_DIR}/phonenumber.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phonenumber.h
    ${CMAKE_CURRENT_LIST_DIR}/sex.h
    ${CMAKE_CURRENT_LIST_DIR}/textinput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textinput.h
    ${CMAKE_CURRENT_LIST_DIR}/validation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validation.h
    ${CMAKE_CURRENT_LIST_DIR}/validationtext_p.h
)
