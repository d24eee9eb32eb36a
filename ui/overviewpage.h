// The welcome page shown after unlocking: who is signed in, for which office, and what the open database is.
// Only facts read from the session; nothing is invented while the case sections are still to come.
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace caselink {

class Session;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void showSession(Session& session);
    // Forgets everything shown, so nothing from the database stays on screen after locking.
    void clear();

private:
    QLabel* addRow(const QString& label, const QString& objectName);

    QLabel* m_welcome = nullptr;
    QLabel* m_syntheticNote = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_office = nullptr;
    QLabel* m_database = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_accounts = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace caselink
