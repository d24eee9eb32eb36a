// The fixture of the import-kind tests: a database with a case (FIR C-41/2025), an investigator with the victim grant
// and one without, and helpers that run a real import of a file and read back what it wrote.
#pragma once

#include <QTest>
#include <QTimeZone>

#include "importer/importer.h"
#include "importer/importrecords.h"
#include "matching/watchlistmatch.h"
#include "repo/caserepository.h"
#include "repo/eventrepository.h"
#include "repo/paymentrepository.h"
#include "repo/personinsight.h"
#include "repo/personrepository.h"
#include "repo/redbookrepository.h"
#include "repo/routerepository.h"
#include "security/accountadmin.h"
#include "storage/database.h"
#include "testdatabase.h"

namespace caselink::test {

using namespace Qt::StringLiterals;

inline const QString kData = QStringLiteral(CASELINK_IMPORT_DATA);
inline const QString kVictimOfficer = u"io.victims"_s;
inline const QString kPlainOfficer = u"io.plain"_s;

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

class ImportKindsFixture : public QObject {
protected:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RepositoryContext> m_context;
    QString m_caseId;

    void signIn(const QString& user) {
        m_context.reset();
        m_session.reset();
        m_session = m_db->unlock(user, passwordOf(user));
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

    void setUp() {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->isValid());
        signIn(kAdmin);
        for (const auto& [name, grant] : {std::pair{kVictimOfficer, true}, std::pair{kPlainOfficer, false}}) {
            QVERIFY(AccountAdmin(*m_session)
                        .addUser(NewUser{name, {}, Role::Investigator, u"GRW-AHTC"_s, grant, fastKdf()},
                                 secret(passwordOf(name))));
        }
        CaseRecord c;
        c.firNumber = u"C-41/2025"_s;
        c.firDate = QDate(2025, 1, 8);
        c.status = CaseStatus::UnderInvestigation;
        auto created = CaseRepository(*m_context).create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_caseId = created->id;
    }

    void tearDown() {
        m_context.reset();
        m_session.reset();
        m_db.reset();
    }
};

} // namespace caselink::test
