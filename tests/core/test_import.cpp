// Imports as an office runs them, on a real encrypted database: messy files whose every bad row is reported with
// its reason, counts that add up, a dry run and an early cancel that leave the database exactly as it was, parts
// committed as it goes and a stopped import that the same file continues, incoming persons
// linked by CNIC or held for review by name, arrests against registered FIRs, and a watch list run that flags the
// expected persons with reasons.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "domain/cnic.h"
#include "importer/importer.h"
#include "matching/watchlistmatch.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/deadlinequery.h"
#include "repo/personrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

using namespace Qt::StringLiterals;
using namespace caselink;

namespace {

const QString kData = QStringLiteral(CASELINK_IMPORT_DATA);

struct Run {
    ImportSummary summary;
    std::vector<ImportIssue> issues;
    QString error;
};

qint64 count(Database& db, const QString& sql) {
    auto v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

// What a user would notice changing: row counts of every table an import writes, and the audit chain's head.
QString fingerprint(Database& db) {
    QStringList parts;
    for (const char* table : {"persons", "person_search", "person_phones", "person_passports", "arrests", "events",
                              "case_persons", "watchlist_entries", "import_batches", "import_review", "audit_log"}) {
        parts << QString::number(count(db, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))));
    }
    auto head = db.scalar(u"SELECT hex(hash) FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    parts << (head ? head->toString() : QString());
    return parts.join(u'/');
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RepositoryContext> m_context;

    Run import(const QString& path, ImportKind kind, bool dryRun = false, const std::atomic<bool>* cancel = nullptr,
               std::function<void(qint64, double)> progress = {}, const QString& list = {}) {
        Run run;
        auto source = RowSource::open(path);
        if (!source) {
            run.error = source.error().message;
            return run;
        }
        ImportOptions options;
        options.kind = kind;
        options.mapping = suggestMapping(kind, (*source)->headers());
        options.dryRun = dryRun;
        options.cancel = cancel;
        options.progress = std::move(progress);
        options.defaultList = list;
        options.fileName = path;
        options.sha256 = *RowSource::sha256(path);
        options.onIssue = [&](const ImportIssue& issue) {
            run.issues.push_back(issue);
        };
        Importer importer(*m_context);
        auto summary = importer.run(**source, options);
        if (!summary) {
            run.error = summary.error().message;
        } else {
            run.summary = *summary;
        }
        return run;
    }

    static QString writeBigFile(QTemporaryDir& dir, int rows) {
        const QString path = dir.filePath(u"big.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write("Name,Father Name,CNIC\n");
        for (int i = 0; i < rows; ++i) {
            file.write(u"Person %1,Father %1,35202-%2-1\n"_s.arg(i).arg(1000000 + i).toUtf8());
        }
        return path;
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

private slots:
    void init() {
        // Each test starts from a fresh database.
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        m_session = m_db->unlock();
        QVERIFY(m_session);
        m_context = std::move(*RepositoryContext::create(*m_session));
    }

    void suggestsColumnsFromEnglishAndUrduHeaders() {
        const QStringList headers{u"S.No"_s,           u"نام"_s,  u"ولدیت"_s, u"شناختی کارڈ نمبر"_s, u"Mobile No."_s,
                                  u"Date of Arrest"_s, u"FIR #"_s};
        const ColumnMapping m = suggestMapping(ImportKind::Arrests, headers);
        QCOMPARE(m.column(u"name"_s), 1);
        QCOMPARE(m.column(u"father"_s), 2);
        QCOMPARE(m.column(u"cnic"_s), 3);
        QCOMPARE(m.column(u"phone"_s), 4);
        QCOMPARE(m.column(u"arrested_at"_s), 5);
        QCOMPARE(m.column(u"fir"_s), 6);
        QVERIFY(missingRequired(ImportKind::Arrests, m).isEmpty());
        // Saved by header name, so a reordered file maps the same way.
        const QJsonObject json = m.toJson(ImportKind::Arrests, headers);
        QStringList reordered = headers;
        reordered.move(1, 5);
        auto back = ColumnMapping::fromJson(json, ImportKind::Arrests, reordered);
        QVERIFY(back);
        QCOMPARE(back->column(u"name"_s), 5);
        auto wrong = ColumnMapping::fromJson(json, ImportKind::Arrests, {u"Name"_s});
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(u"شناختی کارڈ نمبر"_s));
    }

    void workbookRowsReadLikeCsvRows() {
        auto source = RowSource::open(kData + u"/arrests.xlsx"_s, u"Arrests"_s);
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        QVERIFY((*source)->isWorkbook());
        QCOMPARE((*source)->sheetNames(), (QStringList{u"Notes"_s, u"Arrests"_s}));
        const ColumnMapping m = suggestMapping(ImportKind::Arrests, (*source)->headers());
        QVERIFY(missingRequired(ImportKind::Arrests, m).isEmpty());
        SourceRow row;
        QVERIFY(*(*source)->next(row));
        QCOMPARE(row.number, 2);
        QCOMPARE(row.cells, (QStringList{u"C-12/2024"_s, u"Ali Raza"_s, u"Muhammad Akram"_s, u"3520212345671"_s,
                                         u"2024-03-15 14:30:00"_s, u"Gujrat"_s}));
        QVERIFY(*(*source)->next(row));
        QCOMPARE(row.number, 4);
        QCOMPARE(row.cells[3], u"3520233333333"_s); // a CNIC Excel stored as 3.520233333333E+12
        QCOMPARE(row.cells[4], u"2024-03-16"_s);
        const SourceRow last = row;
        QVERIFY(!*(*source)->next(row));
        // Parsed through the same rules as a CSV row.
        RowParseContext parse;
        parse.kind = ImportKind::Arrests;
        parse.mapping = m;
        parse.headers = (*source)->headers();
        parse.today = QDate(2025, 1, 1);
        parse.now = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
        ParsedRow parsed;
        std::vector<ImportIssue> issues;
        const bool parsedOk = parseRow(parse, last, parsed, issues);
        QVERIFY2(parsedOk, issues.empty() ? "" : qPrintable(issues.front().code + u" "_s + issues.front().message));
        QCOMPARE(parsed.person.nameUrdu, u"کامران شاہ"_s);
        QCOMPARE(parsed.fir.display(), u"C-12/2024"_s);
    }

    void messyPersonsFileEveryBadRowHasAReason() {
        const Run run = import(kData + u"/persons_messy.csv"_s, ImportKind::Persons);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const ImportSummary& s = run.summary;
        QCOMPARE(s.rows, 9);
        QCOMPARE(s.imported + s.matched + s.rejected, s.rows);
        QCOMPARE(s.rejected, 3);
        QCOMPARE(s.blankLines, 1);
        QVERIFY(s.committed);
        // Line numbers as a text editor shows them: the quoted line break makes the Urdu row line 5.
        QVERIFY(codesOfRow(run, 7).contains(u"cnic.length"_s));
        QVERIFY(codesOfRow(run, 8).contains(u"person.name_missing"_s));
        QVERIFY(codesOfRow(run, 9).contains(u"date.month_day_order"_s));
        QVERIFY(codesOfRow(run, 11).contains(u"import.ragged"_s));
        for (const ImportIssue& i : run.issues) {
            QVERIFY(!i.message.isEmpty());
            if (i.severity == Severity::Error) {
                QVERIFY2(!i.column.isEmpty(), qPrintable(i.code));
            }
        }
        Database& db = m_context->db();
        QCOMPARE(count(db, u"SELECT count(*) FROM persons"_s), 6);
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE cnic = '3520298765431'"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_urdu = 'علی حسن' AND relative_urdu = 'محمد اکرم' "
                           "AND birth_date = '1985-06-05'"_s),
                 1);
        // A formula arrives as data and stays plain text.
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_latin = '=HYPERLINK(\"http://example.invalid\","
                           "\"click\")'"_s),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM person_search"_s), 6);
        QCOMPARE(count(db, u"SELECT count(*) FROM person_phones WHERE e164 = '+923001234567'"_s), 1);
        // One audit entry for the batch, carrying the file's SHA-256 and the counts.
        const QString sha = *RowSource::sha256(kData + u"/persons_messy.csv"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE action = 'import.commit' AND fields LIKE '%%1%' "
                           "AND fields LIKE '%\"rejected\":3%'"_s.arg(sha)),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM import_batches WHERE file_sha256 = '%1' AND rows = 9"_s.arg(sha)), 1);
        // The imported persons are found by the ordinary search, in either script.
        PersonRepository persons(*m_context);
        auto found = persons.search(u"Ali Hassan"_s);
        QVERIFY(found && !found->empty());
    }

    void unicodeAndLegacyFilesImport() {
        const Run utf16 = import(kData + u"/persons_utf16.txt"_s, ImportKind::Persons);
        QVERIFY2(utf16.error.isEmpty(), qPrintable(utf16.error));
        QCOMPARE(utf16.summary.imported, 2);
        const Run legacy = import(kData + u"/persons_1252.csv"_s, ImportKind::Persons);
        QVERIFY2(legacy.error.isEmpty(), qPrintable(legacy.error));
        QCOMPARE(legacy.summary.imported, 2);
        QVERIFY(legacy.summary.notes.join(u' ').contains(u"Windows-1252"_s));
        Database& db = m_context->db();
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_urdu = 'محمد طارق' AND cnic = '3740555555555'"_s),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_latin = 'José Pereira' "
                           "AND notes = 'café owner – “Lisbon”'"_s),
                 1);
    }

    void dryRunChangesNothingAndCountsTheSame() {
        Database& db = m_context->db();
        const QString before = fingerprint(db);
        const Run dry = import(kData + u"/persons_messy.csv"_s, ImportKind::Persons, true);
        QVERIFY2(dry.error.isEmpty(), qPrintable(dry.error));
        QVERIFY(!dry.summary.committed);
        QCOMPARE(fingerprint(db), before);
        const Run real = import(kData + u"/persons_messy.csv"_s, ImportKind::Persons);
        QCOMPARE(real.summary.imported, dry.summary.imported);
        QCOMPARE(real.summary.rejected, dry.summary.rejected);
        QCOMPARE(real.summary.matched, dry.summary.matched);
        QVERIFY(fingerprint(db) != before);
    }

    // A cancel before the first part is committed leaves the database exactly as it was.
    void earlyCancelLeavesDatabaseUnchanged() {
        QTemporaryDir dir;
        const QString path = writeBigFile(dir, 20000);
        Database& db = m_context->db();
        const QString before = fingerprint(db);
        std::atomic<bool> cancel = false;
        const Run run = import(path, ImportKind::Persons, false, &cancel, [&](qint64 rows, double fraction) {
            QVERIFY(fraction > 0 && fraction < 1);
            if (rows >= 4096) {
                cancel = true;
            }
        });
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(run.summary.cancelled);
        QVERIFY(!run.summary.committed);
        QCOMPARE(run.summary.committedRows, qint64(0));
        QCOMPARE(fingerprint(db), before);
    }

    // A large import commits in parts, so it never holds the write lock for the whole file: a cancel keeps the parts
    // committed so far (rows 1-5000 here, each part with its audit entry), and the same file imported again continues
    // after them - every row once, none twice.
    void cancelKeepsCommittedPartsAndTheSameFileContinues() {
        QTemporaryDir dir;
        const QString path = writeBigFile(dir, 20000);
        Database& db = m_context->db();
        std::atomic<bool> cancel = false;
        qint64 seen = 0;
        const Run stopped = import(path, ImportKind::Persons, false, &cancel, [&](qint64 rows, double) {
            seen = rows;
            if (rows >= 8192) {
                cancel = true;
            }
        });
        QVERIFY2(stopped.error.isEmpty(), qPrintable(stopped.error));
        QVERIFY(stopped.summary.cancelled);
        QCOMPARE(seen, 8192);
        QCOMPARE(stopped.summary.committedRows, qint64(5000));
        QCOMPARE(stopped.summary.rows, qint64(5000));
        QCOMPARE(stopped.summary.imported, qint64(5000));
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_latin LIKE 'Person %'"_s), 5000);
        QCOMPARE(count(db, u"SELECT count(*) FROM import_batches WHERE status = 'STOPPED' AND rows = 5000"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE action = 'import.part'"_s), 1);

        const Run resumed = import(path, ImportKind::Persons);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QVERIFY(resumed.summary.committed);
        QCOMPARE(resumed.summary.resumedFrom, qint64(5000));
        QCOMPARE(resumed.summary.rows, qint64(20000));
        QCOMPARE(resumed.summary.imported, qint64(20000));
        QCOMPARE(resumed.summary.batchId, stopped.summary.batchId);
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_latin LIKE 'Person %'"_s), 20000);
        QCOMPARE(count(db, u"SELECT count(*) FROM import_batches"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM import_batches WHERE status = 'COMPLETE' AND rows = 20000"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE action = 'import.part'"_s), 3); // 5000, 10000, 15000
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE action = 'import.commit'"_s), 1);
    }

    void existingCnicLinksAndLookalikeGoesToReview() {
        PersonRepository persons(*m_context);
        Person known;
        known.nameLatin = u"Muhammad Tariq"_s;
        known.relativeLatin = u"Abdul Rehman"_s;
        known.cnic = u"37405-5555555-5"_s;
        const QString knownId = persons.create(known)->id;
        Person lookalike;
        lookalike.nameLatin = u"Saima Noreen"_s;
        lookalike.relativeLatin = u"Ghulam Nabi"_s;
        lookalike.sex = Sex::Female;
        const QString lookalikeId = persons.create(lookalike)->id;

        // Row 1 has the known CNIC under its Urdu spelling; row 2 has a CNIC nobody holds and a name like Saima's.
        const Run run = import(kData + u"/persons_utf16.txt"_s, ImportKind::Persons);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.summary.matched, qint64(1));
        QCOMPARE(run.summary.imported, qint64(1));
        QCOMPARE(run.summary.review, qint64(1));
        Database& db = m_context->db();
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE cnic = '3740555555555'"_s), 1);
        auto review = db.prepare(u"SELECT candidate_id, score, reasons, source_row FROM import_review"_s);
        QVERIFY(review);
        QVERIFY(*review->step());
        QCOMPARE(review->columnText(0), lookalikeId);
        QVERIFY(review->columnDouble(1) >= 0.65);
        QVERIFY(review->columnText(2).size() > 4);
        QCOMPARE(review->columnInt(3), 3);
        // Nothing was merged: Saima is on record twice until an officer decides.
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE merged_into IS NOT NULL"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE name_latin = 'Saima Noreen'"_s), 2);
        Q_UNUSED(knownId);
    }

    void lookalikesAreFoundDeepIntoALargeFile() {
        // After the first thousand rows with a CNIC the importer looks for look-alikes among persons without a CNIC
        // in memory: both one on record before the import and one the import itself created must still be found.
        PersonRepository persons(*m_context);
        Person saima;
        saima.nameLatin = u"Saima Noreen"_s;
        saima.relativeLatin = u"Ghulam Nabi"_s;
        saima.sex = Sex::Female;
        const QString saimaId = persons.create(saima)->id;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Father Name,CNIC,Sex\n");
        for (int i = 0; i < 1200; ++i) {
            file.write(u"Person %1,Father %1,35202-%2-1,M\n"_s.arg(i).arg(3000000 + i).toUtf8());
        }
        file.write("Nasir Mehmood,Abdul Ghafoor,,M\n");                // line 1202: no CNIC, a new record
        file.write("Saima Noreen,Ghulam Nabi,35202-9999999-2,F\n");    // line 1203: like Saima on record
        file.write("Nasir Mahmood,Abdul Ghafoor,35202-8888888-1,M\n"); // line 1204: like line 1202's person
        file.close();
        const Run run = import(path, ImportKind::Persons);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.summary.imported, qint64(1203));
        QCOMPARE(run.summary.review, qint64(2));
        Database& db = m_context->db();
        QCOMPARE(count(db, u"SELECT count(*) FROM import_review WHERE source_row = 1203 AND candidate_id = '%1'"_s.arg(
                               saimaId)),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM import_review r JOIN persons c ON c.id = r.candidate_id "
                           "WHERE r.source_row = 1204 AND c.name_latin = 'Nasir Mehmood' AND c.cnic IS NULL"_s),
                 1);
    }

    void arrestsAgainstRegisteredFirs() {
        CaseRepository cases(*m_context);
        CaseRecord c;
        c.firNumber = u"C-12/2024"_s;
        c.firDate = QDate(2024, 3, 1);
        c.status = CaseStatus::FirRegistered;
        auto created = cases.create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const Run run = import(kData + u"/arrests.csv"_s, ImportKind::Arrests);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.summary.rows, qint64(5));
        QCOMPARE(run.summary.imported, qint64(2));
        QCOMPARE(run.summary.rejected, qint64(3));
        QVERIFY(codesOfRow(run, 4).contains(u"import.case_missing"_s));
        QVERIFY(codesOfRow(run, 5).contains(u"arrest.time_future"_s) ||
                codesOfRow(run, 5).contains(u"date.year_range"_s));
        QVERIFY(codesOfRow(run, 6).contains(u"import.category"_s));
        Database& db = m_context->db();
        QCOMPARE(count(db, u"SELECT count(*) FROM arrests WHERE case_id = '%1'"_s.arg(created->id)), 2);
        // 14:30 in Pakistan is 09:30 UTC.
        QCOMPARE(count(db, u"SELECT count(*) FROM arrests WHERE arrested_at = '2024-03-15T09:30:00.000Z' "
                           "AND place = 'Islamabad Airport'"_s),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM arrests WHERE category = 'PROCLAIMED_OFFENDER'"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE event_type = 'ARREST'"_s), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM case_persons WHERE arrest_status = 'ARRESTED'"_s), 2);
        // The case's deadlines now include the arrested persons' production before a magistrate.
        auto roles = cases.get(created->id);
        QVERIFY(roles);
    }

    // A register of past arrests brings the production before a magistrate and what became of the person; only the
    // arrest without them is left as an open production deadline.
    void arrestRegisterWithProductionAndStatus() {
        CaseRecord c;
        c.firNumber = u"C-12/2024"_s;
        c.firDate = QDate(2024, 3, 1);
        c.status = CaseStatus::UnderInvestigation;
        auto created = CaseRepository(*m_context).create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const Run run = import(kData + u"/arrests_register.csv"_s, ImportKind::Arrests);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.summary.rows, qint64(5));
        QCOMPARE(run.summary.rejected, qint64(2));
        QVERIFY(codesOfRow(run, 3).contains(u"clock.production_late"_s)); // 32 hours: recorded with its reason
        QVERIFY(codesOfRow(run, 4).contains(u"clock.production_before_arrest"_s));
        QVERIFY(codesOfRow(run, 5).contains(u"import.arrest_status"_s));
        Database& db = m_context->db();
        // 10:00 in Pakistan is 05:00 UTC; the production is an event of its own, as when entered by hand.
        QCOMPARE(count(db, u"SELECT count(*) FROM arrests WHERE produced_before_magistrate_at = "
                           "'2024-03-16T05:00:00.000Z'"_s),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE event_type = 'PRODUCED_BEFORE_MAGISTRATE' AND "
                           "legal_ref <> ''"_s),
                 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM arrests WHERE production_delay_reason = "
                           "'Magistrate on leave on the 16th'"_s),
                 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM case_persons WHERE arrest_status = 'ON_BAIL'"_s), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM case_persons WHERE arrest_status = 'ARRESTED'"_s), 1);
        // Only "Still Held" is due before a magistrate.
        DeadlineFilter all;
        all.limit = 0;
        auto deadlines = DeadlineQuery(*m_context).list(QDate(2024, 3, 19), 30, all);
        QVERIFY(deadlines);
        int productions = 0;
        for (const DeadlineItem& d : deadlines->items) {
            productions += d.kind == DeadlineKind::MagistrateProduction ? 1 : 0;
        }
        QCOMPARE(productions, 1);
    }

    void watchListImportAndRunFlagHits() {
        PersonRepository persons(*m_context);
        Person tariq; // on record, no CNIC: the list's "Muhammad Tariq s/o Abdul Rehman" looks like him
        tariq.nameLatin = u"M. Tariq"_s;
        tariq.relativeLatin = u"Abdul Rahman"_s;
        const QString tariqId = persons.create(tariq)->id;
        Person other; // unrelated
        other.nameLatin = u"Zubair Ahmed"_s;
        other.relativeLatin = u"Khalid Mehmood"_s;
        QVERIFY(persons.create(other));

        const Run run = import(kData + u"/watchlist_ecl.csv"_s, ImportKind::WatchList);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.summary.rejected, qint64(1)); // TRAVEL_BAN is not a list
        QVERIFY(codesOfRow(run, 4).contains(u"import.list"_s));
        Database& db = m_context->db();
        QCOMPARE(count(db, u"SELECT count(*) FROM watchlist_entries WHERE list = 'ECL'"_s), 2);
        // A second person with Shabbir's CNIC, recorded by another officer.
        Person twin;
        twin.nameLatin = u"Shabir Ahmed"_s;
        twin.cnic = u"42101-8888888-1"_s;
        const QString twinId = persons.create(twin)->id;

        WatchListMatcher matcher(*m_context);
        auto hits = matcher.run(u"ECL"_s);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        bool tariqHit = false;
        bool twinHit = false;
        for (const WatchListHit& h : *hits) {
            QVERIFY(h.personName != u"Zubair Ahmed"_s);
            if (h.personId == tariqId) {
                tariqHit = true;
                // A name hit: scored by name and father's name, not by an identifier.
                QVERIFY(h.score >= 0.65);
                QVERIFY(!h.reasons.isEmpty());
                QVERIFY2(!h.reasons.join(u' ').contains(u"CNIC"_s), qPrintable(h.reasons.join(u"; "_s)));
            }
            if (h.personId == twinId) {
                twinHit = true;
                QCOMPARE(h.score, 1.0);
                QVERIFY(h.reasons.join(u' ').contains(u"CNIC"_s));
            }
        }
        QVERIFY(tariqHit);
        QVERIFY(twinHit);
        // Running again updates the same hits rather than adding duplicates; the run is audited.
        const qint64 stored = count(db, u"SELECT count(*) FROM watchlist_hits"_s);
        QVERIFY(matcher.run(u"ECL"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM watchlist_hits"_s), stored);
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE action = 'watchlist.match'"_s), 2);
        QVERIFY(matcher.setStatus(hits->front().id, u"DISMISSED"_s));
    }

    void cleanup() {
        m_context.reset();
        m_session.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
