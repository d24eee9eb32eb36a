// Background work for an open database: the one way CaseLink runs anything long (imports, bundle import and export,
// evidence intake, duplicate scans, watch-list matching, chart extraction and layout, statistics) off the thread that
// draws the window. Each job runs on a pool thread with a database connection of its own (Session::database() opens
// it on first use and the runner closes it when the job ends), reports progress and reads a cancellation flag
// through JobControl, and hands its result to a context object on the runner's thread - or drops it when that object
// is gone by then (the idea of KeePassXC's AsyncTask). Destroying the runner cancels every job and waits for it, so
// no job outlives the session whose connection it uses.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>

namespace caselink {

class Session;

namespace detail {
struct JobState {
    std::atomic_bool cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{-1};
    std::mutex statusMutex;
    QString status;
};
} // namespace detail

// The job's side: thread-safe, cheap to call often.
class JobControl {
public:
    explicit JobControl(std::shared_ptr<detail::JobState> state)
        : m_state(std::move(state)) {}

    bool isCancelled() const { return m_state->cancelled.load(); }
    // For core calls that watch a flag of their own.
    const std::atomic_bool* cancelFlag() const { return &m_state->cancelled; }
    // total < 0: unknown.
    void setProgress(qint64 done, qint64 total) {
        m_state->total = total;
        m_state->done = done;
    }
    void setStatus(const QString& text) {
        const std::lock_guard lock(m_state->statusMutex);
        m_state->status = text;
    }
    // For core calls that take a progress callback answering false to stop.
    std::function<bool(qint64, qint64)> progressCallback() {
        auto state = m_state;
        return [state](qint64 done, qint64 total) {
            state->total = total;
            state->done = done;
            return !state->cancelled.load();
        };
    }

private:
    std::shared_ptr<detail::JobState> m_state;
};

// The runner's side of one job, on the runner's thread.
class Job : public QObject {
    Q_OBJECT

public:
    Job(QString title, std::shared_ptr<detail::JobState> state, QObject* parent);

    const QString& title() const { return m_title; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_state->cancelled.load(); }
    qint64 done() const { return m_state->done.load(); }
    qint64 total() const { return m_state->total.load(); }
    QString status() const;

public slots:
    // Asks the job to stop; it ends at its next check and its result says so.
    void cancel();

signals:
    // At most every kProgressIntervalMs while the job runs, when something changed.
    void progressChanged(qint64 done, qint64 total, const QString& status);
    // After the result was handed to the context object (or dropped because it was gone).
    void finished();

private:
    friend class JobRunner;
    static constexpr int kProgressIntervalMs = 100;
    void poll();
    void complete();

    QString m_title;
    std::shared_ptr<detail::JobState> m_state;
    QTimer m_timer;
    bool m_running = true;
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -2;
    QString m_shownStatus;
};

class JobRunner : public QObject {
    Q_OBJECT

public:
    // session: whose connections jobs use (nullptr for jobs that never touch a database).
    explicit JobRunner(Session* session, QObject* parent = nullptr);
    ~JobRunner() override;

    // Runs work on a pool thread; done(result) then runs on this runner's thread if context still exists. The returned
    // Job lives until it finished (then it is deleted later); keep a QPointer to it, not a plain pointer.
    template <typename Result>
    Job* start(const QString& title, QObject* context, std::function<Result(JobControl&)> work,
               std::function<void(Result&&)> done) {
        auto state = std::make_shared<detail::JobState>();
        auto* job = new Job(title, state, this);
        QPointer<QObject> receiver(context);
        Session* session = m_session;
        launch(job, [job, state, session, receiver, work = std::move(work), done = std::move(done)]() mutable {
            JobControl control(state);
            auto result = std::make_shared<Result>(work(control));
            releaseConnection(session);
            QMetaObject::invokeMethod(
                job,
                [job, receiver, result, done = std::move(done)]() mutable {
                    if (receiver && done) {
                        done(std::move(*result));
                    }
                    job->complete();
                },
                Qt::QueuedConnection);
        });
        return job;
    }

    // Jobs started and not yet finished.
    int runningCount() const { return m_running; }
    void cancelAll();
    // Blocks until every job's work has returned (results still to be delivered are delivered by the event loop).
    void waitForAll();

signals:
    void jobStarted(caselink::Job* job);
    void jobFinished(caselink::Job* job);

private:
    friend class Job;
    void launch(Job* job, std::function<void()> body);
    static void releaseConnection(Session* session);

    Session* m_session;
    QThreadPool m_pool;
    int m_running = 0;
};

} // namespace caselink
