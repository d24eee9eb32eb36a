// libFuzzer: any bytes through the CSV reader: detection, decoding and parsing must end with rows or an error,
// never a crash, a hang or unbounded memory.
#include <cstdint>

#include <QBuffer>

#include "io/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    caselink::CsvReader::Options options;
    options.maxFieldChars = 4096;
    options.maxColumns = 512;
    caselink::CsvReader reader(buffer, options);
    if (!reader.open()) {
        return 0;
    }
    QStringList fields;
    for (int i = 0; i < 100000; ++i) {
        auto more = reader.next(fields);
        if (!more || !*more) {
            break;
        }
        if (fields.isEmpty() || reader.recordLine() < 1) {
            __builtin_trap(); // a record has at least one field and a line
        }
    }
    return 0;
}
