# The registry of trusted office keys that bundle import checks a signer against.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/trustedkeyrepository.cpp ${CMAKE_CURRENT_LIST_DIR}/trustedkeyrepository.h)
