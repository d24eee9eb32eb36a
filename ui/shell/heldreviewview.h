// The "Held for review" section: persons a spreadsheet or bundle import could not tell apart from someone already
// recorded, one list for both sources (paged, scoped, newest first) with score, reasons and source; the selected pair
// side by side; "Same person — merge" and "Different persons" as commands on the session's undo stack, so Edit > Undo
// reverses them. Pairs with a protected person show pseudonyms and cannot be decided without the victim grant.
#pragma once

#include <optional>

#include <QWidget>

#include "exchange/heldreview.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caselink {

class DatabaseUndoStack;
class HeldReviewListModel;
class RepositoryContext;

class HeldReviewView : public QWidget {
    Q_OBJECT
public:
    HeldReviewView(RepositoryContext& context, DatabaseUndoStack& undoStack, QWidget* parent = nullptr);

    HeldReviewListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* sameButton() const { return m_same; }
    QPushButton* differentButton() const { return m_different; }
    const std::optional<HeldItem>& current() const { return m_item; }
    qint64 openCount() const { return m_count; }
    // Decides the selected pair through the undo stack. False (with the reason shown) when it did not happen.
    bool decideSelected(HeldDecision decision);

signals:
    void openPerson(const QString& personId);
    void openCase(const QString& caseId);
    // The number of open items in the user's scope, after every change that may alter it.
    void openCountChanged(qint64 count);

private:
    void showItem();
    void fillSide(QGroupBox* box, QFormLayout* form, const HeldRecord* record, bool incoming);
    void refreshCount();
    void reselect();
    void fitColumns();
    QString selectedId() const;

    RepositoryContext& m_context;
    DatabaseUndoStack& m_undoStack;
    HeldReviewListModel* m_model;
    QComboBox* m_source;
    QLabel* m_summary;
    QTableView* m_view;
    QLabel* m_pair;
    QGroupBox* m_heldBox;
    QGroupBox* m_existingBox;
    QFormLayout* m_heldForm;
    QFormLayout* m_existingForm;
    QPushButton* m_openHeld;
    QPushButton* m_openExisting;
    QPushButton* m_same;
    QPushButton* m_different;
    QLabel* m_status;
    std::optional<HeldItem> m_item;
    QString m_lastId; // the item shown, to keep it (or its row) selected across a reload
    int m_lastRow = 0;
    qint64 m_count = -1;
    bool m_keepStatus = false;
};

} // namespace caselink
