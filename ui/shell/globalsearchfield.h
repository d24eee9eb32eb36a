// The toolbar's search field (Ctrl+K): as the user types (debounced), persons by name in either script and any
// spelling or by CNIC, passport or phone, cases by FIR or enquiry number or title, and organisations by name, in a
// popup grouped by type. Arrows move, Enter opens the record through the Navigator, Escape closes the popup.
// Everything goes through GlobalSearch and so through the repositories' scope.
#pragma once

#include <QLineEdit>

class QStandardItemModel;
class QTimer;
class QTreeView;

namespace caselink {

class Navigator;
class RepositoryContext;

class GlobalSearchField : public QLineEdit {
    Q_OBJECT
public:
    enum Roles { KindRole = Qt::UserRole + 1, IdRole };
    static constexpr int kDebounceMs = 150;

    explicit GlobalSearchField(QWidget* parent = nullptr);
    ~GlobalSearchField() override;

    // nullptr while locked: the field clears and refuses to search.
    void setContext(RepositoryContext* context, Navigator* navigator);

    // Runs the search for text now (the debounce timer calls this) and fills resultsModel().
    void search(const QString& text);
    QStandardItemModel* resultsModel() const { return m_results; }
    QTreeView* popup() const { return m_popup; }
    // Opens the current (or given) result through the Navigator and closes the popup.
    void openCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPopup();
    void hidePopup();
    void moveSelection(int step);
    void open(const QModelIndex& index);

    RepositoryContext* m_context = nullptr;
    Navigator* m_navigator = nullptr;
    QStandardItemModel* m_results;
    QTreeView* m_popup;
    QTimer* m_timer;
};

} // namespace caselink
