# Bundle import from other offices (File > Import case bundle) and the trusted office keys it checks signers against.
target_sources(caselink_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importbundledialog.cpp ${CMAKE_CURRENT_LIST_DIR}/importbundledialog.h
    ${CMAKE_CURRENT_LIST_DIR}/trustedkeyspage.cpp ${CMAKE_CURRENT_LIST_DIR}/trustedkeyspage.h)
