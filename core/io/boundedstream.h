// A read-only view of another device that stops a decompression bomb before it costs memory or minutes: it fails
// once more than a budget of bytes has come out, and once a run of text without markup ('<' or '>') grows past a
// limit, which bounds the largest token (cell text, attribute) an XML parser reading through it can hold.
#pragma once

#include <QIODevice>

namespace caselink {

class BoundedStream : public QIODevice {
public:
    enum class Breach { None, Budget, Token };

    BoundedStream(QIODevice& source, qint64 budgetBytes, qint64 maxTokenBytes);

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    Breach breach() const { return m_breach; }
    qint64 delivered() const { return m_delivered; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_source;
    qint64 m_budget;
    qint64 m_maxToken;
    qint64 m_delivered = 0;
    qint64 m_run = 0; // bytes since the last '<' or '>'
    Breach m_breach = Breach::None;
};

} // namespace caselink
