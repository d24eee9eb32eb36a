# Compiler cache, warnings and Qt API hygiene shared by every target of the project.
find_program(CASELINK_CCACHE ccache)
if(CASELINK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CASELINK_CCACHE}")
endif()

add_library(caselink_warnings INTERFACE)
target_compile_options(caselink_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(CASELINK_WERROR)
    target_compile_options(caselink_warnings INTERFACE -Werror)
endif()
target_compile_definitions(caselink_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_UP_TO=0x060400 QT_NO_FOREACH)
