# Domain value types and validation: pure functions, no database.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/identifierchars_p.h
    ${CMAKE_CURRENT_LIST_DIR}/textinput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textinput.h
    ${CMAKE_CURRENT_LIST_DIR}/validation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/validation.h
    ${CMAKE_CURRENT_LIST_DIR}/validationtext_p.h
)
