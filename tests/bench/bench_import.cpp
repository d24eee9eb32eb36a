// Import throughput: a generated arrests or persons CSV (default 1,000,000 rows) imported into a fresh encrypted
// database through the full import path (streaming CSV reader, domain validation, person matching, the writes the
// repositories make, one transaction, one audit entry), against the SQLCipher shell's own `.import` of the same file
// into the same kind of encrypted database, in the same run. Peak memory from getrusage.
//
// Workload: 1,000 registered cases (FIR C-1/2024 .. C-1000/2024). Each row names one of them, a person (name,
// father's name, CNIC, Latin script), a date and time of arrest in one of three formats, a place and a category.
// 80% of the rows bring a new person (a new CNIC); 20% repeat a CNIC seen earlier in the file, so the person is
// matched and linked. Each new person also gets a name look-up for look-alikes (the review queue).
//
// The persons file (--kind persons) holds the same persons without the case columns: name, father's name, CNIC,
// mobile number (half the rows) and date of birth.
//
// --no-cnic P leaves the CNIC out for P% of the persons (name matching then has to search every record for them).
//
// Usage: bench_import [ROWS] [--ids-only] [--kind arrests|persons] [--no-cnic P]
//   --ids-only skips the run with name matching, whose per-row full-text look-up over the import's own growing,
//   uncommitted index makes it superlinear (see the report in the commit history); measured up to 200,000 rows.
#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "crypto/crypto.h"
#include "importer/importer.h"
#include "repo/caserepository.h"
#include "testdatabase.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

// User + system CPU seconds of this process (self) or of its waited-for children (the sqlcipher shell): on a machine
// shared with other work the wall clock measures the neighbours too, CPU time does not.
double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Timing {
    double seconds = 0;
    double cpu = 0;
};

long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

const char* const kGiven[] = {"Muhammad", "Ali",    "Bilal",  "Kamran", "Tariq", "Asif",  "Imran", "Zahid",
                              "Shahid",   "Naveed", "Farhan", "Usman",  "Hamza", "Adnan", "Sajid", "Waqas"};
const char* const kSecond[] = {"Ahmed", "Raza", "Hussain", "Iqbal", "Akram", "Khan",  "Mehmood", "Aslam",
                               "Butt",  "Shah", "Rafiq",   "Javed", "Anwar", "Nawaz", "Latif",   "Saleem"};
const char* const kPlaces[] = {"Islamabad Airport", "Lahore Airport", "Gujrat",
                               "Sialkot",           "Gujranwala",     "Mandi Bahauddin"};

bool writeCsv(const QString& path, int rows, bool persons, int noCnicPercent) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray chunk = persons ? "Name,Father Name,CNIC,Mobile,Date of Birth\n"
                               : "FIR No,Name,Father Name,CNIC,Date of Arrest,Place,Category\n";
    int newPersons = 0;
    for (int i = 0; i < rows; ++i) {
        const bool repeat = i % 5 == 4 && newPersons > 0;
        const int person = repeat ? int((qint64(i) * 7919) % newPersons) : newPersons++;
        const int day = 1 + i % 28;
        const int month = 1 + (i / 28) % 12;
        QString date;
        switch (i % 3) {
        case 0:
            date = u"%1-%2-2024 %3:%4"_s.arg(day, 2, 10, QLatin1Char('0'))
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(i % 24, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'));
            break;
        case 1:
            date = u"2024-%1-%2"_s.arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
            break;
        default:
            date = u"%1/%2/2024"_s.arg(day).arg(month);
        }
        const QString name =
            u"%1 %2"_s.arg(QLatin1String(kGiven[person % 16]), QLatin1String(kSecond[(person / 16) % 16]));
        const QString father =
            u"%1 %2"_s.arg(QLatin1String(kGiven[(person / 256) % 16]), QLatin1String(kSecond[(person / 4096) % 16]));
        const QString cnic = person % 100 < noCnicPercent
                                 ? QString()
                                 : u"3520%1%2"_s.arg(person, 8, 10, QLatin1Char('0')).arg(person % 2 == 0 ? 1 : 3);
        const QString line =
            persons ? u"%1,%2,%3,%4,%5\n"_s.arg(name, father, cnic,
                                                person % 2 == 0 ? u"0300%1"_s.arg(person, 7, 10, QLatin1Char('0'))
                                                                : QString(),
                                                date.section(u' ', 0, 0).replace(u"2024"_s, u"1990"_s))
                    : u"C-%1/2024,%2,%3,%4,%5,%6,%7\n"_s.arg(1 + i % 1000)
                          .arg(name, father, cnic, date, QLatin1String(kPlaces[i % 6]),
                               i % 10 == 0 ? u"PO"_s : u"general"_s);
        chunk += line.toUtf8();
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

Timing sqlcipherShellImport(const QString& csv, const QString& dir) {
    const QString db = dir + u"/shell.db"_s;
    const QString key = QString::fromLatin1(crypto::randomBytes(32).toHex());
    QProcess shell;
    shell.start(u"sqlcipher"_s, {db});
    if (!shell.waitForStarted()) {
        return {-1, -1};
    }
    // Same cipher settings as CaseLink's databases: a raw 256-bit key, HMAC-SHA256 pages, WAL, synchronous FULL.
    const QString script = u"PRAGMA key = \"x'%1'\";\nPRAGMA cipher_hmac_algorithm = HMAC_SHA256;\n"
                           "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n"
                           ".mode csv\n.import %2 arrests_raw\nSELECT count(*) FROM arrests_raw;\n"_s.arg(key, csv);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const Timing timing{double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpuBefore};
    const QString out = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    std::printf("sqlcipher shell: %s rows imported (stderr: %s)\n", qPrintable(out.section(u'\n', -1)),
                qPrintable(QString::fromUtf8(shell.readAllStandardError()).trimmed().left(200)));
    return timing;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int rows = 1000000;
    bool idsOnly = false;
    bool persons = false;
    int noCnic = 0;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--help"_s || args[i] == u"-h"_s) {
            std::printf("Usage: bench_import [ROWS] [--ids-only] [--kind arrests|persons] [--no-cnic PERCENT]\n"
                        "Imports a generated CSV of ROWS rows (default 1000000) twice into fresh encrypted databases\n"
                        "(with name matching, then identifiers only; --ids-only skips the first) and the same file\n"
                        "with the sqlcipher shell's .import, and prints rows/s of each and their ratio.\n"
                        "--no-cnic leaves the CNIC out for that share of the persons (default 0).\n");
            return 0;
        }
        if (args[i] == u"--ids-only"_s) {
            idsOnly = true;
        } else if (args[i] == u"--no-cnic"_s && i + 1 < args.size()) {
            noCnic = std::clamp(args[++i].toInt(), 0, 100);
        } else if (args[i] == u"--kind"_s && i + 1 < args.size()) {
            persons = args[++i] == u"persons"_s;
        } else if (args[i].toInt() > 0) {
            rows = args[i].toInt();
        }
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(persons ? u"persons.csv"_s : u"arrests.csv"_s);
    if (!writeCsv(csv, rows, persons, noCnic)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    std::printf("%d %s rows (%d%% without a CNIC), %.1f MB CSV\n", rows, persons ? "person" : "arrest", noCnic,
                double(QFile(csv).size()) / 1e6);
    const ImportKind kind = persons ? ImportKind::Persons : ImportKind::Arrests;

    struct Outcome {
        double seconds = 0;
        double cpu = 0;
        long rssBefore = 0;
        long rssAfter = 0;
    };
    auto runImport = [&](bool matchNames) -> Outcome {
        test::TestDatabase database;
        auto session = database.unlock();
        auto context = RepositoryContext::create(*session);
        if (!session || !context) {
            std::fprintf(stderr, "cannot open the database\n");
            return Outcome{};
        }
        CaseRepository cases(**context);
        for (int i = 1; i <= 1000; ++i) {
            CaseRecord c;
            c.firNumber = u"C-%1/2024"_s.arg(i);
            c.firDate = QDate(2024, 1, 1);
            c.status = CaseStatus::FirRegistered;
            if (!cases.create(c)) {
                std::fprintf(stderr, "cannot create case %d\n", i);
                return Outcome{};
            }
        }
        const long rssBefore = peakRssKiB();

        auto source = RowSource::open(csv);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().message));
            return Outcome{};
        }
        ImportOptions options;
        options.kind = kind;
        options.matchNames = matchNames;
        options.mapping = suggestMapping(kind, (*source)->headers());
        options.fileName = csv;
        options.sha256 = *RowSource::sha256(csv);
        qint64 issues = 0;
        options.onIssue = [&](const ImportIssue&) {
            ++issues;
        };
        Importer importer(**context);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        auto summary = importer.run(**source, options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        if (!summary) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(summary.error().message));
            return Outcome{};
        }
        const long rssAfter = peakRssKiB();
        std::printf(
            "CaseLink import: rows %lld, imported %lld, matched %lld, rejected %lld, review %lld, issues %lld\n",
            summary->rows, summary->imported, summary->matched, summary->rejected, summary->review, issues);
        return {seconds, cpu, rssBefore, rssAfter};
    };
    const Outcome withNames = idsOnly ? Outcome{-1, 0, 0, 0} : runImport(true);
    const Outcome identifiersOnly = runImport(false);
    if ((!idsOnly && withNames.seconds <= 0) || identifiersOnly.seconds <= 0) {
        return 1;
    }
    const Timing shell = sqlcipherShellImport(csv, dir.path());
    const double shellRate = rows / shell.seconds;
    const double shellCpuRate = rows / shell.cpu;
    std::printf("%-44s %9s %12s %9s %14s\n", "", "wall s", "rows/s", "CPU s", "rows/CPU-s");
    auto line = [&](const char* what, double seconds, double cpu) {
        std::printf("%-44s %9.2f %12.0f %9.2f %14.0f\n", what, seconds, rows / seconds, cpu, rows / cpu);
    };
    if (!idsOnly) {
        line("CaseLink import, identifier + name matching", withNames.seconds, withNames.cpu);
    }
    line("CaseLink import, identifier matching only", identifiersOnly.seconds, identifiersOnly.cpu);
    line("sqlcipher shell .import (raw text table)", shell.seconds, shell.cpu);
    const double rate = idsOnly ? 0 : rows / withNames.seconds;
    const double rateIds = rows / identifiersOnly.seconds;
    std::printf("%-44s wall %.3f / %.3f, CPU %.3f / %.3f   (budget 200000 rows/s: %s)\n",
                "CaseLink / shell rate (names / ids only)", rate / shellRate, rateIds / shellRate,
                idsOnly ? 0.0 : rows / withNames.cpu / shellCpuRate, rows / identifiersOnly.cpu / shellCpuRate,
                std::max(rate, rateIds) >= 200000 ? "met" : "NOT met");
    const Outcome& first = idsOnly ? identifiersOnly : withNames;
    std::printf("peak RSS: %ld MiB before the first import, %ld MiB after it, %ld MiB at the end\n",
                first.rssBefore / 1024, first.rssAfter / 1024, identifiersOnly.rssAfter / 1024);
    return 0;
}
