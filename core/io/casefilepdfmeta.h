// Document metadata for the case file PDF. QPdfWriter (Qt 6.4) writes a title and a creator only, so the Info
// dictionary it writes is replaced afterwards by one that also names the author (the office), the subject and the
// creation date, identical to the XMP packet that PDF/A-1b requires; the cross-reference offsets move with it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "util/result.h"

namespace caselink {

struct PdfMetadata {
    QString title;
    QString author; // the office that issued the file
    QString subject;
    QString creator; // the application
    QDateTime created;
};

// The XMP packet (PDF/A-1b identification included) for QPdfWriter::setDocumentXmpMetadata.
QByteArray pdfXmpPacket(const PdfMetadata& metadata);
// The PDF with its Info dictionary replaced by one carrying metadata, and a file identifier in the trailer when it
// has none. Io when the file does not have the single classic cross-reference table QPdfWriter writes.
Result<QByteArray> withPdfInfo(const QByteArray& pdf, const PdfMetadata& metadata);

} // namespace caselink
