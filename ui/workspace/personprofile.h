// The profile of one person, opened as a tab of the main window: names in both scripts, aliases, lineage,
// identifiers, photo, flags, roles across cases, payments and cross-case correlation.
#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace caselink {

class MessageBar;
class Navigator;
class PersonDialog;
class RepositoryContext;

class PersonProfile : public QWidget {
    Q_OBJECT
public:
    PersonProfile(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack, const QString& personId,
                  QWidget* parent = nullptr);
    ~PersonProfile() override;

    QString personId() const { return m_personId; }
    // The tab title: the person's name in the user's language.
    QString title() const;

    // Reads the person again and re-renders; runs by itself after each committed change.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    PersonDialog* editPerson();
    // Stores image bytes (JPEG or PNG) as the person's photo, undoably.
    void setPhoto(const QByteArray& bytes, const QString& mime);
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* casesTable() const { return m_cases; }
    QTableWidget* paymentsTable() const { return m_payments; }
    QTableWidget* correlationTable() const { return m_correlation; }
    QLabel* photoLabel() const { return m_photo; }
    MessageBar* messageBar() const { return m_messages; }

signals:
    void titleChanged(const QString& title);

private:
    RepositoryContext& m_context;
    Navigator& m_navigator;
    QUndoStack& m_undoStack;
    QString m_personId;

    void choosePhoto();
    void buildIdentity();

    MessageBar* m_messages = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_nameUrdu = nullptr;
    QLabel* m_lineage = nullptr;
    QLabel* m_flags = nullptr;
    QLabel* m_photo = nullptr;
    QLabel* m_restricted = nullptr;
    QFormLayout* m_identity = nullptr;
    QLabel* m_identityValues[9] = {};
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_cases = nullptr;
    QTableWidget* m_payments = nullptr;
    QTableWidget* m_correlation = nullptr;
    QTableWidget* m_watchlists = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_photoButton = nullptr;
    QByteArray m_photoData;
    QString m_title;
    bool m_loaded = false;
    class CoalescedRefresh* m_refresher = nullptr;
    QSet<QString> m_caseIds; // the cases the person holds a role in, as last shown
};

} // namespace caselink
