// The case file in the Urdu profile, as the window writes it when the interface is in Urdu: every heading of the
// file's sections in Urdu, event types and countries from the reference tables' Urdu titles, the route's arrows
// pointing the way the text reads, and office times that keep their day-month-year order. pdftotext gives Arabic
// script as presentation forms, so the text is compared after NFKC normalisation without bidi marks.
#include <QTemporaryDir>
#include <QtTest>

#include "bundletools.h"
#include "domain/localtime.h"
#include "evidencefixture.h"
#include "io/casefilepdf.h"
#include "repo/routerepository.h"
#include "ui/language.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

// pdftotext puts Naskh letters out as presentation forms and breaks words where glyphs are positioned apart, so
// text is compared in NFKC, without bidi marks and without white space.
QString readable(const QString& text) {
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(u"[\u200E\u200F\u202A-\u202E\u2066-\u2069\\s]"_s));
    return out;
}

} // namespace

class TestCaseFileUrdu : public QObject {
    Q_OBJECT

    QTemporaryDir m_out;

private slots:
    void cleanupTestCase() { applyLanguage(u"en"_s); }

    void urduFileHasUrduHeadings() {
        EvidenceFixture f;
        RouteLeg leg;
        leg.caseId = f.caseId;
        leg.personId = f.victimId;
        leg.fromCountry = u"PK"_s;
        leg.fromPlace = u"Taftan"_s;
        leg.toCountry = u"IR"_s;
        leg.toPlace = u"Mirjaveh"_s;
        QVERIFY(RouteRepository(*f.context).add(leg));
        leg.fromCountry = u"IR"_s;
        leg.fromPlace = u"Maku"_s;
        leg.toCountry = u"TR"_s;
        leg.toPlace = u"Van"_s;
        QVERIFY(RouteRepository(*f.context).add(leg));

        QVERIFY(applyLanguage(u"ur"_s));
        auto data = CaseFileLoader::load(*f.context, f.caseId, RedactionProfile::Prosecutor);
        QVERIFY(data);
        CaseFilePdfOptions options;
        options.direction = Qt::RightToLeft;
        const QString path = m_out.filePath(u"urdu.pdf"_s);
        QVERIFY(CaseFilePdf::write(*data, path, options));
        if (qEnvironmentVariableIsSet("CASELINK_KEEP_PDF")) {
            QFile::copy(path, qEnvironmentVariable("CASELINK_KEEP_PDF"));
        }
        const QString text = readable(pdfText(path));
        for (const QString& english :
             {u"Chronology"_s, u"Payments"_s, u"Route"_s, u"Documents"_s, u"Evidence index"_s, u"Accused"_s,
              u"Date and time"_s, u"Times shown in"_s, u"Legal reference"_s, u"None recorded"_s, u"FIR registered"_s}) {
            QVERIFY2(!text.contains(readable(english)), qPrintable(english));
        }
        for (const QString& urdu : {u"ادائیگیاں"_s, u"راستہ"_s, u"دستاویزات"_s, u"تاریخ و وقت"_s, u"فرد"_s, u"مقام"_s,
                                    u"ایف آئی آر درج"_s, u"اوقات بمطابق"_s}) {
            QVERIFY2(text.contains(readable(urdu)), qPrintable(urdu));
        }
        // Status, role, arrest category and remand kind come from the domain's own catalogue context.
        for (const QString& english : {u"Under investigation"_s, u"Agent"_s, u"Physical remand"_s}) {
            QVERIFY2(!text.contains(readable(english)), qPrintable(english));
        }
        // Pakistan ← Iran ← Turkey in Urdu: read right to left, the arrows point the way of travel.
        QVERIFY2(text.contains(u"پاکستان"_s) && text.contains(u"\u2190"_s), qPrintable(text));
        QVERIFY(!text.contains(u"\u2192"_s));
        // The arrest's office time keeps its order (day-month-year, then hours:minutes), in the digits it was given.
        const QString arrested = readable(displayDateTime(data->accused.front().arrests.front().arrest.arrestedAt));
        QVERIFY2(text.contains(arrested), qPrintable(arrested));
    }
};

QTEST_MAIN(TestCaseFileUrdu)
#include "test_casefile_urdu.moc"
