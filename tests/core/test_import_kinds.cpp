// The import kinds beyond persons, arrests and watch lists, on a real encrypted database: a messy file per kind
// (mixed date formats, CNICs with and without dashes, Urdu and Latin names, a blank line, one bad row per kind of
// error) whose every bad row is reported with its reason, good rows read back through the repositories exactly as
// hand-entered records would show, dry runs and cancels that leave the database as it was, and the permissions:
// victims need the victim grant, Red Book editions an administrator or supervisor.
#include <QTest>
#include <QTimeZone>

#include "importer/importer.h"
#include "importer/importrecords.h"
#include "importer/watchlistmatch.h"
#include "repo/caserepository.h"
#include "repo/eventrepository.h"
#include "repo/paymentrepository.h"
#include "repo/personinsight.h"
#include "repo/personrepository.h"
#include "repo/redbookrepository.h"
#include "repo/routerepository.h"
#include "storage/database.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace caselink;
using namespace caselink::test;

namespace {

const QString kData = QStringLiteral(CASELINK_IMPORT_DATA);
const QString kVictimOfficer = u"io.victims"_s;
const QString kPlainOfficer = u"io.plain"_s;

struct Run {
    ImportSummary summary;
    std::vector<ImportIssue> issues;
    Error error;
    bool failed = false;
};

struct RunOptions {
    bool dryRun = false;
    bool cancelAtFirstIssue = false;
    int edition = 0;
    int editionYear = 0;
};

QString password(const QString& user) {
    return u"password of "_s + user;
}

} // namespace

class TestImportKinds : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RepositoryContext> m_context;
    QString m_caseId;

    void signIn(const QString& user) {
        m_context.reset();
        m_session.reset();
        m_session = user == kAdmin ? m_db->unlock() : m_db->unlock(user, password(user));
        QVERIFY(m_session);
        m_context = std::move(*RepositoryContext::create(*m_session));
    }

    qint64 count(const QString& sql) {
        auto v = m_context->db().scalar(sql);
        return v ? v->toLongLong() : -1;
    }

    // What a user would notice changing: the rows of every table an import writes, and the audit chain's head.
    QString fingerprint() {
        QStringList parts;
        for (const char* table : {"persons", "person_search", "person_phones", "person_passports", "person_addresses",
                                  "case_persons", "payments", "route_legs", "red_book_editions", "red_book_entries",
                                  "events", "import_batches", "import_review", "audit_log"}) {
            parts << QString::number(count(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))));
        }
        auto head = m_context->db().scalar(u"SELECT hex(hash) FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        parts << (head ? head->toString() : QString());
        return parts.join(u'/');
    }

    Run import(const QString& file, ImportKind kind, const RunOptions& how = {}) {
        Run run;
        const QString path = file.startsWith(u'/') ? file : kData + u'/' + file;
        auto source = RowSource::open(path);
        if (!source) {
            run.failed = true;
            run.error = source.error();
            return run;
        }
        std::atomic<bool> cancel = false;
        ImportOptions options;
        options.kind = kind;
        options.mapping = suggestMapping(kind, (*source)->headers());
        options.dryRun = how.dryRun;
        options.cancel = &cancel;
        options.edition = how.edition;
        options.editionYear = how.editionYear;
        options.fileName = path;
        options.sha256 = *RowSource::sha256(path);
        options.onIssue = [&](const ImportIssue& issue) {
            run.issues.push_back(issue);
            cancel = cancel || how.cancelAtFirstIssue;
        };
        auto summary = Importer(*m_context).run(**source, options);
        if (!summary) {
            run.failed = true;
            run.error = summary.error();
        } else {
            run.summary = *summary;
        }
        return run;
    }

    static QStringList codesOfRow(const Run& run, qint64 row) {
        QStringList codes;
        for (const ImportIssue& i : run.issues) {
            if (i.row == row) {
                codes << i.code;
            }
        }
        return codes;
    }

    // Every rejected row has an error naming its column and saying why; rows expected bad are exactly those.
    static void verifyRejected(const Run& run, const std::map<qint64, QString>& expected) {
        std::map<qint64, QStringList> errors;
        for (const ImportIssue& i : run.issues) {
            QVERIFY2(!i.message.isEmpty(), qPrintable(i.code));
            if (i.severity == Severity::Error) {
                errors[i.row] << i.code;
                QVERIFY2(!i.column.isEmpty(), qPrintable(i.code));
            }
        }
        for (const auto& [row, code] : expected) {
            QVERIFY2(errors[row].filter(code).size() > 0,
                     qPrintable(u"row %1: expected %2, got %3"_s.arg(row).arg(code, errors[row].join(u", "_s))));
        }
        for (const auto& [row, codes] : errors) {
            QVERIFY2(expected.contains(row), qPrintable(u"row %1 rejected: %2"_s.arg(row).arg(codes.join(u", "_s))));
        }
        QCOMPARE(run.summary.rejected, qint64(expected.size()));
        QCOMPARE(run.summary.imported + run.summary.matched + run.summary.rejected, run.summary.rows);
    }

    // Every column of one row but those named in except, with SQLite's own quoting (so a NULL, an empty text and a
    // number stored as text all differ).
    QString rowText(const QString& table, const QString& where, const QStringList& except) {
        auto columns = m_context->db().prepare(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table));
        QStringList quoted;
        (void)columns->forEachRow([&](Statement& s) {
            if (!except.contains(s.columnText(0))) {
                quoted << u"quote(%1)"_s.arg(s.columnText(0));
            }
        });
        auto v =
            m_context->db().scalar(u"SELECT %1 FROM %2 WHERE %3"_s.arg(quoted.join(u" || '|' || "_s), table, where));
        return v ? v->toString() : u"(no row)"_s;
    }

    void compareRows(const QString& table, const QString& imported, const QString& handEntered,
                     const QStringList& except) {
        const QString fromFile = rowText(table, imported, except);
        QVERIFY2(!fromFile.startsWith(u"(no row)"_s), qPrintable(table));
        QCOMPARE(fromFile, rowText(table, handEntered, except));
    }

    QString writeCsv(const QString& name, const QString& text) {
        const QString path = m_db->dir() + u'/' + name;
        return writeFile(path, text.toUtf8()) ? path : QString();
    }

    QString personWithCnic(const QString& digits) {
        auto v = m_context->db().scalar(u"SELECT id FROM persons WHERE cnic = '%1'"_s.arg(digits));
        return v ? v->toString() : QString();
    }

private slots:
    void init() {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        signIn(kAdmin);
        for (const auto& [name, grant] : {std::pair{kVictimOfficer, true}, std::pair{kPlainOfficer, false}}) {
            QVERIFY(m_session->addUser(NewUser{name, {}, Role::Investigator, u"GRW-AHTC"_s, grant, fastKdf()},
                                       secret(password(name))));
        }
        CaseFile c;
        c.firNumber = u"C-41/2025"_s;
        c.firDate = QDate(2025, 1, 8);
        c.status = CaseStatus::UnderInvestigation;
        auto created = CaseRepository(*m_context).create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_caseId = created->id;
    }

    void cleanup() {
        m_context.reset();
        m_session.reset();
        m_db.reset();
    }

    void victimsLandAsCaseRolesWithOutcomeAndDistrict() {
        signIn(kVictimOfficer);
        const Run run = import(u"victims_messy.csv"_s, ImportKind::Victims);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 9);
        QCOMPARE(run.summary.blankLines, 1);
        verifyRejected(run, {{6, u"cnic.length"_s},
                             {7, u"import.victim_role"_s},
                             {8, u"import.victim_outcome"_s},
                             {9, u"import.case_missing"_s},
                             {10, u"date.month_day_order"_s},
                             {11, u"person.name_missing"_s}});
        QCOMPARE(run.summary.imported, 3);
        // Read back as the case workspace's victims page reads them.
        auto roles = CaseRepository(*m_context).roles(m_caseId);
        QVERIFY(roles);
        std::map<QString, CaseRoleView> byName;
        for (const CaseRoleView& r : *roles) {
            byName[r.person.displayName()] = r;
        }
        QCOMPARE(byName.size(), size_t(3));
        const CaseRoleView& bilal = byName.at(u"Bilal Ahmed"_s);
        QCOMPARE(bilal.role.role, PersonRole::SmuggledMigrant);
        QCOMPARE(bilal.role.victimOutcome, std::optional(VictimOutcome::Survivor));
        QCOMPARE(bilal.role.arrestStatus, ArrestStatus::NotApplicable);
        QCOMPARE(bilal.person.cnic, u"3410123456781"_s);
        QCOMPARE(bilal.person.birthDate, QDate(1998, 4, 5));
        QCOMPARE(bilal.person.addresses.size(), size_t(1));
        QCOMPARE(bilal.person.addresses.front().district, u"Gujranwala"_s);
        const CaseRoleView& imran = byName.at(u"عمران علی"_s);
        QCOMPARE(imran.role.victimOutcome, std::optional(VictimOutcome::Deceased));
        QCOMPARE(imran.person.relativeUrdu, u"محمد رفیق"_s);
        const CaseRoleView& saima = byName.at(u"Saima Bibi"_s);
        QCOMPARE(saima.role.role, PersonRole::TraffickingVictim);
        QCOMPARE(saima.role.victimOutcome, std::optional(VictimOutcome::Missing));
        QCOMPARE(saima.person.relation, Relation::DaughterOf);
        // The address key and the search row as PersonRepository writes them: shared addresses and search work.
        QCOMPARE(count(u"SELECT count(*) FROM person_addresses WHERE address_key <> ''"_s), 3);
        auto found = PersonRepository(*m_context).search(u"Imran Ali"_s);
        QVERIFY(found && !found->empty());
        // The audit entry carries counts and the file's hash, no name and no CNIC.
        auto fields = m_context->db().scalar(u"SELECT fields FROM audit_log WHERE action = 'import.commit'"_s);
        QVERIFY(fields);
        for (const QString& identity : {u"Bilal"_s, u"3410123456781"_s, u"عمران"_s, u"Saima"_s}) {
            QVERIFY2(!fields->toString().contains(identity), qPrintable(fields->toString()));
        }
        // The same file again: the victims are recorded already and are not added twice.
        const Run again = import(u"victims_messy.csv"_s, ImportKind::Victims);
        QCOMPARE(again.summary.matched, 2);
        QCOMPARE(again.summary.imported, 1); // Saima has no CNIC: a new record, held for review beside the first
        QCOMPARE(again.summary.review, 1);
        QVERIFY(codesOfRow(again, 2).contains(u"import.victim_recorded"_s));
        QCOMPARE(count(u"SELECT count(*) FROM case_persons WHERE role = 'SMUGGLED_MIGRANT'"_s), 2);
    }

    void victimsRefusedWithoutTheGrant() {
        for (const QString& user : {kPlainOfficer, kAdmin}) {
            signIn(user);
            const QString before = fingerprint();
            for (bool dryRun : {true, false}) {
                const Run run = import(u"victims_messy.csv"_s, ImportKind::Victims, {.dryRun = dryRun});
                QVERIFY(run.failed);
                QCOMPARE(run.error.code, ErrorCode::Permission);
                QVERIFY2(run.error.message.contains(u"victim grant"_s), qPrintable(run.error.message));
                QVERIFY(run.issues.empty()); // not a row was read
            }
            QCOMPARE(fingerprint(), before);
            QVERIFY(!Importer(*m_context).mayImport(ImportKind::Victims));
        }
    }

    void paymentsLandAsThePaymentRepositoryStoresThem() {
        const Run run = import(u"payments_messy.csv"_s, ImportKind::Payments);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 11);
        verifyRejected(run, {{8, u"money."_s},
                             {9, u"payment.same_person"_s},
                             {10, u"import.channel"_s},
                             {11, u"date.invalid_day"_s},
                             {12, u"import.case_missing"_s},
                             {13, u"payment.currency"_s}});
        QVERIFY(codesOfRow(run, 6).contains(u"payment.no_rate"_s)); // a warning: written without a PKR figure
        PaymentRepository payments(*m_context);
        auto list = payments.listForCase(m_caseId);
        QVERIFY(list);
        QCOMPARE(list->size(), size_t(5));
        const QString bilal = personWithCnic(u"3410123456781"_s);
        const QString rana = personWithCnic(u"3520211122235"_s);
        QVERIFY(!bilal.isEmpty() && !rana.isEmpty());
        std::map<QDate, Payment> byDate;
        for (const Payment& p : *list) {
            byDate[p.paidOn] = p;
            QCOMPARE(p.payeePersonId, rana); // the payee linked by CNIC in every row, with or without dashes
        }
        const Payment& lakh = byDate.at(QDate(2025, 1, 15));
        QCOMPARE(lakh.amount, (Money{250'000'000, u"PKR"_s}));
        QCOMPARE(lakh.pkr, std::optional(Money{250'000'000, u"PKR"_s}));
        QCOMPARE(lakh.rateMicros, qint64(1'000'000));
        QCOMPARE(lakh.channel, PaymentChannel::HawalaHundi);
        QCOMPARE(lakh.payerPersonId, bilal);
        const Payment& euro = byDate.at(QDate(2025, 1, 20));
        QCOMPARE(euro.amount, (Money{800'000, u"EUR"_s}));
        QCOMPARE(euro.pkr, std::optional(Money{241'960'000, u"PKR"_s}));
        QCOMPARE(euro.rateMicros, qint64(302'450'000));
        QCOMPARE(euro.channel, PaymentChannel::Bank);
        // The crore in Urdu is Bilal's (his CNIC written without dashes).
        QCOMPARE(count(u"SELECT count(*) FROM payments WHERE amount_minor = 1200000000 AND currency = 'PKR' "
                       "AND channel = 'MOBILE_WALLET' AND payer_person_id = '%1'"_s.arg(bilal)),
                 1);
        const Payment& dirham = byDate.at(QDate(2025, 2, 1));
        QCOMPARE(dirham.amount, (Money{2'000'000, u"AED"_s}));
        QCOMPARE(dirham.pkr, std::optional(Money{152'000'000, u"PKR"_s})); // at the rate 76 the file's PKR implies
        QCOMPARE(dirham.rateMicros, qint64(76'000'000));
        QCOMPARE(dirham.channel, PaymentChannel::Cash);
        const Payment& dollar = byDate.at(QDate(2025, 2, 3));
        QCOMPARE(dollar.amount, (Money{500'000, u"USD"_s}));
        QVERIFY(!dollar.pkr);
        QCOMPARE(dollar.payerPersonId, dirham.payerPersonId);
        auto totals = payments.totalsForCase(m_caseId);
        QVERIFY(totals);
        QCOMPARE(totals->pkrMinor, qint64(250'000'000 + 241'960'000 + 1'200'000'000 + 152'000'000));
        QCOMPARE(totals->withoutPkr, 1);
        // The person's profile lists them like any payment.
        QCOMPARE(payments.listForPerson(rana)->size(), size_t(5));
    }

    void routeLegsFormGapFreeChainsPerTraveller() {
        // A leg of the case's general route recorded by hand before the import: the file's general legs follow it.
        RouteLeg first;
        first.caseId = m_caseId;
        first.fromCountry = u"PK"_s;
        first.fromPlace = u"Lahore"_s;
        first.toCountry = u"PK"_s;
        first.toPlace = u"Karachi"_s;
        QVERIFY(RouteRepository(*m_context).add(first));
        const Run run = import(u"routes_messy.csv"_s, ImportKind::Routes);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 10);
        verifyRejected(run, {{8, u"route.to_country"_s},
                             {9, u"route.mode"_s},
                             {10, u"route.seq_twice"_s},
                             {11, u"date.invalid_month"_s},
                             {12, u"import.case_missing"_s}});
        bool named = false;
        for (const ImportIssue& i : run.issues) {
            named = named || (i.code == u"route.to_country"_s && i.message.contains(u"Atlantis"_s));
        }
        QVERIFY2(named, "the unknown country is named");
        RouteRepository routes(*m_context);
        const QString bilal = personWithCnic(u"3410123456781"_s);
        auto chain = routes.chainForCase(m_caseId, bilal);
        QVERIFY(chain);
        QCOMPARE(chain->size(), size_t(3));
        // In the order of the file's leg numbers, not of its rows.
        QCOMPARE((*chain)[0].seq, 1);
        QCOMPARE((*chain)[0].fromPlace, u"Gujrat"_s);
        QCOMPARE((*chain)[0].toCountry, u"PK"_s);
        QCOMPARE((*chain)[0].mode, TravelMode::Land);
        QCOMPARE((*chain)[0].date, QDate(2025, 1, 10));
        QCOMPARE((*chain)[1].seq, 2);
        QCOMPARE((*chain)[1].toCountry, u"IR"_s);
        QCOMPARE((*chain)[1].borderPoint, u"Taftan"_s);
        QCOMPARE((*chain)[1].outcome, LegOutcome::Crossed);
        QCOMPARE((*chain)[2].seq, 3);
        QCOMPARE((*chain)[2].fromCountry, u"IR"_s);
        QCOMPARE((*chain)[2].toCountry, u"TR"_s);
        QCOMPARE((*chain)[2].outcome, LegOutcome::Intercepted);
        auto general = routes.chainForCase(m_caseId, QString());
        QVERIFY(general);
        QCOMPARE(general->size(), size_t(3));
        QCOMPARE((*general)[0].toPlace, u"Karachi"_s);
        QCOMPARE((*general)[1].seq, 2);
        QCOMPARE((*general)[1].toCountry, u"AE"_s);
        QCOMPARE((*general)[1].mode, TravelMode::Air);
        QCOMPARE((*general)[2].seq, 3);
        QCOMPARE((*general)[2].toCountry, u"LY"_s);
        // Positions stay editable the repository's way: moving the last leg first renumbers without gaps.
        QVERIFY(routes.move((*chain)[2].id, 1));
        auto moved = routes.chainForCase(m_caseId, bilal);
        QCOMPARE((*moved)[0].id, (*chain)[2].id);
        QCOMPARE((*moved)[2].seq, 3);
    }

    void redBookEditionCreatedAndEntriesByZone() {
        const Run run = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 13, .editionYear = 2025});
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 9);
        verifyRejected(run, {{7, u"red_book.zone"_s},
                             {8, u"red_book.status"_s},
                             {9, u"red_book.serial_taken"_s},
                             {10, u"red_book.serial"_s},
                             {11, u"cnic.length"_s}});
        RedBookRepository redBook(*m_context);
        auto editions = redBook.editions();
        QVERIFY(editions);
        QCOMPARE(editions->size(), size_t(1));
        QCOMPARE(editions->front().edition, 13);
        QCOMPARE(editions->front().year, 2025);
        auto entries = redBook.entries(editions->front().id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), size_t(4));
        auto zoneCode = [&](const QString& id) {
            return m_context->db().scalar(u"SELECT code FROM org_units WHERE id = '%1'"_s.arg(id))->toString();
        };
        const QStringList zones{zoneCode((*entries)[0].zoneId), zoneCode((*entries)[1].zoneId),
                                zoneCode((*entries)[2].zoneId), zoneCode((*entries)[3].zoneId)};
        QCOMPARE(zones, (QStringList{u"GRW"_s, u"GRW"_s, u"ISB"_s, u"LHR"_s}));
        QCOMPARE((*entries)[1].status, RedBookStatus::Arrested);
        QCOMPARE((*entries)[1].statusOn, QDate(2025, 2, 15));
        QCOMPARE((*entries)[2].status, RedBookStatus::Abroad);
        QCOMPARE((*entries)[3].serial, 4);
        auto progress = redBook.progressByZone(editions->front().id);
        QVERIFY(progress);
        QCOMPARE(progress->front().zoneCode, u"GRW"_s);
        QCOMPARE(progress->front().wanted, 1);
        QCOMPARE(progress->front().arrested, 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'import.commit' AND "
                       "fields LIKE '%red_book_editions_created%13%'"_s),
                 1);
        // The Red Book run finds a look-alike of a wanted person.
        Person twin;
        twin.nameLatin = u"Rana Shahid"_s;
        twin.relativeLatin = u"Rana Akbar"_s;
        QVERIFY(PersonRepository(*m_context).create(twin));
        auto hits = WatchListMatcher(*m_context).run(u"RED_BOOK"_s);
        QVERIFY(hits && !hits->empty());
        // The same list again: persons already in the edition are not entered twice.
        const Run again = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 13});
        QVERIFY(codesOfRow(again, 2).contains(u"red_book.recorded"_s));
        QCOMPARE(redBook.entries(editions->front().id)->size(), size_t(4));
    }

    void redBookNeedsYearForNewEditionAndACompiler() {
        const Run noYear = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 14});
        QVERIFY(!noYear.failed);
        QVERIFY(codesOfRow(noYear, 2).contains(u"red_book.edition_year"_s));
        QCOMPARE(noYear.summary.rejected, noYear.summary.rows);
        signIn(kPlainOfficer);
        const QString before = fingerprint();
        const Run refused = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 13, .editionYear = 2025});
        QVERIFY(refused.failed);
        QCOMPARE(refused.error.code, ErrorCode::Permission);
        QCOMPARE(fingerprint(), before);
    }

    void offloadsAreEventsOnTheProfileAndMatchable() {
        Person known;
        known.nameLatin = u"Bilal Ahmed"_s;
        known.relativeLatin = u"Muhammad Aslam"_s;
        known.cnic = u"34101-2345678-1"_s;
        const QString bilal = PersonRepository(*m_context).create(known)->id;
        Person lookalike; // no identifier: found only by name and father's name
        lookalike.nameLatin = u"Asma Bibi"_s;
        lookalike.relativeLatin = u"Allah Dita"_s;
        lookalike.sex = Sex::Female;
        const QString asma = PersonRepository(*m_context).create(lookalike)->id;

        const Run run = import(u"offloads_messy.csv"_s, ImportKind::Offloads);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 7);
        verifyRejected(
            run, {{6, u"date."_s}, {7, u"offload.date_missing"_s}, {8, u"passport."_s}, {9, u"import.time_format"_s}});
        QCOMPARE(run.summary.matched, 1);
        QCOMPARE(run.summary.imported, 2);
        QCOMPARE(run.summary.review, 1); // Asma Bibi d/o Allah Ditta may be the Asma on record
        // On the person's timeline as an INTERCEPTED_AT_AIRPORT event, 03:40 Pakistan time.
        auto timeline = EventRepository(*m_context).timelineForPerson(bilal);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), size_t(1));
        const TimelineEvent& e = timeline->front();
        QCOMPARE(e.type, u"INTERCEPTED_AT_AIRPORT"_s);
        QVERIFY(e.caseId.isEmpty());
        QCOMPARE(e.occurredAt, QDateTime(QDate(2025, 1, 13), QTime(22, 40), QTimeZone::utc()));
        for (const QString& part : {u"Islamabad Airport"_s, u"PK-233"_s, u"Baku"_s, u"onward travel"_s}) {
            QVERIFY2(e.description.contains(part), qPrintable(e.description));
        }
        // On the profile's watch-list tab.
        auto lists = PersonInsight(*m_context).watchlists(bilal);
        QVERIFY(lists);
        QCOMPARE(lists->size(), size_t(1));
        QCOMPARE(lists->front().list, u"OFFLOADED"_s);
        QCOMPARE(lists->front().placedOn, QDate(2025, 1, 14));
        QVERIFY(lists->front().reference.contains(u"PK-233"_s));
        QVERIFY(!lists->front().reference.contains(u'\n'));
        // The offloaded passengers run against every person: Asma's look-alike record is a hit.
        auto hits = WatchListMatcher(*m_context).run(u"OFFLOADED"_s);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        bool asmaHit = false;
        for (const WatchListHit& h : *hits) {
            asmaHit = asmaHit || h.personId == asma;
        }
        QVERIFY(asmaHit);
        // The same list again: every offloading is recorded already.
        const Run again = import(u"offloads_messy.csv"_s, ImportKind::Offloads);
        QCOMPARE(again.summary.matched, 3);
        QVERIFY(codesOfRow(again, 2).contains(u"offload.recorded"_s));
        QCOMPARE(count(u"SELECT count(*) FROM events WHERE event_type = 'INTERCEPTED_AT_AIRPORT'"_s), 3);
    }

    // The same record entered through the repository and imported from a file: the rows differ in their ids only.
    void importedRecordsMatchHandEnteredOnes() {
        signIn(kVictimOfficer);
        PersonRepository persons(*m_context);
        auto person = [&](const QString& name, const QString& cnic, const QString& district) {
            Person p;
            p.nameLatin = name;
            p.relativeLatin = u"Ghulam Nabi"_s;
            p.relation = Relation::SonOf;
            p.sex = Sex::Male;
            p.cnic = cnic;
            if (!district.isEmpty()) {
                PersonAddress home;
                home.district = district;
                p.addresses.push_back(home);
            }
            return persons.create(p)->id;
        };
        const QString handPayer = person(u"Hand Payer"_s, u"34101-1000001-1"_s, {});
        const QString handPayee = person(u"Hand Payee"_s, u"34101-1000003-1"_s, {});
        const QString filePayer = person(u"File Payer"_s, u"34101-1000005-1"_s, {});
        const QString filePayee = person(u"File Payee"_s, u"34101-1000007-1"_s, {});

        PaymentDraft draft;
        draft.caseId = m_caseId;
        draft.payerPersonId = handPayer;
        draft.payeePersonId = handPayee;
        draft.amountText = u"EUR 8,000"_s;
        draft.paidOn = QDate(2025, 1, 20);
        draft.rateText = u"302.45"_s;
        draft.channel = PaymentChannel::HawalaHundi;
        const QString handPayment = PaymentRepository(*m_context).create(draft)->id;
        const Run payment =
            import(writeCsv(u"p.csv"_s, u"FIR,Payer CNIC,Payee CNIC,Payer,Payee,Amount,Date,Rate,Channel\n"
                                        "C-41/2025,3410110000051,3410110000071,File Payer,File Payee,"
                                        "\"EUR 8,000\",20-01-2025,302.45,hawala\n"_s),
                   ImportKind::Payments);
        QCOMPARE(payment.summary.matched, 1);
        const QStringList paymentIds{u"id"_s, u"payer_person_id"_s, u"payee_person_id"_s};
        compareRows(u"payments"_s, u"payer_person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handPayment),
                    paymentIds);

        RouteLeg leg;
        leg.caseId = m_caseId;
        leg.personId = handPayer;
        leg.fromCountry = u"PK"_s;
        leg.fromPlace = u"Quetta"_s;
        leg.toCountry = u"IR"_s;
        leg.toPlace = u"Zahedan"_s;
        leg.mode = TravelMode::Land;
        leg.borderPoint = u"Taftan"_s;
        leg.date = QDate(2025, 1, 12);
        leg.outcome = LegOutcome::Crossed;
        const QString handLeg = RouteRepository(*m_context).add(leg)->id;
        QVERIFY(import(writeCsv(u"r.csv"_s, u"FIR,CNIC,Name,From Country,From,To Country,To,Mode,Border,Date,Outcome\n"
                                            "C-41/2025,3410110000051,File Payer,Pakistan,Quetta,Iran,Zahedan,land,"
                                            "Taftan,12.01.2025,crossed\n"_s),
                       ImportKind::Routes)
                    .summary.committed);
        const QStringList legIds{u"id"_s, u"person_id"_s};
        compareRows(u"route_legs"_s, u"person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handLeg), legIds);

        CaseRole role;
        role.caseId = m_caseId;
        role.personId = handPayee;
        role.role = PersonRole::TraffickingVictim;
        role.victimOutcome = VictimOutcome::Deportee;
        role.exploitation = u"forced labour"_s;
        const QString handRole = *CaseRepository(*m_context).addRole(role);
        QVERIFY(import(writeCsv(u"v.csv"_s, u"FIR,CNIC,Name,Victim Type,Outcome,Exploitation\n"
                                            "C-41/2025,34101-1000007-1,File Payee,trafficking victim,deported,"
                                            "forced labour\n"_s),
                       ImportKind::Victims)
                    .summary.committed);
        const QStringList roleIds{u"id"_s, u"person_id"_s};
        compareRows(u"case_persons"_s, u"person_id = '%1'"_s.arg(filePayee), u"id = '%1'"_s.arg(handRole), roleIds);

        // A new victim's person record (with the home district) as PersonRepository::create writes it.
        const QString handVictim = person(u"Naeem Akhtar"_s, u"34101-1000009-1"_s, u"Gujranwala"_s);
        QVERIFY(import(writeCsv(u"n.csv"_s, u"FIR,CNIC,Name,Father Name,Sex,Home District\n"
                                            "C-41/2025,34101-1000011-1,Naeem Akhtar,Ghulam Nabi,M,Gujranwala\n"_s),
                       ImportKind::Victims)
                    .summary.committed);
        const QString fileVictim = personWithCnic(u"3410110000111"_s);
        const QStringList personIds{u"id"_s, u"cnic"_s, u"created_at"_s, u"updated_at"_s};
        compareRows(u"persons"_s, u"id = '%1'"_s.arg(fileVictim), u"id = '%1'"_s.arg(handVictim), personIds);
        const QStringList addressIds{u"id"_s, u"person_id"_s};
        compareRows(u"person_addresses"_s, u"person_id = '%1'"_s.arg(fileVictim), u"person_id = '%1'"_s.arg(handVictim),
                    addressIds);
        const QStringList searchIds{u"person_id"_s};
        compareRows(u"person_search"_s, u"person_id = '%1'"_s.arg(fileVictim), u"person_id = '%1'"_s.arg(handVictim),
                    searchIds);

        TimelineEvent offload;
        offload.personId = handPayer;
        offload.type = u"INTERCEPTED_AT_AIRPORT"_s;
        offload.occurredAt = QDateTime(QDate(2025, 1, 14), QTime(3, 40), QTimeZone(5 * 3600));
        ParsedRow parsed;
        parsed.airport = u"Islamabad Airport"_s;
        parsed.flight = u"PK-233"_s;
        parsed.destination = u"Baku"_s;
        offload.description = ImportRecords::offloadDescription(parsed);
        const QString handEvent = EventRepository(*m_context).add(offload)->id;
        QVERIFY(
            import(writeCsv(u"o.csv"_s, u"Name,CNIC,Date,Airport,Flight,Destination\n"
                                        "File Payer,3410110000051,14-01-2025 03:40,Islamabad Airport,pk-233,Baku\n"_s),
                   ImportKind::Offloads)
                .summary.committed);
        const QStringList eventIds{u"id"_s, u"person_id"_s};
        compareRows(u"events"_s, u"person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handEvent), eventIds);

        signIn(kAdmin);
        RedBookRepository redBook(*m_context);
        RedBookEdition edition;
        edition.edition = 13;
        edition.year = 2025;
        const QString editionId = *redBook.addEdition(edition);
        RedBookEntry entry;
        entry.editionId = editionId;
        entry.personId = handPayer;
        entry.zoneId = m_context->db().scalar(u"SELECT id FROM org_units WHERE code = 'GRW'"_s)->toString();
        entry.serial = 1;
        entry.status = RedBookStatus::Arrested;
        entry.statusOn = QDate(2025, 3, 1);
        const QString handEntry = *redBook.addEntry(entry);
        QVERIFY(import(writeCsv(u"b.csv"_s, u"Edition,S.No,Name,CNIC,Zone,Status,Status Date\n"
                                            "13,2,File Payer,34101-1000005-1,Gujranwala,arrested,01-03-2025\n"_s),
                       ImportKind::RedBook)
                    .summary.committed);
        const QStringList entryIds{u"id"_s, u"person_id"_s, u"serial"_s};
        compareRows(u"red_book_entries"_s, u"person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handEntry),
                    entryIds);
    }

    void dryRunAndCancelLeaveTheDatabaseUnchanged_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("victims") << int(ImportKind::Victims) << u"victims_messy.csv"_s;
        QTest::newRow("payments") << int(ImportKind::Payments) << u"payments_messy.csv"_s;
        QTest::newRow("routes") << int(ImportKind::Routes) << u"routes_messy.csv"_s;
        QTest::newRow("redbook") << int(ImportKind::RedBook) << u"redbook_messy.csv"_s;
        QTest::newRow("offloads") << int(ImportKind::Offloads) << u"offloads_messy.csv"_s;
    }

    void dryRunAndCancelLeaveTheDatabaseUnchanged() {
        QFETCH(int, kind);
        QFETCH(QString, file);
        signIn(kVictimOfficer);
        if (ImportKind(kind) == ImportKind::RedBook) {
            signIn(kAdmin);
        }
        const QString before = fingerprint();
        const RunOptions dry{.dryRun = true, .edition = 13, .editionYear = 2025};
        const Run dryRun = import(file, ImportKind(kind), dry);
        QVERIFY2(!dryRun.failed, qPrintable(dryRun.error.message));
        QVERIFY(!dryRun.summary.committed);
        QVERIFY(dryRun.summary.imported > 0);
        QCOMPARE(fingerprint(), before);
        // Cancelled at the first bad row, after the good rows above it were written inside the transaction.
        const Run cancelled =
            import(file, ImportKind(kind), {.cancelAtFirstIssue = true, .edition = 13, .editionYear = 2025});
        QVERIFY2(!cancelled.failed, qPrintable(cancelled.error.message));
        QVERIFY(cancelled.summary.cancelled);
        QVERIFY(!cancelled.summary.committed);
        QCOMPARE(fingerprint(), before);
        // The real import counts what the dry run counted.
        const Run real = import(file, ImportKind(kind), {.edition = 13, .editionYear = 2025});
        QVERIFY(real.summary.committed);
        QCOMPARE(real.summary.imported, dryRun.summary.imported);
        QCOMPARE(real.summary.rejected, dryRun.summary.rejected);
        QVERIFY(fingerprint() != before);
    }

    void headersSuggestFieldsInEnglishAndUrdu() {
        const ColumnMapping victims = suggestMapping(
            ImportKind::Victims, {u"نام"_s, u"ولدیت"_s, u"ایف آئی آر نمبر"_s, u"آبائی ضلع"_s, u"انجام"_s});
        QCOMPARE(victims.column(u"fir"_s), 2);
        QCOMPARE(victims.column(u"district"_s), 3);
        QCOMPARE(victims.column(u"outcome"_s), 4);
        const ColumnMapping payments = suggestMapping(
            ImportKind::Payments, {u"ادا کنندہ"_s, u"وصول کنندہ"_s, u"رقم"_s, u"مقدمہ نمبر"_s, u"ذریعہ"_s});
        QCOMPARE(payments.column(u"payer_name"_s), 0);
        QCOMPARE(payments.column(u"payee_name"_s), 1);
        QCOMPARE(payments.column(u"amount"_s), 2);
        QCOMPARE(payments.column(u"channel"_s), 4);
        QVERIFY(missingRequired(ImportKind::Payments, payments).isEmpty());
        const ColumnMapping routes = suggestMapping(
            ImportKind::Routes, {u"FIR"_s, u"Departure Country"_s, u"Destination Country"_s, u"Mode of Travel"_s});
        QVERIFY(missingRequired(ImportKind::Routes, routes).isEmpty());
        QVERIFY(missingRequired(ImportKind::Offloads,
                                suggestMapping(ImportKind::Offloads, {u"مسافر کا نام"_s, u"تاریخ پرواز"_s}))
                    .isEmpty());
        QCOMPARE(importKindKeys(), (QStringList{u"persons"_s, u"arrests"_s, u"watchlist"_s, u"victims"_s, u"payments"_s,
                                                u"routes"_s, u"redbook"_s, u"offloads"_s}));
        for (const QString& key : importKindKeys()) {
            QVERIFY(!importKindLabel(*importKindFromKey(key)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestImportKinds)
#include "test_import_kinds.moc"
