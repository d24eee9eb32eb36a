// Watch-list and Red Book hits: run a list against every person in scope, see each hit with its score and reasons,
// open the person, confirm or dismiss the hit.
#pragma once

#include <vector>

#include <QPointer>
#include <QWidget>

#include "jobs/jobrunner.h"
#include "matching/watchlistmatch.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace caselink {

class Navigator;
class RepositoryContext;

class WatchListHitsView : public QWidget {
    Q_OBJECT

public:
    WatchListHitsView(RepositoryContext& context, Navigator& navigator, QWidget* parent = nullptr);

    // Matches the list against all persons as a background job (progress, cancel); the hits follow.
    void runList(const QString& list);
    void cancelRun();
    bool isRunning() const { return m_job != nullptr; }
    void reload();
    int hitCount() const { return int(m_hits.size()); }

signals:
    void runFinished(bool ok);

private:
    void display(const Result<std::vector<WatchListHit>>& hits);
    void setStatus(const QString& status);

    RepositoryContext& m_context;
    Navigator& m_navigator;
    QComboBox* m_list = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPointer<Job> m_job;
    std::vector<WatchListHit> m_hits;
};

} // namespace caselink
