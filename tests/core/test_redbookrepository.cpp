// The Red Book through the repository: editions, entries by zone, status changes, progress counts per zone and
// status, who may compile it, national visibility and the prosecutor-reader's narrower view.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/redbookrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString edition;
    QStringList persons;
    QStringList entryIds; // by serial, 1-based serial n at n - 1

    // 13th edition in miniature: Gujranwala 4, Islamabad 2, Lahore 1.
    void compile() {
        auto repo = this->repo<RedBookRepository>();
        auto ed = repo.addEdition(RedBookEdition{{}, 13, 2025, QDate(2025, 3, 1)});
        QVERIFY2(ed, ed ? "" : qPrintable(ed.error().message));
        edition = *ed;
        int serial = 1;
        for (const char* zone : {"GRW", "GRW", "GRW", "GRW", "ISB", "ISB", "LHR"}) {
            const QString person = addPerson(QStringLiteral("Wanted %1").arg(serial));
            persons << person;
            auto entry = repo.addEntry(RedBookEntry{
                {}, edition, person, officeId(QString::fromLatin1(zone)), serial++, RedBookStatus::Wanted, {}});
            QVERIFY2(entry, entry ? "" : qPrintable(entry.error().message));
            entryIds << *entry;
        }
    }
    QString entryOf(int serial) const { return entryIds.value(serial - 1); }
};

QString progressText(const std::vector<ZoneProgress>& progress) {
    QStringList out;
    for (const ZoneProgress& z : progress) {
        out << QStringLiteral("%1:%2w%3a%4x%5d%6r")
                   .arg(z.zoneCode)
                   .arg(z.wanted)
                   .arg(z.arrested)
                   .arg(z.abroad)
                   .arg(z.deceased)
                   .arg(z.removed);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestRedBookRepository : public QObject {
    Q_OBJECT

private slots:
    void progressByZoneCounts() {
        Fixture f;
        f.compile();
        auto redBook = f.repo<RedBookRepository>();
        QCOMPARE(progressText(*redBook.progressByZone(f.edition)),
                 QStringLiteral("GRW:4w0a0x0d0r ISB:2w0a0x0d0r LHR:1w0a0x0d0r"));
        QVERIFY(redBook.setStatus(f.entryOf(1), RedBookStatus::Arrested, QDate(2025, 4, 2)));
        QVERIFY(redBook.setStatus(f.entryOf(2), RedBookStatus::Arrested, QDate(2025, 5, 9)));
        QVERIFY(redBook.setStatus(f.entryOf(3), RedBookStatus::Abroad, QDate(2025, 5, 9)));
        QVERIFY(redBook.setStatus(f.entryOf(5), RedBookStatus::Deceased, QDate(2025, 6, 1)));
        QVERIFY(redBook.setStatus(f.entryOf(7), RedBookStatus::Removed, QDate(2025, 6, 1)));
        const auto progress = *redBook.progressByZone(f.edition);
        QCOMPARE(progressText(progress), QStringLiteral("GRW:1w2a1x0d0r ISB:1w0a0x1d0r LHR:0w0a0x0d1r"));
        QCOMPARE(progress.front().total(), 4);
        auto entry = redBook.entry(f.entryOf(1));
        QCOMPARE(entry->status, RedBookStatus::Arrested);
        QCOMPARE(entry->statusOn, QDate(2025, 4, 2));
        QCOMPARE(redBook.entries(f.edition, f.officeId(QStringLiteral("ISB")))->size(), std::size_t(2));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("red_book.status"), {}});
        QCOMPARE(audit->size(), std::size_t(5));
        QCOMPARE(audit->front().fields.value(QLatin1String("to")).toString(), QStringLiteral("ARRESTED"));
    }

    void whoMayCompile() {
        Fixture f;
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        f.addUser(QStringLiteral("sup.hq"), Role::Supervisor, QStringLiteral("HQ"));
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        f.compile();
        f.openAs(QStringLiteral("io.gujranwala"));
        const qint64 head = f.auditHead();
        auto asInvestigator = f.repo<RedBookRepository>();
        QCOMPARE(asInvestigator.addEdition(RedBookEdition{{}, 14, 2026, {}}).error().code, ErrorCode::Permission);
        QCOMPARE(
            asInvestigator
                .addEntry(RedBookEntry{
                    {}, f.edition, f.persons.front(), f.officeId(QStringLiteral("GRW")), 99, RedBookStatus::Wanted, {}})
                .error()
                .code,
            ErrorCode::Permission);
        QCOMPARE(f.auditHead(), head);
        // The investigator who makes the arrest records it.
        QVERIFY(asInvestigator.setStatus(f.entryOf(1), RedBookStatus::Arrested, QDate(2025, 4, 2)));
        f.openAs(QStringLiteral("sup.hq"));
        QVERIFY(f.repo<RedBookRepository>().addEdition(RedBookEdition{{}, 14, 2026, {}}));
        f.openAs(QStringLiteral("pros"));
        QCOMPARE(
            f.repo<RedBookRepository>().setStatus(f.entryOf(2), RedBookStatus::Abroad, QDate(2025, 4, 2)).error().code,
            ErrorCode::Permission);
    }

    void badInputChangesNothing() {
        Fixture f;
        f.compile();
        auto redBook = f.repo<RedBookRepository>();
        const qint64 head = f.auditHead();
        const qint64 rows = f.count(QStringLiteral("SELECT count(*) FROM red_book_entries"));
        const QString grw = f.officeId(QStringLiteral("GRW"));
        const QString person = f.persons.front();
        QCOMPARE(redBook.addEdition(RedBookEdition{{}, 13, 2025, {}}).error().code, ErrorCode::Conflict);
        QCOMPARE(redBook.addEdition(RedBookEdition{{}, 0, 2025, {}}).error().code, ErrorCode::Input);
        QCOMPARE(redBook.addEntry(RedBookEntry{{}, f.edition, person, grw, 1, RedBookStatus::Wanted, {}}).error().code,
                 ErrorCode::Conflict); // serial taken
        QCOMPARE(redBook
                     .addEntry(RedBookEntry{
                         {}, f.edition, person, f.officeId(QStringLiteral("GRW-AHTC")), 50, RedBookStatus::Wanted, {}})
                     .error()
                     .code,
                 ErrorCode::Input); // a circle, not a zone
        QCOMPARE(
            redBook.addEntry(RedBookEntry{{}, f.edition, newUuid(), grw, 51, RedBookStatus::Wanted, {}}).error().code,
            ErrorCode::Input);
        QCOMPARE(redBook.addEntry(RedBookEntry{{}, newUuid(), person, grw, 52, RedBookStatus::Wanted, {}}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(redBook.setStatus(f.entryOf(1), RedBookStatus::Arrested, QDate()).error().code, ErrorCode::Input);
        QCOMPARE(redBook.setStatus(newUuid(), RedBookStatus::Arrested, QDate(2025, 1, 1)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM red_book_entries")), rows);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM red_book_editions")), 1);
        QCOMPARE(f.auditHead(), head);
    }

    void nationalExceptForProsecutors() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        f.compile();
        const QString caseId = f.insertCase();
        f.addRole(caseId, f.persons.at(0), QStringLiteral("KINGPIN"));
        f.addRole(caseId, f.persons.at(4), QStringLiteral("AGENT"));
        f.assign(caseId, QStringLiteral("pros"));

        f.openAs(QStringLiteral("io.karachi")); // another office, but the Red Book is national
        QCOMPARE(f.repo<RedBookRepository>().entries(f.edition)->size(), std::size_t(7));
        QCOMPARE(f.repo<RedBookRepository>().progressByZone(f.edition)->size(), std::size_t(3));

        f.openAs(QStringLiteral("pros"));
        auto redBook = f.repo<RedBookRepository>();
        QCOMPARE(redBook.entries(f.edition)->size(), std::size_t(2));
        QCOMPARE(progressText(*redBook.progressByZone(f.edition)), QStringLiteral("GRW:1w0a0x0d0r ISB:1w0a0x0d0r"));
        QCOMPARE(redBook.entry(f.entryOf(2)).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRedBookRepository)
#include "test_redbookrepository.moc"
