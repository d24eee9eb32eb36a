// libFuzzer: any bytes as a keyslot file. Parsing must end with a file or a precise error, never a crash, a hang or
// unbounded work: a parsed file serialises to a file that parses to the same digest, and a key that is not the data
// key never authenticates it.
#include <cstdint>

#include "storage/keyslots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto parsed = caselink::KeyslotFile::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!parsed) {
        return 0;
    }
    const caselink::SecureBytes wrongKey = caselink::SecureBytes::fromByteArray(QByteArray(32, '\x5a'));
    if (parsed->verifyMac(wrongKey)) {
        __builtin_trap(); // an authentication code nobody computed
    }
    auto again = caselink::KeyslotFile::parse(parsed->serialize(wrongKey));
    if (!again || again->digest() != parsed->digest() || !again->verifyMac(wrongKey)) {
        __builtin_trap(); // what we write, we read back
    }
    return 0;
}
