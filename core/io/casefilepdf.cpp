#include "io/casefilepdf.h"

#include <memory>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include "domain/localtime.h"
#include "io/casefilehtml.h"
#include "io/casefilepagedevice.h"
#include "io/casefilepdfmeta.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

constexpr int kResolution = 300;

QFont baseFont(qreal points) {
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"Noto Naskh Arabic"_s, u"DejaVu Sans"_s});
    font.setPointSizeF(points);
    // Searching and copying the text must find "file" and "office": Latin ligatures ("fi", "ffi") would go into the
    // text layer as U+FB01/U+FB03. Qt shapes without them when a letter spacing is set, so set one too small to
    // see (1/64 of a device pixel at 300 dpi); Urdu keeps the ligatures its script needs.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

QFont codeFont(qreal points) {
    QFont font;
    font.setFamilies({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s});
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(points);
    return font;
}

// Title, author (the issuing office), subject and creation date: what a registry's document system indexes.
PdfMetadata metadata(const CaseFileData& d) {
    PdfMetadata m;
    m.title = CaseFilePdf::tr("Case file %1").arg(d.caseFile.label());
    m.author = d.officeCode.isEmpty() ? d.officeName : CaseFilePdf::tr("%1 (%2)").arg(d.officeName, d.officeCode);
    m.subject = d.caseFile.title.isEmpty()
                    ? redactionProfileDisplayName(d.profile)
                    : CaseFilePdf::tr("%1 · %2").arg(d.caseFile.title, redactionProfileDisplayName(d.profile));
    m.creator = u"CaseLink"_s;
    m.created = d.generatedAt.isValid() ? d.generatedAt : QDateTime::currentDateTimeUtc();
    return m;
}

struct Page {
    int section = -1; // -1 cover, -2 contents
    int docPage = 0;
};

class Renderer {
public:
    Renderer(const CaseFileData& data, const CaseFilePdfOptions& options, QPdfWriter& writer)
        : m_data(data)
        , m_options(options)
        , m_writer(writer) {}

    Result<CaseFilePdfInfo> run();

private:
    void layoutSections();
    void drawFrame(QPainter& p, int pageNumber);
    void drawCover(QPainter& p);
    void drawContents(QPainter& p);
    void drawSectionPage(QPainter& p, std::size_t section, int docPage);
    QRectF textRect(QPainter& p, const QRectF& area, const QString& text, const QFont& font, int flags);

    const CaseFileData& m_data;
    const CaseFilePdfOptions& m_options;
    QPdfWriter& m_writer;
    std::vector<casefilehtml::Section> m_sections;
    std::vector<std::unique_ptr<QTextDocument>> m_docs;
    std::vector<int> m_firstPage; // 1-based page number where each section starts
    int m_total = 0;
    QRectF m_page;    // full page in device pixels
    QRectF m_content; // between header and footer
};

void Renderer::layoutSections() {
    m_sections = casefilehtml::sections(m_data, m_options.direction);
    // Figure sections without a hook are left out.
    std::erase_if(m_sections, [this](const casefilehtml::Section& s) {
        return (s.figure == 1 && !m_options.relationshipChart) || (s.figure == 2 && !m_options.timeline);
    });
    const QString css = u"h2 { font-size: 15pt; color: #1b3a5c; } h3 { font-size: 11pt; color: #1b3a5c; } "
                        "th { background-color: #e4e9f0; } td, th { font-size: 8.5pt; } tt { font-size: 7.5pt; }"_s;
    int page = 3; // cover, contents
    for (const casefilehtml::Section& s : m_sections) {
        m_firstPage.push_back(page);
        if (s.figure != 0) {
            m_docs.emplace_back();
            ++page;
            continue;
        }
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_writer);
        doc->setDefaultFont(baseFont(9.5));
        doc->setDefaultStyleSheet(css);
        QTextOption option = doc->defaultTextOption();
        option.setTextDirection(m_options.direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc->setDefaultTextOption(option);
        doc->setDocumentMargin(0);
        doc->setPageSize(m_content.size());
        const QString dir = m_options.direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
        doc->setHtml(u"<html><body dir='"_s + dir + u"'>"_s + s.html + u"</body></html>"_s);
        page += std::max(1, doc->pageCount());
        m_docs.push_back(std::move(doc));
    }
    m_total = page - 1;
}

QRectF Renderer::textRect(QPainter& p, const QRectF& area, const QString& text, const QFont& font, int flags) {
    p.setFont(font);
    QRectF used;
    p.drawText(area, flags | Qt::TextWordWrap, text, &used);
    return used;
}

void Renderer::drawFrame(QPainter& p, int pageNumber) {
    const qreal mm = kResolution / 25.4;
    const QString marking =
        m_options.classification.isEmpty() ? CaseFilePdf::tr("CONFIDENTIAL") : m_options.classification;
    p.save();
    p.setPen(QColor(0xb0, 0x1c, 0x1c));
    QFont bold = baseFont(9);
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(0, 4 * mm, m_page.width(), 8 * mm), Qt::AlignCenter, marking);
    p.drawText(QRectF(0, m_page.height() - 10 * mm, m_page.width(), 6 * mm), Qt::AlignCenter, marking);
    p.setPen(Qt::black);
    p.setFont(baseFont(8));
    const QString footer = CaseFilePdf::tr("%1 · %2 · Page %3 of %4")
                               .arg(m_data.caseFile.label(), redactionProfileDisplayName(m_data.profile))
                               .arg(pageNumber)
                               .arg(m_total);
    p.drawText(QRectF(m_content.left(), m_page.height() - 16 * mm, m_content.width(), 6 * mm), Qt::AlignCenter, footer);
    p.restore();
}

void Renderer::drawCover(QPainter& p) {
    const qreal mm = kResolution / 25.4;
    QRectF area = m_content.adjusted(0, 20 * mm, 0, 0);
    QFont title = baseFont(24);
    title.setBold(true);
    area.setTop(textRect(p, area, CaseFilePdf::tr("Case file"), title, Qt::AlignHCenter | Qt::AlignTop).bottom() +
                6 * mm);
    const CaseRecord& c = m_data.caseFile;
    QFont big = baseFont(16);
    area.setTop(textRect(p, area, c.label(), big, Qt::AlignHCenter | Qt::AlignTop).bottom() + 3 * mm);
    if (!c.title.isEmpty()) {
        area.setTop(textRect(p, area, c.title, baseFont(13), Qt::AlignHCenter | Qt::AlignTop).bottom() + 12 * mm);
    } else {
        area.setTop(area.top() + 12 * mm);
    }
    const QList<std::pair<QString, QString>> facts{
        {CaseFilePdf::tr("FIR"), c.firNumber.isEmpty() ? u"-"_s : c.firNumber},
        {CaseFilePdf::tr("Police station / circle"), c.firStation},
        {CaseFilePdf::tr("Enquiry"), c.enquiryNumber},
        {CaseFilePdf::tr("Status"), caseStatusDisplayName(c.status)},
        {CaseFilePdf::tr("Office"), m_data.officeName + u" ("_s + m_data.officeCode + u')'},
        {CaseFilePdf::tr("Redaction profile"), redactionProfileDisplayName(m_data.profile)},
        {CaseFilePdf::tr("Generated by"), m_data.generatedBy},
        {CaseFilePdf::tr("Generated at"), displayDateTime(m_data.generatedAt)},
        // Every time in the file is office time; the zone is stated once, here.
        {CaseFilePdf::tr("Times shown in"), officeTimeZoneName()},
        {CaseFilePdf::tr("Case id"), c.id},
        {CaseFilePdf::tr("Office signing key (SHA-256 fingerprint)"), m_data.keyFingerprint},
    };
    const bool rtl = m_options.direction == Qt::RightToLeft;
    const qreal labelWidth = area.width() * 0.38;
    for (const auto& [label, value] : facts) {
        QRectF labelArea(area.left(), area.top(), labelWidth, area.height());
        QRectF valueArea(area.left() + labelWidth + 4 * mm, area.top(), area.width() - labelWidth - 4 * mm,
                         area.height());
        if (rtl) {
            labelArea.moveRight(area.right());
            valueArea.moveLeft(area.left());
        }
        QFont bold = baseFont(10);
        bold.setBold(true);
        // The painter mirrors Left and Right in a right-to-left file; labels sit flush with the page's right edge.
        const int align = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
        const QRectF a = textRect(p, labelArea, label, bold, align | (rtl ? int(Qt::AlignAbsolute) : 0));
        // Ids and fingerprints are copied out of the PDF to be compared: a monospaced face has no "fi"/"ff"
        // ligatures that would turn into U+FB01/U+FB00 when the text is copied.
        const bool code = value == c.id || value == m_data.keyFingerprint;
        const QRectF b = textRect(p, valueArea, value, code ? codeFont(10) : baseFont(10), align);
        area.setTop(std::max(a.bottom(), b.bottom()) + 2.5 * mm);
    }
}

void Renderer::drawContents(QPainter& p) {
    const qreal mm = kResolution / 25.4;
    QRectF area = m_content;
    QFont title = baseFont(15);
    title.setBold(true);
    const bool rtl = m_options.direction == Qt::RightToLeft;
    // Absolute: the painter would otherwise mirror Left and Right once more in a right-to-left file.
    const int align = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::AlignAbsolute;
    area.setTop(textRect(p, area, CaseFilePdf::tr("Contents"), title, align).bottom() + 6 * mm);
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        const QRectF used = textRect(p, area, m_sections[i].title, baseFont(11), align);
        textRect(p, area, QString::number(m_firstPage[i]), baseFont(11),
                 (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop | Qt::AlignAbsolute);
        area.setTop(used.bottom() + 3 * mm);
    }
}

void Renderer::drawSectionPage(QPainter& p, std::size_t section, int docPage) {
    const casefilehtml::Section& s = m_sections[section];
    if (s.figure != 0) {
        const qreal mm = kResolution / 25.4;
        QFont title = baseFont(15);
        title.setBold(true);
        const bool rtl = m_options.direction == Qt::RightToLeft;
        const QRectF used = textRect(p, m_content, s.title, title,
                                     (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | Qt::AlignAbsolute);
        const QRectF figure = m_content.adjusted(0, used.height() + 4 * mm, 0, 0);
        p.save();
        p.setClipRect(figure);
        (s.figure == 1 ? m_options.relationshipChart : m_options.timeline)(p, figure);
        p.restore();
        return;
    }
    QTextDocument& doc = *m_docs[section];
    const qreal h = m_content.height();
    p.save();
    p.setClipRect(m_content);
    // Drawn through a device that drops text lines lying wholly outside this page (see casefilepagedevice.h), so
    // the text layer holds each line once.
    CaseFilePageDevice device(p, m_writer, m_content);
    QPainter filtered(&device);
    filtered.setLayoutDirection(p.layoutDirection());
    filtered.translate(m_content.left(), m_content.top() - docPage * h);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, docPage * h, m_content.width(), h);
    doc.documentLayout()->draw(&filtered, ctx);
    filtered.end();
    p.restore();
}

Result<CaseFilePdfInfo> Renderer::run() {
    m_writer.setResolution(kResolution);
    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    m_writer.setTitle(CaseFilePdf::tr("Case file %1").arg(m_data.caseFile.label()));
    m_writer.setCreator(u"CaseLink"_s);
    m_writer.setDocumentXmpMetadata(pdfXmpPacket(metadata(m_data)));
    const qreal mm = kResolution / 25.4;
    m_page = QRectF(0, 0, m_writer.width(), m_writer.height());
    m_content = m_page.adjusted(18 * mm, 20 * mm, -18 * mm, -22 * mm);
    layoutSections();

    QPainter p;
    if (!p.begin(&m_writer)) {
        return fail(ErrorCode::Io, CaseFilePdf::tr("The PDF could not be started."));
    }
    p.setLayoutDirection(m_options.direction);
    int number = 1;
    drawFrame(p, number);
    drawCover(p);
    m_writer.newPage();
    drawFrame(p, ++number);
    drawContents(p);
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        const int pages = m_docs[i] ? std::max(1, m_docs[i]->pageCount()) : 1;
        for (int d = 0; d < pages; ++d) {
            m_writer.newPage();
            drawFrame(p, ++number);
            drawSectionPage(p, i, d);
        }
    }
    if (!p.end()) {
        return fail(ErrorCode::Io, CaseFilePdf::tr("The PDF could not be finished."));
    }
    CaseFilePdfInfo info;
    info.pages = number;
    for (const auto& s : m_sections) {
        info.sections << s.title;
    }
    return info;
}

} // namespace

Result<CaseFilePdfInfo> CaseFilePdf::write(const CaseFileData& data, QIODevice& out,
                                           const CaseFilePdfOptions& options) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<CaseFilePdfInfo> info;
    {
        QPdfWriter writer(&buffer);
        Renderer renderer(data, options, writer);
        info = renderer.run();
    }
    if (!info) {
        return info;
    }
    auto pdf = withPdfInfo(buffer.data(), metadata(data));
    if (!pdf) {
        return std::unexpected(pdf.error());
    }
    if (out.write(*pdf) != pdf->size()) {
        return fail(ErrorCode::Io, tr("The PDF could not be written: %1").arg(out.errorString()));
    }
    return info;
}

Result<CaseFilePdfInfo> CaseFilePdf::write(const CaseFileData& data, const QString& path,
                                           const CaseFilePdfOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io, tr("The file %1 could not be written.").arg(path));
    }
    auto info = write(data, file, options);
    file.close();
    if (!info) {
        file.remove();
    }
    return info;
}

} // namespace caselink
