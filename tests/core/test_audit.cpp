// The audit hash chain: every alteration, deletion or reordering is found at the entry where it happened, and the
// signed checkpoints catch truncation and forged signatures.
#include <QtTest>

#include "security/databasemaintenance.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

// Appends n entries, one transaction each, as later mutations will.
void appendEntries(Session& session, int n) {
    for (int i = 0; i < n; ++i) {
        Transaction tx(session.database());
        QVERIFY(tx.begin());
        QVERIFY(session.audit().append(session.actor(), QStringLiteral("case.update"), QStringLiteral("case"),
                                       QStringLiteral("case-%1").arg(i), QJsonObject{{QLatin1String("status"), i}}));
        QVERIFY(tx.commit());
    }
}

// What an attacker holding the key could do with plain SQL.
void tamper(Session& session, const QString& sql) {
    QVERIFY(session.database().exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
    QVERIFY(session.database().exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
    auto st = session.database().exec(sql);
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private slots:
    void intactChainVerifies() {
        TestDatabase db;
        auto session = db.unlock();
        appendEntries(*session, 20);
        auto v = session->audit().verify();
        QVERIFY(v);
        QVERIFY2(v->intact, qPrintable(v->problem));
        QVERIFY(v->entries >= 23); // create, user.add, session.open + 20
        QVERIFY(v->checkpoints >= 1);
        QVERIFY(v->lastSignedSeq >= 2);
    }

    void appendOnlyTriggers() {
        TestDatabase db;
        auto session = db.unlock();
        QVERIFY(!session->database().exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq = 1")));
        QVERIFY(!session->database().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
    }

    void tamperingIsFoundAtTheEntry_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("altered fields") << "UPDATE audit_log SET fields = '{\"status\":99}' WHERE seq = 8" << qint64(8);
        QTest::newRow("altered user") << "UPDATE audit_log SET username = 'someone.else' WHERE seq = 10" << qint64(10);
        QTest::newRow("altered time") << "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5"
                                      << qint64(5);
        QTest::newRow("deleted") << "DELETE FROM audit_log WHERE seq = 12" << qint64(12);
        QTest::newRow("reordered") << "UPDATE audit_log SET seq = -6 WHERE seq = 6; "
                                      "UPDATE audit_log SET seq = 6 WHERE seq = 7; "
                                      "UPDATE audit_log SET seq = 7 WHERE seq = -6"
                                   << qint64(6);
        QTest::newRow("rehashed entry") << "UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 9" << qint64(9);
    }
    void tamperingIsFoundAtTheEntry() {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenAt);
        TestDatabase db;
        auto session = db.unlock();
        appendEntries(*session, 15);
        tamper(*session, sql);
        auto v = session->audit().verify();
        QVERIFY(v);
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBrokenSeq.value_or(-1), brokenAt);
        QVERIFY(!v->problem.isEmpty());
        // And the integrity check, which the CLI's check command runs, fails with it.
        auto report = DatabaseMaintenance(*session).checkIntegrity();
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY(report->databaseOk && report->cipherOk);
    }

    void truncationAfterASignedCheckpoint() {
        TestDatabase db;
        {
            auto session = db.unlock();
            appendEntries(*session, 5);
        } // closing signs the head
        auto session = db.unlock();
        auto before = session->audit().verify();
        QVERIFY(before && before->intact);
        const qint64 signedSeq = before->lastSignedSeq;
        QVERIFY(signedSeq > 5);
        tamper(*session, QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(signedSeq - 1));
        auto v = session->audit().verify();
        QVERIFY(v && !v->intact);
        QVERIFY(v->problem.contains(QStringLiteral("truncated")));
    }

    void forgedCheckpointSignature() {
        TestDatabase db;
        auto session = db.unlock();
        tamper(*session, QStringLiteral("UPDATE audit_checkpoints SET signature = zeroblob(64)"));
        auto v = session->audit().verify();
        QVERIFY(v && !v->intact);
        QVERIFY(v->problem.contains(QStringLiteral("signature")));
    }

    void listFilters() {
        TestDatabase db;
        auto session = db.unlock();
        appendEntries(*session, 3);
        auto updates = session->audit().list(AuditFilter{0, 100, QStringLiteral("case."), {}});
        QVERIFY(updates);
        QCOMPARE(updates->size(), std::size_t(3));
        QCOMPARE(updates->front().fields.value(QLatin1String("status")).toInt(), 0);
        QCOMPARE(updates->front().username, kAdmin);
        QCOMPARE(updates->front().officeCode, QStringLiteral("GRW-AHTC"));
        QVERIFY(updates->front().at.isValid());
        auto page = session->audit().list(AuditFilter{updates->front().seq, 1, {}, {}});
        QVERIFY(page);
        QCOMPARE(page->size(), std::size_t(1));
        QCOMPARE(page->front().seq, updates->front().seq + 1);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
