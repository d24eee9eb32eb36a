# core/crypto: Cryptographic primitives through OpenSSL and libargon2, and the self-wiping buffer key material lives in.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/crypto.cpp ${CMAKE_CURRENT_LIST_DIR}/crypto.h
    ${CMAKE_CURRENT_LIST_DIR}/securebytes.cpp ${CMAKE_CURRENT_LIST_DIR}/securebytes.h
)
