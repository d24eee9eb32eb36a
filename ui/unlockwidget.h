// The unlock screen: recent databases, user name and password, "Create database…" and "Open demo". Failed
// attempts are throttled per database (core's UnlockThrottle) and the remaining delay is counted down here.
#pragma once

#include <memory>

#include <QTimer>
#include <QWidget>

#include "crypto/crypto.h"
#include "security/rollbackanchor.h"
#include "security/unlockthrottle.h"
#include "util/result.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace caselink {

class MessageBar;
class SecureBytes;
class Session;

class UnlockWidget : public QWidget {
    Q_OBJECT
public:
    explicit UnlockWidget(QWidget* parent = nullptr);
    ~UnlockWidget() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const { return m_databasePath; }
    void setUsername(const QString& username);
    void setDemoDatabasePath(const QString& path) { m_demoPath = path; }
    QString demoDatabasePath() const;
    // Tests create databases with cheap Argon2 parameters through the wizard.
    void setKdfParamsForNewDatabases(const crypto::Argon2Params& params) { m_newDatabaseKdf = params; }

    // Unlocks path as username. On success keeps the session for takeSession() and emits unlocked().
    Status unlock(const QString& path, const QString& username, const SecureBytes& password);
    std::unique_ptr<Session> takeSession();

    MessageBar* messageBar() const { return m_messageBar; }
    // Back to a clean screen after locking: no password, fresh recent list, throttle state re-read.
    void reset();

    static QString demoUsername();

public slots:
    void createDatabase();
    void openDatabase();
    void openDemo();

signals:
    void unlocked();

private:
    void submit();
    void refreshRecent();
    void recentActivated(QListWidgetItem* item);
    void updateThrottle();
    void tick();
    void showThrottle();
    void updateUnlockButton();
    bool isThrottled() const { return m_secondsLeft > 0; }

    UnlockThrottle m_throttle;
    RollbackAnchor m_anchor; // what this computer saw of each database (rollbackanchor.h)
    QTimer m_countdown;
    int m_secondsLeft = 0;
    std::unique_ptr<Session> m_session;
    QString m_databasePath;
    QString m_demoPath;
    crypto::Argon2Params m_newDatabaseKdf;

    MessageBar* m_messageBar = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_demoButton = nullptr;
    QLabel* m_throttleLabel = nullptr;
};

} // namespace caselink
