# core/text: Name normalisation, Urdu transliteration and name matching. ICU stays in the .cpp files.
target_sources(caselink_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/namelexicon.cpp ${CMAKE_CURRENT_LIST_DIR}/namelexicon.h
    ${CMAKE_CURRENT_LIST_DIR}/namematcher.cpp ${CMAKE_CURRENT_LIST_DIR}/namematcher.h
    ${CMAKE_CURRENT_LIST_DIR}/namenormalizer.cpp ${CMAKE_CURRENT_LIST_DIR}/namenormalizer.h
    ${CMAKE_CURRENT_LIST_DIR}/namesearchforms.cpp ${CMAKE_CURRENT_LIST_DIR}/namesearchforms.h
    ${CMAKE_CURRENT_LIST_DIR}/phonetickey.cpp ${CMAKE_CURRENT_LIST_DIR}/phonetickey.h
    ${CMAKE_CURRENT_LIST_DIR}/urdutransliterator.cpp ${CMAKE_CURRENT_LIST_DIR}/urdutransliterator.h
)
qt_add_resources(caselink_core caselink_core_names
    PREFIX /data
    BASE ${PROJECT_SOURCE_DIR}/resources/data
    FILES ${PROJECT_SOURCE_DIR}/resources/data/names/lexicon.json
          ${PROJECT_SOURCE_DIR}/resources/data/names/urdu-latin.txt)
