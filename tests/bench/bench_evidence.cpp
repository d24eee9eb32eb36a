// Case file PDF and evidence streaming, each against a baseline in the same run.
//   bench_evidence [evidence-MiB=300] [out-dir=.]
// 1. A 500-person case file (150 accused with arrests and remands, 300 victims, 50 witnesses, 400 events, 60 evidence
//    items with custody) rendered to PDF, against drawing the same number of text lines with bare QPainter calls.
// 2. Intake and read-back of a large evidence file into an encrypted database, against a plain file copy; peak RSS
//    before and after shows that memory stays flat however large the file.
#include <cstdio>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>

#include "benchutil.h"
#include "evidence/evidencestore.h"
#include "io/casefilepdf.h"
#include "repo/caserepository.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"
#include "testdatabase.h"

using namespace caselink;

namespace {

qint64 peakRssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
        }
    }
    return -1;
}

CaseFileParty party(int i, PersonRole role, bool arrested) {
    static const QStringList latin{QStringLiteral("Muhammad Aslam"), QStringLiteral("Rana Tariq"),
                                   QStringLiteral("Ghulam Rasool"), QStringLiteral("Ayesha Bibi"),
                                   QStringLiteral("Zafar Iqbal Chaudhry")};
    static const QStringList urdu{QStringLiteral("محمد اسلم"), QStringLiteral("رانا طارق"), QStringLiteral("غلام رسول"),
                                  QStringLiteral("عائشہ بی بی"), QStringLiteral("ظفر اقبال چوہدری")};
    CaseFileParty p;
    p.person.id = QStringLiteral("person-%1").arg(i);
    p.person.nameLatin = latin[i % latin.size()] + QStringLiteral(" %1").arg(i);
    p.person.nameUrdu = urdu[i % urdu.size()];
    p.person.relation = Relation::SonOf;
    p.person.relativeLatin = latin[(i + 2) % latin.size()];
    p.person.cnic = QStringLiteral("34101%1").arg(1000000 + i * 7, 8, 10, QLatin1Char('0')).left(13);
    p.person.phones << QStringLiteral("+92300%1").arg(1000000 + i);
    p.person.addresses.push_back({QStringLiteral("PK"),
                                  QStringLiteral("Punjab"),
                                  QStringLiteral("Gujranwala"),
                                  {},
                                  QStringLiteral("Kamoke"),
                                  QStringLiteral("House %1, Street 4").arg(i)});
    p.label = p.person.nameLatin;
    CaseRole r;
    r.role = role;
    r.nominatedInFir = arrested;
    r.arrestStatus = arrested ? ArrestStatus::Arrested : ArrestStatus::NotApplicable;
    if (isVictimRole(role)) {
        r.victimOutcome = VictimOutcome::Survivor;
    }
    p.roles.push_back(r);
    if (arrested) {
        CaseFileArrest a;
        a.arrest.arrestedAt = QDateTime(QDate(2024, 1, 1).addDays(i), QTime(9, 0), Qt::UTC);
        a.arrest.place = QStringLiteral("Allama Iqbal International Airport");
        a.custody.push_back({{},
                             {},
                             CustodyKind::Physical,
                             QDate(2024, 1, 2).addDays(i),
                             QDate(2024, 1, 8).addDays(i),
                             QStringLiteral("JM Gujranwala"),
                             QStringLiteral("R-%1/2024").arg(i)});
        a.custody.push_back({{},
                             {},
                             CustodyKind::Judicial,
                             QDate(2024, 1, 9).addDays(i),
                             QDate(2024, 1, 22).addDays(i),
                             QStringLiteral("JM Gujranwala"),
                             QStringLiteral("J-%1/2024").arg(i)});
        p.arrests.push_back(a);
    }
    return p;
}

CaseFileData bigCase() {
    CaseFileData d;
    d.caseFile.id = QStringLiteral("bench-case");
    d.caseFile.enquiryNumber = QStringLiteral("E-77/2024");
    d.caseFile.firStation = QStringLiteral("AHTC Gujranwala");
    d.caseFile.firNumber = QStringLiteral("C-188/2024");
    d.caseFile.title = QStringLiteral("Network of recruiters on the Libya route");
    d.caseFile.summary =
        QString(QStringLiteral("Agents recruited migrants in Gujrat and Mandi Bahauddin. ")).repeated(40);
    d.officeCode = QStringLiteral("GRW-AHTC");
    d.officeName = QStringLiteral("AHTC Gujranwala");
    d.generatedBy = QStringLiteral("Inspector Bench");
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.keyFingerprint =
        QStringLiteral("3f2a 91c0 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 aaaa bbbb cccc dddd");
    for (int i = 0; i < 6; ++i) {
        d.offences.push_back({QStringLiteral("o%1").arg(i), QStringLiteral("PSMA-%1").arg(i + 3),
                              QStringLiteral("Smuggling of migrants"), QStringLiteral("تارکین وطن کی اسمگلنگ"),
                              QStringLiteral("3-5 years and fine")});
    }
    int n = 0;
    for (int i = 0; i < 150; ++i) {
        d.accused.push_back(party(n++, PersonRole::Agent, true));
    }
    for (int i = 0; i < 300; ++i) {
        d.victims.push_back(party(n++, PersonRole::SmuggledMigrant, false));
    }
    for (int i = 0; i < 50; ++i) {
        d.others.push_back(party(n++, PersonRole::Witness, false));
    }
    for (int i = 0; i < 400; ++i) {
        d.events.push_back({QStringLiteral("e%1").arg(i),
                            d.caseFile.id,
                            {},
                            QStringLiteral("PHYSICAL_REMAND"),
                            QDateTime(QDate(2024, 1, 1).addDays(i % 300), QTime(10, 0), Qt::UTC),
                            QStringLiteral("CrPC s.167"),
                            QStringLiteral("Remand granted for accused %1").arg(i)});
    }
    for (int i = 0; i < 60; ++i) {
        CaseFileEvidence e;
        e.item.kind = i % 3 == 0 ? EvidenceKind::Exhibit : EvidenceKind::File;
        e.item.title = QStringLiteral("Phone extraction %1").arg(i);
        e.item.fileName = QStringLiteral("extraction-%1.zip").arg(i);
        e.item.sha256 = QString(64, QLatin1Char('a' + i % 6));
        e.item.sizeBytes = 1024 * 1024 * (i + 1);
        e.item.malkhanaRef = QStringLiteral("M-%1/2024").arg(i);
        for (int k = 0; k < 3; ++k) {
            e.custody.push_back({{},
                                 {},
                                 static_cast<CustodyAction>(k),
                                 QDateTime::currentDateTimeUtc().addDays(k - 10),
                                 QStringLiteral("SI Kamran"),
                                 QStringLiteral("Moharrar Aslam"),
                                 QStringLiteral("Malkhana AHTC Gujranwala"),
                                 {},
                                 QStringLiteral("io.bench"),
                                 {}});
        }
        d.evidence.push_back(e);
    }
    return d;
}

int lineCount(const CaseFileData& d) {
    int lines = 40;
    for (const auto* g : {&d.accused, &d.victims, &d.others}) {
        for (const CaseFileParty& p : *g) {
            lines += 4 + static_cast<int>(p.arrests.size()) * 3;
        }
    }
    return lines + static_cast<int>(d.events.size()) + static_cast<int>(d.evidence.size()) * 6;
}

void plainLines(int lines) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QPainter p(&writer);
    int y = 200;
    for (int i = 0; i < lines; ++i) {
        p.drawText(200, y, QStringLiteral("Line %1 Muhammad Aslam s/o Ghulam Rasool CNIC 34101-1234567-1").arg(i));
        y += 60;
        if (y > writer.height() - 200) {
            writer.newPage();
            y = 200;
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int evidenceMiB = argc > 1 ? std::atoi(argv[1]) : 300;
    const QString outDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::currentPath();

    std::printf("== Case file PDF, 500 persons ==\n");
    const CaseFileData data = bigCase();
    int pages = 0;
    const auto pdf = bench::measure(3, [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        pages = CaseFilePdf::write(data, buffer)->pages;
    });
    const auto plain = bench::measure(3, [&] { plainLines(lineCount(data)); });
    bench::printRow("case file PDF (500 persons)", pdf);
    bench::printRow("baseline: same line count, bare drawText", plain);
    std::printf("pages %d, ratio %.2fx baseline, %s the 2 s budget\n", pages, pdf.median / plain.median,
                pdf.median < 2000 ? "within" : "OVER");
    if (auto written = CaseFilePdf::write(data, QDir(outDir).filePath(QStringLiteral("bench-casefile-500.pdf")));
        !written) {
        std::fprintf(stderr, "case file PDF: %s\n", qPrintable(written.error().message));
    }
    CaseFilePdfOptions rtl;
    rtl.direction = Qt::RightToLeft;
    if (auto written =
            CaseFilePdf::write(data, QDir(outDir).filePath(QStringLiteral("bench-casefile-500-rtl.pdf")), rtl);
        !written) {
        std::fprintf(stderr, "case file PDF (right to left): %s\n", qPrintable(written.error().message));
    }

    std::printf("\n== Evidence streaming, %d MiB ==\n", evidenceMiB);
    test::TestDatabase db;
    auto session = db.unlock();
    auto context = std::move(*RepositoryContext::create(*session));
    CaseRepository cases(*context);
    CaseRecord c;
    c.enquiryNumber = QStringLiteral("E-1/2024");
    c.enquiryDate = QDate(2024, 1, 1);
    const QString caseId = cases.create(c)->id;
    const QString source = db.dir() + QStringLiteral("/large.bin");
    {
        QFile f(source);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < evidenceMiB; ++i) {
            for (int k = 0; k < block.size(); k += 4) {
                *reinterpret_cast<quint32*>(block.data() + k) = static_cast<quint32>(i * 2654435761u + k);
            }
            f.write(block);
        }
    }
    const qint64 rssBefore = peakRssMiB();
    EvidenceStore store(*context);
    QString id;
    const auto intake = bench::measure(1, [&] { id = store.addFile(caseId, source)->id; });
    const qint64 rssAfterIntake = peakRssMiB();
    const auto readBack = bench::measure(1, [&] {
        QFile out(db.dir() + QStringLiteral("/back.bin"));
        out.open(QIODevice::WriteOnly);
        (void)store.writeTo(id, out);
    });
    const qint64 rssAfterRead = peakRssMiB();
    const auto copy = bench::measure(1, [&] { QFile::copy(source, db.dir() + QStringLiteral("/copy.bin")); });
    bench::printRow("intake into the encrypted database", intake);
    bench::printRow("read back (hash checked)", readBack);
    bench::printRow("baseline: plain file copy", copy);
    std::printf("intake %.1fx, read %.1fx the copy; peak RSS %lld MiB before, %lld after intake, %lld after read "
                "(file %d MiB; SQLite page cache up to %d MiB)\n",
                intake.median / copy.median, readBack.median / copy.median, rssBefore, rssAfterIntake, rssAfterRead,
                evidenceMiB, Database::kPageCacheKiB / 1024);
    return 0;
}
