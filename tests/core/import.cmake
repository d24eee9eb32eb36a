# Spreadsheet import: the readers (core/io), the import engine and matching (core/importer), and the fuzz targets.
caselink_add_test(test_readers SOURCES test_readers.cpp xlsxfixture.h LIBS QuaZip::QuaZip LABELS io import)
caselink_add_test(test_import SOURCES test_import.cpp LABELS import)
target_compile_definitions(test_import PRIVATE CASELINK_IMPORT_DATA="${PROJECT_SOURCE_DIR}/tests/data/import")
