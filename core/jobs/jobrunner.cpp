#include "jobs/jobrunner.h"

#include "security/session.h"

namespace caselink {

Job::Job(QString title, std::shared_ptr<detail::JobState> state, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_state(std::move(state)) {
    m_timer.setInterval(kProgressIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Job::poll);
    m_timer.start();
}

QString Job::status() const {
    const std::lock_guard lock(m_state->statusMutex);
    return m_state->status;
}

void Job::cancel() {
    m_state->cancelled = true;
}

void Job::poll() {
    const qint64 doneNow = done();
    const qint64 totalNow = total();
    const QString statusNow = status();
    if (doneNow == m_shownDone && totalNow == m_shownTotal && statusNow == m_shownStatus) {
        return;
    }
    m_shownDone = doneNow;
    m_shownTotal = totalNow;
    m_shownStatus = statusNow;
    emit progressChanged(doneNow, totalNow, statusNow);
}

void Job::complete() {
    m_timer.stop();
    m_running = false;
    emit finished();
    if (auto* runner = qobject_cast<JobRunner*>(parent())) {
        --runner->m_running;
        emit runner->jobFinished(this);
    }
    deleteLater();
}

JobRunner::JobRunner(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    // Database work is mostly waiting on one file; two workers keep a second core busy without crowding the window.
    m_pool.setMaxThreadCount(2);
    // Pool threads end soon after their last job, so no idle thread outlives the session by long.
    m_pool.setExpiryTimeout(2000);
}

JobRunner::~JobRunner() {
    cancelAll();
    waitForAll();
}

void JobRunner::launch(Job* job, std::function<void()> body) {
    ++m_running;
    emit jobStarted(job);
    m_pool.start(std::move(body));
}

void JobRunner::releaseConnection(Session* session) {
    if (session) {
        session->detachCurrentThread();
    }
}

void JobRunner::cancelAll() {
    for (Job* job : findChildren<Job*>(Qt::FindDirectChildrenOnly)) {
        job->cancel();
    }
}

void JobRunner::waitForAll() {
    m_pool.waitForDone();
}

} // namespace caselink
