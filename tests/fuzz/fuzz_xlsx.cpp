// libFuzzer: any bytes as a workbook: zip, workbook, styles, shared strings and every sheet must read to rows or an
// error, never a crash.
#include <cstdint>

#include <QBuffer>

#include "io/xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    caselink::XlsxReader reader;
    if (!reader.open(buffer)) {
        return 0;
    }
    const QStringList sheets = reader.sheetNames();
    for (int s = 0; s < sheets.size() && s < 8; ++s) {
        if (!reader.selectSheet(s)) {
            continue;
        }
        QStringList cells;
        for (int i = 0; i < 10000; ++i) {
            auto more = reader.next(cells);
            if (!more || !*more) {
                break;
            }
        }
    }
    return 0;
}
