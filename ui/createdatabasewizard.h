// "Create database" wizard: file location, office, first administrator, then the recovery key shown once with a
// print option. The database is created when the administrator page is committed; the last page cannot go back.
#pragma once

#include <QWizard>

#include "crypto/crypto.h"
#include "util/result.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace caselink {

class MessageBar;

class CreateDatabaseWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { LocationPageId, OfficePageId, AdministratorPageId, RecoveryKeyPageId };

    explicit CreateDatabaseWizard(QWidget* parent = nullptr);
    ~CreateDatabaseWizard() override;

    // Tests use cheap Argon2 parameters; the application keeps core's defaults.
    void setKdfParams(const crypto::Argon2Params& params) { m_kdf = params; }
    void setDatabasePath(const QString& path);

    QString createdPath() const { return m_createdPath; }
    QString adminUsername() const { return m_adminUsername; }

    // Called by the administrator page on commit. Public so tests can drive the wizard's finish logic.
    Status createDatabase();

    void done(int result) override;

private:
    void printRecoveryKey();

    crypto::Argon2Params m_kdf;
    QString m_createdPath;
    QString m_adminUsername;
    QLineEdit* m_recoveryKeyEdit = nullptr;
};

} // namespace caselink
