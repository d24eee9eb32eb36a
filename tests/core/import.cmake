# Spreadsheet import: the readers (core/io), the import engine and matching (core/importer), and the fuzz targets.
caselink_add_test(test_readers SOURCES test_readers.cpp xlsxfixture.h LIBS QuaZip::QuaZip LABELS io import)
