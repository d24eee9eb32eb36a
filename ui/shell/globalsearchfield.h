// The toolbar's search field (Ctrl+K): as the user types (debounced), persons by name in either script and any
// spelling or by CNIC, passport or phone, cases by FIR or enquiry number or title, and organisations by name, in a
// popup grouped by type. The persons group says how many more match ("and 214 more") and offers "Show all results",
// which opens every match as a paged list. Arrows move, Enter opens the record through the Navigator, Escape closes
// the popup. Everything goes through GlobalSearch and so through the repositories' scope.
// Each search the user runs is audited once, as the command line's is (GlobalSearch::auditPersonSearch: counts, never
// the query): when its results are left - a record or the results page opened, the popup closed, the window locked.
// Typing runs a search every pause of kDebounceMs; the prefixes typed on the way to a name are not searches of their
// own, and an entry for each would fill the audit chain and add a synchronous write to every keystroke.
#pragma once

#include <optional>

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
    // KindRole of the "Show all results" entry.
    static constexpr int kShowAllKind = -2;
    static constexpr int kDebounceMs = 30;

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
    // The query of the last search run, whose results the popup shows.
    QString lastQuery() const { return m_lastQuery; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPopup();
    void hidePopup();
    void moveSelection(int step);
    void open(const QModelIndex& index);
    void showMoreEntries(const QString& query, qint64 total, int shown);
    // Writes the audit entry of the search whose results are on screen, once.
    void auditShownSearch();

    RepositoryContext* m_context = nullptr;
    Navigator* m_navigator = nullptr;
    QStandardItemModel* m_results;
    QTreeView* m_popup;
    QTimer* m_timer;
    QString m_lastQuery;
    struct ShownSearch {
        qint64 found = 0;
        qint64 shown = 0;
    };
    std::optional<ShownSearch> m_unaudited;
};

} // namespace caselink
