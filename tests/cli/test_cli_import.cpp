// caselink-cli import and match as an administrator's script runs them: a dry run that writes nothing, an import
// whose error report lists every rejected row (with formulas neutralised), a saved mapping reused on a file with
// other headers, a watch-list run printing hits with scores and reasons, and the kinds beyond persons: a Red Book
// edition, an airport offload list, the payments of a case, and victims, which need the victim grant.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "processrun.h"
#include "repo/caserepository.h"
#include "security/session.h"

using namespace Qt::StringLiterals;

namespace {

const QString kAdmin = u"admin.cli"_s;
const QString kPassword = u"Adm1n-pass-Qx7"_s;
const QString kData = QStringLiteral(CASELINK_IMPORT_DATA);
const QStringList kFastKdf{u"--kdf-memory"_s, u"8192"_s, u"--kdf-time"_s, u"1"_s, u"--kdf-parallelism"_s, u"1"_s};

using Run = caselink::test::ProcessResult;

const QString kVictimOfficer = u"io.victims"_s;
const QString kVictimPassword = u"Vict1m-grant-Zr4"_s;

Run cli(const QStringList& arguments, const QString& password = kPassword, const QString& newPassword = {}) {
    return caselink::test::runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, password, newPassword);
}

QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeText(const QString& path, const QString& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QStringList base(const QString& command) const { return {command, u"--db"_s, m_db, u"--user"_s, kAdmin}; }

private slots:
    void initTestCase() {
        m_db = m_dir.filePath(u"import.caselink"_s);
        const Run init =
            cli(QStringList{u"init"_s, u"--db"_s, m_db, u"--admin"_s, kAdmin, u"--office"_s, u"GRW-AHTC"_s} + kFastKdf);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void dryRunWritesNothing() {
        const Run dry = cli(base(u"import"_s) << u"--kind"_s << u"persons"_s << u"--file"_s
                                              << kData + u"/persons_messy.csv"_s << u"--dry-run"_s);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(u"Dry run"_s));
        QVERIFY2(dry.out.contains(u"rows 9: imported 6, matched 0, rejected 3"_s), qPrintable(dry.out));
        const Run info = cli(base(u"info"_s));
        QVERIFY2(info.out.contains(QRegularExpression(u"[Pp]ersons\\W+0\\b"_s)), qPrintable(info.out));
    }

    void importWritesReportOfEveryRejectedRow() {
        const QString report = m_dir.filePath(u"report.csv"_s);
        const Run run = cli(base(u"import"_s) << u"--kind"_s << u"persons"_s << u"--file"_s
                                              << kData + u"/persons_messy.csv"_s << u"--report"_s << report);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"rows 9: imported 6, matched 0, rejected 3"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"SHA-256"_s));
        const QString text = readText(report);
        QVERIFY(text.contains(u"7,CNIC,error,cnic.length"_s));
        QVERIFY(text.contains(u"8,Name,error,person.name_missing"_s));
        QVERIFY(text.contains(u"9,DOB,error,date.month_day_order"_s));
        QVERIFY(text.contains(u"import.ragged"_s));
        // Importing the same file again links the four persons with a CNIC and holds the two without one for review.
        const Run again =
            cli(base(u"import"_s) << u"--kind"_s << u"persons"_s << u"--file"_s << kData + u"/persons_messy.csv"_s);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"imported 2, matched 4, rejected 3; held for review 2"_s), qPrintable(again.out));
        // Identifier matching only: the same links, no name look-alikes held for review.
        const Run idsOnly =
            cli(base(u"import"_s) << u"--kind"_s << u"persons"_s << u"--file"_s << kData + u"/persons_messy.csv"_s
                                  << u"--dry-run"_s << u"--no-name-matching"_s);
        QVERIFY2(idsOnly.out.contains(u"imported 2, matched 4, rejected 3; held for review 0"_s),
                 qPrintable(idsOnly.out));
    }

    void savedMappingIsReusedAndFormulasAreNeutralisedInTheReport() {
        const QString file = m_dir.filePath(u"odd.csv"_s);
        QVERIFY(
            writeText(file, u"Person;=ID();Parent\nKamal Din;12345;Noor Din\nBadar Munir;61101-9999999-9;Munir\n"_s));
        const QString mapping = m_dir.filePath(u"mapping.json"_s);
        QVERIFY(writeText(mapping, u"{\"kind\": \"persons\", \"fields\": {\"name\": \"Person\", \"cnic\": \"=ID()\", "
                                   "\"father\": 3}}"_s));
        const QString report = m_dir.filePath(u"odd-report.csv"_s);
        const QString saved = m_dir.filePath(u"saved.json"_s);
        const Run run = cli(base(u"import"_s) << u"--kind"_s << u"persons"_s << u"--file"_s << file << u"--mapping"_s
                                              << mapping << u"--report"_s << report << u"--save-mapping"_s << saved);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"rows 2: imported 1, matched 0, rejected 1"_s), qPrintable(run.out));
        const QString text = readText(report);
        QVERIFY2(text.contains(u"2,'=ID(),error,cnic.length"_s), qPrintable(text));
        QVERIFY(readText(saved).contains(u"=ID()"_s));

        const Run missing = cli(base(u"import"_s) << u"--kind"_s << u"arrests"_s << u"--file"_s << file);
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(u"FIR number"_s), qPrintable(missing.err));
    }

    void watchListMatchListsHitsWithReasons() {
        const Run list =
            cli(base(u"import"_s) << u"--kind"_s << u"watchlist"_s << u"--file"_s << kData + u"/watchlist_ecl.csv"_s);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(u"rows 3: imported 2, matched 0, rejected 1"_s), qPrintable(list.out));
        // Ali Raza s/o Muhammad Akram is on record from the persons import; a look-alike on the list is flagged.
        const QString more = m_dir.filePath(u"pcl.csv"_s);
        QVERIFY(writeText(more, u"Name,Father Name\nAli Rza,Mohammad Akram\n"_s));
        const Run pcl =
            cli(base(u"import"_s) << u"--kind"_s << u"watchlist"_s << u"--list"_s << u"PCL"_s << u"--file"_s << more);
        QVERIFY2(pcl.exitCode == 0, qPrintable(pcl.err));
        QVERIFY2(pcl.out.contains(u"held for review 1"_s), qPrintable(pcl.out));
        const QString csv = m_dir.filePath(u"hits.csv"_s);
        const Run match = cli(base(u"match"_s) << u"--list"_s << u"PCL"_s << u"--csv"_s << csv);
        QVERIFY2(match.exitCode == 0, qPrintable(match.err));
        QVERIFY2(match.out.contains(u"Ali Raza"_s), qPrintable(match.out));
        QVERIFY(match.out.contains(u"1 hit"_s));
        QVERIFY(readText(csv).contains(u"Ali Raza"_s));
        const Run unknown = cli(base(u"match"_s) << u"--list"_s << u"NOPE"_s);
        QVERIFY(unknown.exitCode != 0);
    }

    void helpNamesEveryKind() {
        const Run help = cli({u"import"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QString options = help.out.simplified();
        QVERIFY2(options.contains(u"persons, arrests, watchlist, victims, payments, routes, redbook, offloads"_s),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(u"--edition-year"_s));
    }

    void redBookEditionThroughTheBinary() {
        const QString report = m_dir.filePath(u"redbook-report.csv"_s);
        const Run run = cli(base(u"import"_s) << u"--kind"_s << u"redbook"_s << u"--file"_s
                                              << kData + u"/redbook_messy.csv"_s << u"--edition"_s << u"13"_s
                                              << u"--edition-year"_s << u"2025"_s << u"--report"_s << report);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"rows 9: imported 4, matched 0, rejected 5"_s), qPrintable(run.out));
        const QString text = readText(report);
        QVERIFY2(text.contains(u"7,Zone,error,red_book.zone"_s), qPrintable(text));
        QVERIFY(text.contains(u"9,S.No,error,red_book.serial_taken"_s));
        // A new edition needs its year.
        const Run noYear =
            cli(base(u"import"_s) << u"--kind"_s << u"redbook"_s << u"--file"_s << kData + u"/redbook_messy.csv"_s
                                  << u"--edition"_s << u"14"_s << u"--dry-run"_s);
        QVERIFY2(noYear.out.contains(u"imported 0, matched 0, rejected 9"_s), qPrintable(noYear.out));
        const Run match = cli(base(u"match"_s) << u"--list"_s << u"RED_BOOK"_s);
        QVERIFY2(match.exitCode == 0, qPrintable(match.err));
    }

    void offloadListThroughTheBinary() {
        const Run run =
            cli(base(u"import"_s) << u"--kind"_s << u"offloads"_s << u"--file"_s << kData + u"/offloads_messy.csv"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"rows 7: imported 3, matched 0, rejected 4"_s), qPrintable(run.out));
        QVERIFY(run.err.contains(u"offload.date_missing"_s) || run.err.contains(u"date of offloading is empty"_s));
        const Run again =
            cli(base(u"import"_s) << u"--kind"_s << u"offloads"_s << u"--file"_s << kData + u"/offloads_messy.csv"_s);
        QVERIFY2(again.out.contains(u"imported 0, matched 3, rejected 4"_s), qPrintable(again.out));
        const Run match = cli(base(u"match"_s) << u"--list"_s << u"OFFLOADED"_s);
        QVERIFY2(match.exitCode == 0, qPrintable(match.err));
    }

    void paymentsAndVictimsOfACaseThroughTheBinary() {
        {
            // The case is registered the way the desktop application registers it.
            auto session = caselink::Session::unlock(m_db, kAdmin, caselink::SecureBytes::fromUtf8(kPassword));
            QVERIFY(session);
            auto context = caselink::RepositoryContext::create(**session);
            QVERIFY(context);
            caselink::CaseRecord c;
            c.firNumber = u"C-41/2025"_s;
            c.firDate = QDate(2025, 1, 8);
            c.status = caselink::CaseStatus::UnderInvestigation;
            QVERIFY((caselink::CaseRepository(**context).create(c)));
        }
        const Run payments =
            cli(base(u"import"_s) << u"--kind"_s << u"payments"_s << u"--file"_s << kData + u"/payments_messy.csv"_s);
        QVERIFY2(payments.exitCode == 0, qPrintable(payments.err + payments.out));
        QVERIFY2(payments.out.contains(u"rows 11:"_s) && payments.out.contains(u"rejected 6"_s),
                 qPrintable(payments.out));
        // Victims: refused for an account without the grant (exit 2), imported by one with it.
        const Run refused = cli(base(u"import"_s) << u"--kind"_s << u"victims"_s << u"--file"_s
                                                  << kData + u"/victims_messy.csv"_s << u"--dry-run"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"victim grant"_s), qPrintable(refused.err));
        const Run added =
            cli(QStringList{u"user"_s, u"add"_s, u"--db"_s, m_db, u"--user"_s, kAdmin, u"--name"_s, kVictimOfficer,
                            u"--role"_s, u"investigator"_s, u"--office"_s, u"GRW-AHTC"_s, u"--victim-grant"_s} +
                    kFastKdf,
                kPassword, kVictimPassword);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run victims = cli(QStringList{u"import"_s, u"--db"_s, m_db, u"--user"_s, kVictimOfficer, u"--kind"_s,
                                            u"victims"_s, u"--file"_s, kData + u"/victims_messy.csv"_s},
                                kVictimPassword);
        QVERIFY2(victims.exitCode == 0, qPrintable(victims.err + victims.out));
        QVERIFY2(victims.out.contains(u"rows 9:"_s) && victims.out.contains(u"rejected 6"_s), qPrintable(victims.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
