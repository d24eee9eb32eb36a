// Crash safety: a writer process is killed with SIGKILL at random moments, many times. Every transaction it
// reported as committed must be there afterwards, and the database must pass every integrity check.
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include "security/databasemaintenance.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted() {
        TestDatabase db;
        QVERIFY(db.isValid());
        auto* random = QRandomGenerator::global();
        const int trials = 25;
        qint64 totalCommitted = 0;
        for (int trial = 0; trial < trials; ++trial) {
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER), {db.path()});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(10000), "writer did not start writing");
            QTest::qWait(random->bounded(20, 250));
            writer.kill(); // SIGKILL: no destructor, no checkpoint, no clean close
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            qint64 lastReported = 0;
            for (const QByteArray& line : lines) {
                if (line.startsWith("committed ")) {
                    lastReported = line.mid(10).toLongLong();
                }
            }
            auto session = db.unlock();
            QVERIFY2(session, qPrintable(QStringLiteral("trial %1: database does not open after the kill").arg(trial)));
            const qint64 head = *session->audit().headSeq();
            QVERIFY2(head >= lastReported, qPrintable(QStringLiteral("trial %1: reported %2 committed, found %3")
                                                          .arg(trial)
                                                          .arg(lastReported)
                                                          .arg(head)));
            auto report = DatabaseMaintenance(*session).checkIntegrity();
            QVERIFY(report);
            QVERIFY2(
                report->ok(),
                qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(report->problems.join(QLatin1String("; ")))));
            totalCommitted += lastReported > 0 ? 1 : 0;
        }
        // The kills must have landed mid-stream, not before the first write, for the test to mean anything.
        QVERIFY2(totalCommitted >= trials / 2, "too few trials reached a commit before the kill");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
