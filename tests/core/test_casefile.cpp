// The case file PDF as a prosecutor, a judge and a partner agency read it, through the real pdftotext and pdfinfo:
// a chronology with office time, person, event in words, place and legal reference; no doubled or dangling words
// and no raw codes; payments in their currency and in rupees with lakh/crore; the route as a chain of countries;
// the documents; victims only as pseudonyms in the partner profile; document metadata and PDF/A-1b identification;
// a text layer without ligature glyphs.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "bundletools.h"
#include "domain/localtime.h"
#include "evidencefixture.h"
#include "io/casefilehtml.h"
#include "io/casefilehtml_p.h"
#include "io/casefilepdf.h"
#include "repo/documentrepository.h"
#include "repo/paymentrepository.h"
#include "repo/referencerepository.h"
#include "repo/routerepository.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QString kVictimPassport = u"AB1234567"_s;
const QString kAccusedPassport = u"KP7654321"_s;
const QDateTime kStatementAt(QDate(2023, 6, 24), QTime(6, 30), Qt::UTC);

QString rawPdfText(const QString& pdf) {
    return run(u"/usr/bin/pdftotext"_s, {pdf, u"-"_s}).out;
}

QString sectionHtml(const CaseFileData& data, const QString& title) {
    for (const casefilehtml::Section& s : casefilehtml::sections(data)) {
        if (s.title == title) {
            return s.html;
        }
    }
    return {};
}

// The table row (<tr>...</tr>) of html that contains needle.
QString rowWith(const QString& html, const QString& needle) {
    const qsizetype at = html.indexOf(needle);
    if (at < 0) {
        return {};
    }
    const qsizetype start = html.lastIndexOf(u"<tr>"_s, at);
    const qsizetype end = html.indexOf(u"</tr>"_s, at);
    return start < 0 || end < 0 ? QString() : html.mid(start, end - start);
}

} // namespace

class TestCaseFile : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceFixture> m_f;
    QTemporaryDir m_out;
    QString m_prosecutorPdf;
    QString m_partnerPdf;
    QString m_prosecutorText; // pdftotext -layout
    QString m_partnerText;

    void addRecords() {
        RepositoryContext& c = *m_f->context;
        ArrestRepository arrests(c);
        auto list = arrests.forCase(m_f->caseId);
        QVERIFY(list && list->size() == 1);
        // A judicial remand without an order reference: the line must not end in "order".
        QVERIFY(arrests.addCustody({{},
                                    list->front().id,
                                    CustodyKind::Judicial,
                                    QDate(2023, 6, 30),
                                    QDate(2023, 7, 13),
                                    u"JM Gujranwala"_s,
                                    {}}));
        // The arrest and the remands put their own events on the timeline; a statement is entered as an event.
        EventRepository events(c);
        TimelineEvent statement;
        statement.caseId = m_f->caseId;
        statement.personId = m_f->victimId;
        statement.type = u"STATEMENT_161"_s;
        statement.occurredAt = kStatementAt;
        QVERIFY(events.add(statement));

        PaymentRepository payments(c);
        PaymentDraft fee;
        fee.caseId = m_f->caseId;
        fee.payerPersonId = m_f->victimId;
        fee.payeePersonId = m_f->accusedId;
        fee.amountText = u"1.25 crore"_s;
        fee.paidOn = QDate(2023, 5, 2);
        auto saved = payments.create(fee);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        PaymentDraft euros = fee;
        euros.amountText = u"EUR 8,000"_s;
        euros.rateText = u"302.45"_s;
        euros.paidOn = QDate(2023, 5, 20);
        euros.channel = PaymentChannel::HawalaHundi;
        saved = payments.create(euros);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

        RouteRepository route(c);
        auto leg = [&](const QString& fromPlace, const QString& from, const QString& toPlace, const QString& to,
                       const QString& border) {
            RouteLeg l;
            l.caseId = m_f->caseId;
            l.personId = m_f->victimId;
            l.fromCountry = from;
            l.fromPlace = fromPlace;
            l.toCountry = to;
            l.toPlace = toPlace;
            l.borderPoint = border;
            l.facilitatorPersonId = m_f->accusedId;
            l.outcome = LegOutcome::Crossed;
            auto added = route.add(l);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        };
        leg(u"Gujrat"_s, u"PK"_s, u"Quetta"_s, u"PK"_s, {});
        leg(u"Taftan"_s, u"PK"_s, u"Mirjaveh"_s, u"IR"_s, u"Taftan"_s);
        leg(u"Maku"_s, u"IR"_s, u"Van"_s, u"TR"_s, u"Kapikoy"_s);
        leg(u"Istanbul"_s, u"TR"_s, u"Alexandroupolis"_s, u"GR"_s, u"Evros"_s);

        DocumentRepository documents(c);
        Document forged;
        forged.caseId = m_f->caseId;
        forged.personId = m_f->victimId;
        forged.type = DocumentType::Passport;
        forged.number = kVictimPassport;
        forged.issuingState = u"PK"_s;
        forged.authenticity = Authenticity::Forged;
        forged.malkhanaRef = u"MK-9/2023"_s;
        QVERIFY(documents.create(forged));
        Document own = forged;
        own.personId = m_f->accusedId;
        own.number = kAccusedPassport;
        own.authenticity = Authenticity::Genuine;
        own.malkhanaRef = u"MK-10/2023"_s;
        QVERIFY(documents.create(own));
    }

    QString writePdf(RedactionProfile profile, const QString& name) {
        auto data = CaseFileLoader::load(*m_f->context, m_f->caseId, profile);
        if (!data) {
            qWarning() << data.error().message;
            return {};
        }
        const QString path = m_out.filePath(name);
        auto info = CaseFilePdf::write(*data, path);
        if (!info) {
            qWarning() << info.error().message;
            return {};
        }
        return path;
    }

private slots:
    void initTestCase() {
        m_f = std::make_unique<EvidenceFixture>();
        addRecords();
        m_prosecutorPdf = writePdf(RedactionProfile::Prosecutor, u"prosecutor.pdf"_s);
        m_partnerPdf = writePdf(RedactionProfile::Partner, u"partner.pdf"_s);
        QVERIFY(!m_prosecutorPdf.isEmpty() && !m_partnerPdf.isEmpty());
        m_prosecutorText = pdfText(m_prosecutorPdf);
        m_partnerText = pdfText(m_partnerPdf);
        QVERIFY(m_prosecutorText.contains(kAccusedName));
    }

    void chronologyNamesPersonEventPlaceAndReference() {
        auto data = CaseFileLoader::load(*m_f->context, m_f->caseId, RedactionProfile::Prosecutor);
        QVERIFY(data);
        const QString html = sectionHtml(*data, u"Chronology"_s);
        QVERIFY(!html.isEmpty());
        // The arrest: office time as the accused pages print it, the accused, in words, where.
        const QDateTime arrestedAt = data->accused.front().arrests.front().arrest.arrestedAt;
        const QString arrestRow = rowWith(html, displayDateTime(arrestedAt));
        QVERIFY2(arrestRow.contains(kAccusedName), qPrintable(arrestRow));
        QVERIFY2(arrestRow.contains(u"<td>Arrest"_s), qPrintable(arrestRow));
        QVERIFY2(arrestRow.contains(u"Allama Iqbal International Airport"_s), qPrintable(arrestRow));
        QVERIFY(m_prosecutorText.contains(displayDateTime(arrestedAt)));
        // The statement: the victim, in words, with its provision.
        const QString statementRow = rowWith(html, displayDateTime(kStatementAt));
        QVERIFY2(statementRow.contains(kVictimName), qPrintable(statementRow));
        QVERIFY2(statementRow.contains(u"Statement under s.161"_s), qPrintable(statementRow));
        QVERIFY2(statementRow.contains(u"CrPC s.161"_s), qPrintable(statementRow));
        // The judicial remand: before whom, under s.167.
        const QString remandRow = rowWith(html, u"Judicial remand"_s);
        QVERIFY2(remandRow.contains(u"JM Gujranwala"_s) && remandRow.contains(u"CrPC s.167"_s), qPrintable(remandRow));
        for (const QString& header : {u"Date and time"_s, u"Person"_s, u"Event"_s, u"Place"_s, u"Legal reference"_s}) {
            QVERIFY2(html.contains(u"<th>"_s + header + u"</th>"_s), qPrintable(header));
        }
    }

    void noDoubledOrDanglingWords_data() {
        QTest::addColumn<QString>("pdf");
        QTest::addColumn<int>("profile");
        QTest::newRow("prosecutor") << u"prosecutor.pdf"_s << int(RedactionProfile::Prosecutor);
        QTest::newRow("partner") << u"partner.pdf"_s << int(RedactionProfile::Partner);
    }
    void noDoubledOrDanglingWords() {
        QFETCH(QString, pdf);
        QFETCH(int, profile);
        // What officers typed wraps where the page ends a line ("FIR on the complaint of" / "Ayesha Siddiqa"); the
        // dangling-word rule is for the file's own sentences, so a line that is a piece of typed text is skipped.
        auto data = CaseFileLoader::load(*m_f->context, m_f->caseId, RedactionProfile(profile));
        QVERIFY(data);
        QStringList typed{data->caseFile.summary, data->caseFile.title};
        for (const TimelineEvent& e : data->events) {
            typed << e.description;
        }
        auto isTyped = [&typed](const QString& line) {
            static const QRegularExpression columns(u"\\s{2,}"_s);
            const QString last = line.trimmed().split(columns).last();
            return std::any_of(typed.begin(), typed.end(), [&](const QString& t) { return t.contains(last); });
        };
        // Page by page: the marking that ends one page and the one that starts the next are not a doubled word.
        QStringList pages = pdfText(m_out.filePath(pdf)).split(u'\f');
        pages += rawPdfText(m_out.filePath(pdf)).split(u'\f');
        QVERIFY(pages.size() > 6);
        for (const QString& text : pages) {
            static const QRegularExpression doubled(u"\\b([A-Za-z]{2,})\\s+\\1\\b"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
            const auto twice = doubled.match(text);
            QVERIFY2(!twice.hasMatch(), qPrintable(twice.captured(0)));
            static const QRegularExpression dangling(u"\\b(order|of|the)\\s*$"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
            for (const QString& line : text.split(u'\n')) {
                QVERIFY2(!dangling.match(line).hasMatch() || isTyped(line), qPrintable(line));
            }
        }
    }

    void noRawCodes() {
        auto types = ReferenceRepository(*m_f->context).eventTypes();
        QVERIFY(types && !types->empty());
        for (const QString& text : {m_prosecutorText, m_partnerText}) {
            static const QRegularExpression code(u"\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b"_s);
            const auto raw = code.match(text);
            QVERIFY2(!raw.hasMatch(), qPrintable(raw.captured(0)));
            for (const EventType& t : *types) {
                // "STATEMENT 161", "FIR REGISTERED": the code with its underscores made spaces.
                if (t.code.contains(u'_')) {
                    QVERIFY2(!text.contains(QString(t.code).replace(u'_', u' ')), qPrintable(t.code));
                }
            }
            QVERIFY(!text.contains(u"ARREST "_s));
        }
        QVERIFY(m_prosecutorText.contains(u"Statement under s.161"_s));
        QVERIFY(m_prosecutorText.contains(u"FIR registered"_s));
    }

    void paymentsInTheirCurrencyAndInRupees() {
        const QString& t = m_prosecutorText;
        QVERIFY2(t.contains(u"PKR 1,25,00,000"_s), qPrintable(t));
        QVERIFY(t.contains(u"(1.25 crore)"_s));
        QVERIFY(t.contains(u"EUR 8,000"_s));
        QVERIFY(t.contains(u"PKR 24,19,600"_s));
        QVERIFY(t.contains(u"(24.2 lakh)"_s));
        QVERIFY(t.contains(u"1 EUR = 302.45 PKR"_s));
        QVERIFY(t.contains(u"Hawala / hundi"_s) || t.contains(u"Hawala"_s));
        QVERIFY(t.contains(u"Payments recorded: 2. Total in rupees: PKR 1,49,19,600 (1.49 crore)."_s));
    }

    void rupeesInLakhAndCrore_data() {
        QTest::addColumn<qint64>("paisa");
        QTest::addColumn<QString>("text");
        QTest::newRow("below a thousand") << qint64(99'900) << u"PKR 999"_s;
        QTest::newRow("thousands") << qint64(4'000'000) << u"PKR 40,000"_s;
        QTest::newRow("one lakh") << qint64(10'000'000) << u"PKR 1,00,000 (1 lakh)"_s;
        QTest::newRow("lakh and paisa") << qint64(250'000'050) << u"PKR 25,00,000.50 (25 lakh)"_s;
        QTest::newRow("12.34 lakh") << qint64(123'400'000) << u"PKR 12,34,000 (12.34 lakh)"_s;
        QTest::newRow("crore") << qint64(1'234'000'000) << u"PKR 1,23,40,000 (1.23 crore)"_s;
        QTest::newRow("rounds half up") << qint64(1'235'000'000) << u"PKR 1,23,50,000 (1.24 crore)"_s;
        QTest::newRow("hundreds of crore") << qint64(123'456'789'000) << u"PKR 1,23,45,67,890 (123.46 crore)"_s;
    }
    void rupeesInLakhAndCrore() {
        QFETCH(qint64, paisa);
        QFETCH(QString, text);
        QCOMPARE(rupeesText(Money{paisa, u"PKR"_s}), text);
    }

    void routeAsAChainOfCountries() {
        QVERIFY2(m_prosecutorText.contains(u"Pakistan \u2192 Iran \u2192 Turkey \u2192 Greece"_s),
                 qPrintable(m_prosecutorText));
        QVERIFY(m_prosecutorText.contains(u"Alexandroupolis, Greece"_s));
        QVERIFY(m_prosecutorText.contains(u"Kapikoy"_s));
    }

    void documentsListed() {
        QVERIFY(m_prosecutorText.contains(kVictimPassport));
        QVERIFY(m_prosecutorText.contains(kAccusedPassport));
        QVERIFY(m_prosecutorText.contains(u"MK-9/2023"_s));
        QVERIFY(m_prosecutorText.contains(u"Forged"_s));
    }

    void evidenceIndexHasHashAndCustody() {
        auto data = CaseFileLoader::load(*m_f->context, m_f->caseId, RedactionProfile::Prosecutor);
        QVERIFY(data);
        const QString sha = data->evidence.front().item.sha256.isEmpty() ? data->evidence.back().item.sha256
                                                                         : data->evidence.front().item.sha256;
        QVERIFY(m_prosecutorText.contains(sha.left(32)));
        QVERIFY(m_prosecutorText.contains(u"SI Kamran"_s)); // who seized the exhibit: its custody history
    }

    void partnerSeesVictimsOnlyAsPseudonyms() {
        for (const QString& trace :
             {kVictimName, u"Ayesha"_s, u"Siddiqa"_s, kVictimPassport, kVictimCnicDashed, kWitnessName}) {
            QVERIFY2(!m_partnerText.contains(trace, Qt::CaseInsensitive), qPrintable(trace));
        }
        // The victim is still there, under a pseudonym: in the chronology, the payments and as the traveller.
        QVERIFY(m_partnerText.count(u"Trafficking victim 1"_s) >= 4);
        QVERIFY(m_partnerText.contains(u"Travelled by Trafficking victim 1"_s));
        QVERIFY(m_partnerText.contains(kAccusedPassport)); // accused kept
        QVERIFY(m_partnerText.contains(u"Pakistan \u2192 Iran \u2192 Turkey \u2192 Greece"_s));
    }

    void metadataAndPdfA() {
        const QString info = run(u"/usr/bin/pdfinfo"_s, {m_prosecutorPdf}).out;
        auto data = CaseFileLoader::load(*m_f->context, m_f->caseId, RedactionProfile::Prosecutor);
        QVERIFY(data && !data->officeName.isEmpty());
        QVERIFY2(info.contains(u"Title:           Case file C-188/2023"_s), qPrintable(info));
        QVERIFY2(info.contains(u"Author:          "_s + data->officeName), qPrintable(info));
        QVERIFY2(info.contains(u"Subject:         Recruiters of the Libya route, Gujranwala"_s), qPrintable(info));
        QVERIFY2(info.contains(u"CreationDate:"_s), qPrintable(info));
        QVERIFY(info.contains(u"Metadata Stream: yes"_s));
        const QString xmp = run(u"/usr/bin/pdfinfo"_s, {u"-meta"_s, m_prosecutorPdf}).out;
        QVERIFY2(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s), qPrintable(xmp));
        QVERIFY(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s));
        QVERIFY(xmp.contains(u"<rdf:li>"_s + data->officeName.toHtmlEscaped()));
        // pdfinfo reads the rewritten cross-reference table without having to reconstruct it.
        QVERIFY2(!run(u"/usr/bin/pdfinfo"_s, {m_prosecutorPdf}).err.contains(u"Error"_s), "cross-reference");
        // qpdf (where installed; scripts/bootstrap does not install it yet) checks every offset of the rewritten
        // table and exits 3 on any warning.
        if (QFileInfo::exists(u"/usr/bin/qpdf"_s)) {
            const auto checked = run(u"/usr/bin/qpdf"_s, {u"--check"_s, m_prosecutorPdf});
            QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        }
    }

    void textLayerHasOrdinaryWords() {
        for (const QString& text : {m_prosecutorText, rawPdfText(m_prosecutorPdf)}) {
            for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature) {
                QVERIFY2(!text.contains(QChar(ligature)), qPrintable(QString::number(ligature, 16)));
            }
            QVERIFY(text.contains(u"Case file"_s));
            QVERIFY(text.contains(u"Office"_s));
            QVERIFY(text.contains(u"Identifiers and contact"_s));
        }
    }

    void statisticsCountsInWords() {
        const QString path = writePdf(RedactionProfile::Statistics, u"statistics.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Remand orders"_s), qPrintable(text));
        QVERIFY(text.contains(u"Payments"_s));
        QVERIFY(!text.contains(u"custody_periods"_s));
        QVERIFY(!text.contains(u"evidence.files"_s));
    }

    // Last: it adds many events. Rows of the chronology cross page boundaries; every line of them is in the text
    // layer once (the layout also draws the line above a page's top, clipped away but still text).
    void eachLineOnceAcrossPageBreaks() {
        EventRepository events(*m_f->context);
        for (int i = 1; i <= 90; ++i) {
            TimelineEvent e;
            e.caseId = m_f->caseId;
            e.personId = m_f->accusedId;
            e.type = u"RAID"_s;
            e.occurredAt = QDateTime(QDate(2023, 7, 1), QTime(6, 0), Qt::UTC).addSecs(i * 3600);
            e.description = u"Raid number %1 on a safe house in Kamoke where travellers waited for the agent"_s.arg(i);
            QVERIFY(events.add(e));
        }
        const QString path = writePdf(RedactionProfile::Prosecutor, u"long.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = rawPdfText(path);
        QVERIFY(run(u"/usr/bin/pdfinfo"_s, {path}).out.contains(QRegularExpression(u"Pages: +1[0-9]"_s)));
        for (int i = 1; i <= 90; ++i) {
            const QString needle = u"Raid number %1 on"_s.arg(i);
            QVERIFY2(text.count(needle) == 1, qPrintable(u"%1 times: %2"_s.arg(text.count(needle)).arg(needle)));
        }
    }
};

QTEST_MAIN(TestCaseFile)
#include "test_casefile.moc"
