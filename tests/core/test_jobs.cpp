// Background jobs and the connections they use: each job thread has a connection of its own, results reach a context
// object only while it exists, and a long evidence intake that is cancelled or fails while another tab saves an edit
// takes nothing of that edit with it.
#include <atomic>
#include <thread>

#include <QIODevice>
#include <QSignalSpy>
#include <QtTest>

#include "evidence/evidencestore.h"
#include "jobs/jobrunner.h"
#include "repo/caserepository.h"
#include "repo/repositorycontext.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

// A file being read slowly (a USB stick, a network share), optionally failing part way.
class SlowDevice : public QIODevice {
public:
    SlowDevice(qint64 size, qint64 failAt = -1)
        : m_size(size)
        , m_failAt(failAt) {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_size; }
    bool isSequential() const override { return false; }

protected:
    qint64 readData(char* data, qint64 max) override {
        if (m_failAt >= 0 && pos() >= m_failAt) {
            setErrorString(u"the device went away"_s);
            return -1;
        }
        const qint64 n = std::min<qint64>({max, m_size - pos(), 256 * 1024});
        for (qint64 i = 0; i < n; ++i) {
            data[i] = char((pos() + i) * 131 % 251);
        }
        QThread::msleep(3);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_failAt;
};

struct Fixture {
    TestDatabase db;
    std::unique_ptr<Session> session;
    std::unique_ptr<RepositoryContext> context;
    QString caseId;

    Fixture() {
        session = db.unlock();
        if (!session) {
            return;
        }
        auto created = RepositoryContext::create(*session);
        if (created) {
            context = std::move(*created);
        }
        CaseRecord c;
        c.firNumber = u"C-7/2025"_s;
        c.firDate = QDate(2025, 1, 10);
        c.summary = u"before"_s;
        auto saved = CaseRepository(*context).create(c);
        caseId = saved ? saved->id : QString();
    }
    bool isValid() const { return context && !caseId.isEmpty(); }
    qint64 scalar(const QString& sql) { return session->database().scalar(sql)->toLongLong(); }
};

} // namespace

class TestJobs : public QObject {
    Q_OBJECT

private slots:
    void jobsReadThroughConnectionsOfTheirOwn();
    void resultIsDroppedWhenItsReceiverIsGone();
    void connectionRefusesOtherThreads();
    void interruptedIntakeKeepsAnotherTabsEdit_data();
    void interruptedIntakeKeepsAnotherTabsEdit();
    void intakeInBatchesLetsOthersWrite();
};

void TestJobs::jobsReadThroughConnectionsOfTheirOwn() {
    Fixture f;
    QVERIFY(f.isValid());
    RepositoryContext* context = f.context.get();
    Session* session = f.session.get();
    QSignalSpy done(&context->jobs(), &JobRunner::jobFinished);
    std::optional<std::pair<bool, int>> seen;
    QObject receiver;
    context->jobs().start<std::pair<bool, int>>(
        u"read"_s, &receiver,
        [context, session](JobControl&) {
            // A connection of this thread's own (not the session's), through which the case is readable.
            auto cases = context->db().scalar(u"SELECT count(*) FROM cases"_s);
            const bool own = !session->isSessionThread() && context->db().ownedByCurrentThread() &&
                             session->threadConnectionCount() == 1;
            return std::make_pair(own, cases ? cases->toInt() : -1);
        },
        [&seen](std::pair<bool, int>&& result) { seen = result; });
    QVERIFY(done.wait(10000));
    QVERIFY(seen);
    QVERIFY(seen->first);
    QCOMPARE(seen->second, 1);
    QCOMPARE(session->threadConnectionCount(), 0); // closed when the job ended
}

void TestJobs::resultIsDroppedWhenItsReceiverIsGone() {
    Fixture f;
    QVERIFY(f.isValid());
    QSignalSpy done(&f.context->jobs(), &JobRunner::jobFinished);
    bool delivered = false;
    auto* receiver = new QObject;
    f.context->jobs().start<int>(
        u"slow"_s, receiver,
        [](JobControl&) {
            QThread::msleep(100);
            return 42;
        },
        [&delivered](int&&) { delivered = true; });
    delete receiver; // the tab was closed while the job ran
    QVERIFY(done.wait(10000));
    QVERIFY(!delivered);
}

void TestJobs::connectionRefusesOtherThreads() {
    Fixture f;
    QVERIFY(f.isValid());
    Database& own = f.session->database();
    std::optional<ErrorCode> code;
    std::thread other([&] {
        auto r = own.scalar(u"SELECT 1"_s);
        code = r ? std::optional<ErrorCode>() : r.error().code;
    });
    other.join();
    QVERIFY(code);
    QCOMPARE(*code, ErrorCode::Internal);
}

void TestJobs::interruptedIntakeKeepsAnotherTabsEdit_data() {
    QTest::addColumn<bool>("cancel");
    QTest::newRow("cancelled") << true;
    QTest::newRow("failing") << false;
}

// The reported loss: an intake held one write transaction on the connection it shared with the window, so an edit
// saved in another tab meanwhile became a savepoint inside it and was rolled back with the intake after the window
// had been told it was saved.
void TestJobs::interruptedIntakeKeepsAnotherTabsEdit() {
    QFETCH(bool, cancel);
    Fixture f;
    QVERIFY(f.isValid());
    RepositoryContext* context = f.context.get();
    const QString caseId = f.caseId;
    const qint64 size = 24 * EvidenceStore::kChunkSize;
    std::atomic_bool halfway{false};
    std::optional<Result<EvidenceItem>> outcome;
    QObject receiver;
    QPointer<Job> job = context->jobs().start<Result<EvidenceItem>>(
        u"intake"_s, &receiver,
        [context, caseId, size, cancel, &halfway](JobControl& control) {
            SlowDevice device(size, cancel ? -1 : size / 2);
            FileIntake intake;
            intake.progress = [&control, &halfway, size](qint64 done, qint64 total) {
                if (done >= size / 4) {
                    halfway = true;
                }
                return control.progressCallback()(done, total);
            };
            return EvidenceStore(*context).addFromDevice(caseId, device, u"large.bin"_s, intake);
        },
        [&outcome](Result<EvidenceItem>&& r) { outcome = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(halfway.load(), 20000);

    // Another tab saves the case's notes while the intake streams.
    CaseRepository cases(*context);
    auto c = cases.get(caseId);
    QVERIFY(c);
    c->summary = u"saved while the intake ran"_s;
    auto saved = cases.update(*c);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    if (cancel) {
        job->cancel();
    }
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QVERIFY(!*outcome);

    QCOMPARE(cases.get(caseId)->summary, u"saved while the intake ran"_s);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM evidence_items"_s), 0);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM evidence_chunks"_s), 0);
    // And it is on disk: another session reads it after this one closes.
    f.context.reset();
    QVERIFY(f.session->close());
    auto again = f.db.unlock();
    QVERIFY(again);
    QCOMPARE(again->database().scalar(u"SELECT summary FROM cases WHERE id = '%1'"_s.arg(caseId))->toString(),
             u"saved while the intake ran"_s);
}

// A long intake commits as it streams: another connection's write goes through between two batches instead of
// waiting for the whole file (or failing as busy).
void TestJobs::intakeInBatchesLetsOthersWrite() {
    Fixture f;
    QVERIFY(f.isValid());
    RepositoryContext* context = f.context.get();
    const QString caseId = f.caseId;
    std::atomic_bool started{false};
    std::optional<Result<EvidenceItem>> outcome;
    QObject receiver;
    context->jobs().start<Result<EvidenceItem>>(
        u"intake"_s, &receiver,
        [context, caseId, &started](JobControl&) {
            SlowDevice device(40 * EvidenceStore::kChunkSize);
            FileIntake intake;
            intake.progress = [&started](qint64, qint64) {
                started = true;
                return true;
            };
            return EvidenceStore(*context).addFromDevice(caseId, device, u"video.bin"_s, intake);
        },
        [&outcome](Result<EvidenceItem>&& r) { outcome = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 20000);
    QElapsedTimer timer;
    timer.start();
    CaseRepository cases(*context);
    auto c = cases.get(caseId);
    c->summary = u"edited during a long intake"_s;
    QVERIFY(cases.update(*c));
    const qint64 waited = timer.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
    QVERIFY2(*outcome, outcome->has_value() ? "" : qPrintable(outcome->error().message));
    QVERIFY2(waited < Database::kBusyTimeoutMs / 2, qPrintable(u"the edit waited %1 ms"_s.arg(waited)));
    QCOMPARE(f.scalar(u"SELECT count(*) FROM evidence_items WHERE complete = 1"_s), 1);
    QCOMPARE(f.scalar(u"SELECT count(*) FROM evidence_chunks"_s), 40);
    QVERIFY(EvidenceStore(*context).verify((*outcome)->id).value_or(false));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
