#include "io/casefilepdfmeta.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseFilePdf)
};

QString producer() {
    return u"Qt "_s + QString::fromLatin1(qVersion());
}

// A PDF text string as UTF-16BE with its byte order mark, in hex: safe for any script and any character.
QByteArray pdfText(const QString& s) {
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : s) {
        bytes.append(static_cast<char>(c.unicode() >> 8));
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime& t) {
    return "(D:" + t.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}

QString xml(const QString& s) {
    return s.toHtmlEscaped();
}

Error damaged() {
    return {ErrorCode::Io, Tr::tr("The PDF writer produced a file whose structure could not be completed.")};
}

} // namespace

QByteArray pdfXmpPacket(const PdfMetadata& m) {
    const QString date = m.created.toUTC().toString(Qt::ISODate);
    const QString packet =
        u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<dc:format>application/pdf</dc:format>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
        "<xmp:CreateDate>%5</xmp:CreateDate>\n"
        "<xmp:ModifyDate>%5</xmp:ModifyDate>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "<pdf:Producer>%6</pdf:Producer>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "<pdfaid:part>1</pdfaid:part>\n"
        "<pdfaid:conformance>B</pdfaid:conformance>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>"_s.arg(xml(m.title), xml(m.author), xml(m.subject), xml(m.creator), date,
                                      xml(producer()));
    return packet.toUtf8();
}

Result<QByteArray> withPdfInfo(const QByteArray& pdf, const PdfMetadata& m) {
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxref < trailer) {
        return std::unexpected(damaged());
    }
    static const QRegularExpression infoRef(u"/Info (\\d+) 0 R"_s);
    const auto info = infoRef.match(QString::fromLatin1(pdf.mid(trailer, startxref - trailer)));
    if (!info.hasMatch()) {
        return std::unexpected(damaged());
    }
    const QByteArray header = QByteArray('\n' + info.captured(1).toLatin1() + " 0 obj\n");
    const qsizetype objStart = pdf.indexOf(header);
    const qsizetype objEnd = objStart < 0 ? -1 : pdf.indexOf("endobj", objStart);
    if (objEnd < 0 || objEnd > trailer) {
        return std::unexpected(damaged());
    }
    const qsizetype bodyStart = objStart + header.size();
    const QByteArray body = "<<\n/Title " + pdfText(m.title) + "\n/Author " + pdfText(m.author) + "\n/Subject " +
                            pdfText(m.subject) + "\n/Creator " + pdfText(m.creator) + "\n/Producer " +
                            pdfText(producer()) + "\n/CreationDate " + pdfDate(m.created) + "\n/ModDate " +
                            pdfDate(m.created) + "\n>>\n";
    const qsizetype delta = body.size() - (objEnd - bodyStart);
    QByteArray out = pdf.left(bodyStart) + body + pdf.mid(objEnd);

    // The classic cross-reference table: "xref", subsections "first count", 20-byte entries "offset gen n".
    const qsizetype oldXref = pdf.mid(startxref + 9, 32).simplified().split(' ').value(0).toLongLong();
    const qsizetype xref = oldXref + delta;
    if (oldXref <= objEnd || !out.mid(xref).startsWith("xref")) {
        return std::unexpected(damaged());
    }
    qsizetype pos = out.indexOf('\n', xref) + 1;
    while (pos > 0 && pos < out.size() && !out.mid(pos).startsWith("trailer")) {
        const qsizetype lineEnd = out.indexOf('\n', pos);
        const QList<QByteArray> section = out.mid(pos, lineEnd - pos).trimmed().split(' ');
        if (lineEnd < 0 || section.size() != 2) {
            return std::unexpected(damaged());
        }
        pos = lineEnd + 1;
        for (int i = 0; i < section[1].toInt(); ++i, pos += 20) {
            const qsizetype offset = out.mid(pos, 10).toLongLong();
            if (out.at(pos + 17) == 'n' && offset >= objEnd) {
                out.replace(pos, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
            }
        }
    }
    const qsizetype newTrailer = out.lastIndexOf("trailer");
    const qsizetype newStartxref = out.lastIndexOf("startxref");
    if (!out.mid(newTrailer, newStartxref - newTrailer).contains("/ID")) {
        // PDF/A requires a file identifier; the hash of the file as written serves as both halves.
        const QByteArray id = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex();
        const qsizetype close = out.lastIndexOf(">>", newStartxref);
        out.insert(close, QByteArray("/ID [<" + id + "> <" + id + ">]\n"));
    }
    const qsizetype digits = out.lastIndexOf("startxref") + 9;
    const qsizetype eof = out.indexOf("%%EOF", digits);
    out.replace(digits, eof - digits, QByteArray('\n' + QByteArray::number(xref) + '\n'));
    return out;
}

} // namespace caselink
