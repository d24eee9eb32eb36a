#include "io/boundedstream.h"

#include <algorithm>

namespace caselink {

BoundedStream::BoundedStream(QIODevice& source, qint64 budgetBytes, qint64 maxTokenBytes)
    : m_source(source)
    , m_budget(budgetBytes)
    , m_maxToken(maxTokenBytes) {
    open(QIODevice::ReadOnly);
}

bool BoundedStream::atEnd() const {
    return m_breach != Breach::None || (m_source.atEnd() && QIODevice::bytesAvailable() == 0);
}

qint64 BoundedStream::bytesAvailable() const {
    return m_breach != Breach::None ? 0 : QIODevice::bytesAvailable() + m_source.bytesAvailable();
}

qint64 BoundedStream::readData(char* data, qint64 maxSize) {
    if (m_breach != Breach::None) {
        return -1;
    }
    const qint64 room = m_budget - m_delivered;
    if (room <= 0) {
        // One byte more than allowed tells a stream that ends exactly at the budget from one that goes on.
        char probe = 0;
        if (m_source.read(&probe, 1) > 0) {
            m_breach = Breach::Budget;
            setErrorString(QStringLiteral("uncompressed size over budget"));
            return -1;
        }
        return 0;
    }
    const qint64 got = m_source.read(data, std::min(maxSize, room));
    if (got <= 0) {
        return got;
    }
    for (qint64 i = 0; i < got; ++i) {
        const char c = data[i];
        if (c == '<' || c == '>') {
            m_run = 0;
        } else if (++m_run > m_maxToken) {
            m_breach = Breach::Token;
            setErrorString(QStringLiteral("token over limit"));
            return -1;
        }
    }
    m_delivered += got;
    return got;
}

} // namespace caselink
