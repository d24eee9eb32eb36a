// libFuzzer: any bytes as a received case bundle (a zip). Verification must end with a verified bundle or a precise
// error, never a crash, a hang or unbounded memory; arbitrary bytes never verify (nobody holds the key that signs).
#include <cstdint>

#include <QFile>
#include <QTemporaryFile>

#include "exchange/bundleverifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static QTemporaryFile file; // reused: one file per process, rewritten for every input
    if (!file.isOpen() && !file.open()) {
        __builtin_trap();
    }
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.flush();
    caselink::BundleLimits limits;
    limits.maxEntryBytes = 1024 * 1024;
    limits.maxMetadataBytes = 256 * 1024;
    limits.maxEntries = 64;
    auto verified = caselink::BundleVerifier::verify(file.fileName(), limits);
    if (verified && verified->files.empty()) {
        __builtin_trap(); // a verified bundle lists its files
    }
    return 0;
}
