// Duplicate review: candidate pairs of person records from DuplicateFinder with their score and reasons, the two
// records side by side, and a merge the user chooses the direction of. The merge goes on the session's undo stack
// (MergePersonsCommand), so Edit > Undo reverses it.
#pragma once

#include <vector>

#include <QPointer>
#include <QWidget>

#include "jobs/jobrunner.h"
#include "matching/duplicatefinder.h"

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace caselink {

class DatabaseUndoStack;
class RepositoryContext;
struct Person;

class DuplicateReview : public QWidget {
    Q_OBJECT
public:
    DuplicateReview(RepositoryContext& context, DatabaseUndoStack& undoStack, QWidget* parent = nullptr);

    // Finds candidate pairs across the user's scope (DuplicateFinder::scan) as a background job; scanFinished()
    // follows.
    void scan();
    bool isScanning() const { return m_job != nullptr; }
    QStandardItemModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // Merges the selected pair, keeping the first (A) record when keepFirst, else the second one.
    bool mergeSelected(bool keepFirst);

signals:
    void openPerson(const QString& personId);
    void scanFinished();

private:
    void showFound(Result<std::vector<DuplicateCandidate>> pairs,
                   const std::vector<std::pair<QString, QString>>& names);
    void showPair(const QModelIndex& index);
    void fillSide(QFormLayout* form, const Person* person);

    RepositoryContext& m_context;
    DatabaseUndoStack& m_undoStack;
    std::vector<DuplicateCandidate> m_pairs;
    QPointer<Job> m_job;
    QDoubleSpinBox* m_minimum;
    QPushButton* m_scanButton;
    QPushButton* m_keepLeft;
    QPushButton* m_keepRight;
    QLabel* m_status;
    QStandardItemModel* m_model;
    QTreeView* m_view;
    QFormLayout* m_left;
    QFormLayout* m_right;
};

} // namespace caselink
