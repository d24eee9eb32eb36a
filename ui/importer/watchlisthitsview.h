// Watch-list and Red Book hits: run a list against every person in scope, see each hit with its score and reasons,
// open the person, confirm or dismiss the hit.
#pragma once

#include <vector>

#include <QWidget>

#include "importer/watchlistmatch.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace caselink {

class Navigator;
class RepositoryContext;

class WatchListHitsView : public QWidget {
    Q_OBJECT

public:
    WatchListHitsView(RepositoryContext& context, Navigator& navigator, QWidget* parent = nullptr);

    void runList(const QString& list);
    void reload();
    int hitCount() const { return int(m_hits.size()); }

private:
    void display(const Result<std::vector<WatchListHit>>& hits);
    void setStatus(const QString& status);

    RepositoryContext& m_context;
    Navigator& m_navigator;
    QComboBox* m_list = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    std::vector<WatchListHit> m_hits;
};

} // namespace caselink
