# keys export, trust, list and revoke: the trusted office keys bundle import checks signers against.
target_sources(caselink-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/keycommands.cpp)
