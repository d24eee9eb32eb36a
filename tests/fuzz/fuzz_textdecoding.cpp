// libFuzzer: encoding detection and chunked decoding. Properties: well-formed UTF-8 round-trips; valid input decoded
// in two chunks split anywhere gives the same text as decoded at once.
#include <cstdint>

#include <QString>

#include "io/textdecoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const caselink::DetectedEncoding detected = caselink::detectEncoding(bytes);
    if (detected.bomLength > bytes.size()) {
        __builtin_trap();
    }
    // (Qt drops a leading byte-order mark when decoding, so such input is left out of the round trip.)
    const bool bom = bytes.startsWith(QByteArrayView("\xEF\xBB\xBF"));
    if (!bom && caselink::isValidUtf8(bytes, false) && QString::fromUtf8(bytes).toUtf8() != bytes) {
        __builtin_trap();
    }
    for (caselink::TextEncoding e : {caselink::TextEncoding::Utf8, caselink::TextEncoding::Utf16LE,
                                     caselink::TextEncoding::Utf16BE, caselink::TextEncoding::Windows1252}) {
        caselink::TextDecoder whole(e);
        const QString once = whole.decode(bytes) + whole.finish();
        const qsizetype split = size > 0 ? qsizetype(data[0]) % (bytes.size() + 1) : 0;
        caselink::TextDecoder parts(e);
        const QString twice = parts.decode(bytes.first(split)) + parts.decode(bytes.sliced(split)) + parts.finish();
        // Invalid input may be replaced by a different number of U+FFFD depending on where a chunk ends; valid
        // input must decode the same however it is cut.
        if (!whole.hasErrors() && !parts.hasErrors() && once != twice) {
            __builtin_trap();
        }
    }
    return 0;
}
