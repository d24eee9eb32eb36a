#include "createdatabasewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTextDocument>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "security/session.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/passwordstrength.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

QString withExtension(QString path) {
    path = path.trimmed();
    if (!path.isEmpty() && !path.endsWith(u".caselink"_s)) {
        path += u".caselink"_s;
    }
    return path;
}

class LocationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit LocationPage(QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_pathEdit(new QLineEdit(this))
        , m_messageBar(new MessageBar(this)) {
        setTitle(tr("Database file"));
        setSubTitle(tr("Choose where the encrypted case database is stored. A key file is kept beside it."));
        m_pathEdit->setObjectName(u"databasePathEdit"_s);
        auto* browse = new QPushButton(tr("Browse…"), this);
        auto* row = new QHBoxLayout;
        row->addWidget(m_pathEdit, 1);
        row->addWidget(browse);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_messageBar);
        layout->addWidget(new QLabel(tr("Database file:"), this));
        layout->addLayout(row);
        layout->addStretch();
        registerField(u"databasePath*"_s, m_pathEdit);
        connect(browse, &QPushButton::clicked, this, &LocationPage::browse);
    }

    bool validatePage() override {
        const QString path = withExtension(m_pathEdit->text());
        const QFileInfo info(path);
        if (!info.dir().exists()) {
            m_messageBar->showMessage(tr("The folder %1 does not exist.").arg(isolatedLatin(info.dir().path())),
                                      MessageBar::Type::Error);
            return false;
        }
        const DatabaseFiles files(path);
        if (QFile::exists(files.database) || QFile::exists(files.keys)) {
            m_messageBar->showMessage(tr("%1 already exists. Choose a new file name; CaseLink never overwrites a "
                                         "database.")
                                          .arg(isolatedLatin(QDir::toNativeSeparators(path))),
                                      MessageBar::Type::Error);
            return false;
        }
        m_pathEdit->setText(path);
        m_messageBar->dismiss();
        return true;
    }

private:
    void browse() {
        const QString path = QFileDialog::getSaveFileName(this, tr("New case database"), m_pathEdit->text(),
                                                          tr("CaseLink databases (*.caselink)"));
        if (!path.isEmpty()) {
            m_pathEdit->setText(withExtension(path));
        }
    }

    QLineEdit* m_pathEdit;
    MessageBar* m_messageBar;
};

class OfficePage : public QWizardPage {
    Q_OBJECT
public:
    explicit OfficePage(QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_combo(new QComboBox(this)) {
        setTitle(tr("Office"));
        setSubTitle(tr("The office this database belongs to. Its cases, users and audit entries carry this office."));
        m_combo->setObjectName(u"officeCombo"_s);
        auto* layout = new QFormLayout(this);
        layout->addRow(tr("Office:"), m_combo);
        fillOffices();
    }

    QString officeCode() const { return m_combo->currentData().toString(); }

private:
    // The organisation tree that core seeds new databases with; no session exists yet to ask core for it.
    void fillOffices() {
        QFile file(u":/data/org_units.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            m_combo->addItem(u"HQ"_s, u"HQ"_s);
            return;
        }
        const QJsonArray units = QJsonDocument::fromJson(file.readAll()).object().value(u"units"_s).toArray();
        QHash<QString, int> depth;
        const bool urdu = currentLanguage() == u"ur"_s;
        for (const auto& value : units) {
            const QJsonObject unit = value.toObject();
            const QString code = unit.value(u"code"_s).toString();
            const QString parent = unit.value(u"parent"_s).toString();
            const int level = parent.isEmpty() ? 0 : depth.value(parent) + 1;
            depth.insert(code, level);
            const QString name = unit.value(urdu ? u"name_ur"_s : u"name_en"_s).toString();
            m_combo->addItem(QString(level * 3, u' ') + tr("%1 — %2").arg(code, name), code);
        }
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(u"HQ"_s)));
    }

    QComboBox* m_combo;
};

class AdministratorPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AdministratorPage(CreateDatabaseWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_username(new QLineEdit(this))
        , m_displayName(new QLineEdit(this))
        , m_password(new QLineEdit(this))
        , m_confirm(new QLineEdit(this))
        , m_strength(new QProgressBar(this))
        , m_strengthText(new QLabel(this))
        , m_matchText(new QLabel(this))
        , m_messageBar(new MessageBar(this)) {
        setTitle(tr("First administrator"));
        setSubTitle(tr("The administrator adds the other users. Choose a long password that you do not use "
                       "anywhere else."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Create database"));

        m_username->setObjectName(u"usernameEdit"_s);
        m_displayName->setObjectName(u"displayNameEdit"_s);
        m_password->setObjectName(u"passwordEdit"_s);
        m_confirm->setObjectName(u"confirmPasswordEdit"_s);
        m_username->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[a-z0-9][a-z0-9._-]{0,63}"_s), m_username));
        m_username->setPlaceholderText(tr("e.g. a.khan"));
        for (auto* edit : {m_password, m_confirm}) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        }
        m_strength->setRange(0, 100);
        m_strength->setTextVisible(false);
        m_strength->setMaximumHeight(8);

        auto* form = new QFormLayout;
        form->addRow(tr("User name:"), m_username);
        form->addRow(tr("Full name:"), m_displayName);
        form->addRow(tr("Password:"), m_password);
        form->addRow(QString(), m_strength);
        form->addRow(QString(), m_strengthText);
        form->addRow(tr("Repeat password:"), m_confirm);
        form->addRow(QString(), m_matchText);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_messageBar);
        layout->addLayout(form);
        layout->addStretch();

        registerField(u"adminUsername*"_s, m_username);
        registerField(u"adminDisplayName*"_s, m_displayName);
        for (auto* edit : {m_password, m_confirm}) {
            connect(edit, &QLineEdit::textChanged, this, &AdministratorPage::updateFeedback);
        }
        updateFeedback();
    }

    bool isComplete() const override {
        return QWizardPage::isComplete() && m_password->text().size() >= minimumPasswordLength &&
               m_password->text() == m_confirm->text();
    }

    bool validatePage() override {
        const Status created = m_wizard->createDatabase();
        if (!created) {
            m_messageBar->showMessage(created.error().message, MessageBar::Type::Error);
            return false;
        }
        m_messageBar->dismiss();
        return true;
    }

    QString password() const { return m_password->text(); }
    void clearPasswords() {
        m_password->clear();
        m_confirm->clear();
    }

private:
    void updateFeedback() {
        const PasswordStrength strength = estimatePasswordStrength(m_password->text());
        m_strength->setValue(passwordStrengthPercent(strength.level));
        m_strengthText->setText(tr("Strength: %1").arg(passwordStrengthText(strength.level)));
        if (m_confirm->text().isEmpty()) {
            m_matchText->clear();
        } else if (m_confirm->text() == m_password->text()) {
            m_matchText->setText(tr("The passwords match."));
        } else {
            m_matchText->setText(tr("The passwords do not match."));
        }
        emit completeChanged();
    }

    CreateDatabaseWizard* m_wizard;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QProgressBar* m_strength;
    QLabel* m_strengthText;
    QLabel* m_matchText;
    MessageBar* m_messageBar;
};

class RecoveryKeyPage : public QWizardPage {
    Q_OBJECT
public:
    RecoveryKeyPage(QLineEdit* keyEdit, QWidget* parent)
        : QWizardPage(parent) {
        setTitle(tr("Recovery key"));
        setSubTitle(tr("The database was created. This recovery key can give an administrator a new password. It is "
                       "shown only now and CaseLink does not keep a copy."));
        keyEdit->setParent(this);
        keyEdit->setObjectName(u"recoveryKeyEdit"_s);
        keyEdit->setReadOnly(true);
        // The key is Latin letters and digits grouped left to right, also in the Urdu interface.
        keyEdit->setLayoutDirection(Qt::LeftToRight);
        keyEdit->setAlignment(Qt::AlignCenter);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(mono.pointSizeF() * 1.4);
        keyEdit->setFont(mono);

        auto* print = new QPushButton(tr("Print…"), this);
        print->setObjectName(u"printRecoveryKeyButton"_s);
        auto* confirm = new QCheckBox(tr("I have written down or printed the recovery key and will keep it in a safe "
                                         "place."),
                                      this);
        confirm->setObjectName(u"writtenDownCheck"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(keyEdit);
        layout->addWidget(print, 0, Qt::AlignLeading);
        layout->addSpacing(12);
        layout->addWidget(confirm);
        layout->addStretch();
        // The asterisk makes the field mandatory: Finish stays disabled until the box is ticked.
        registerField(u"recoveryKeyWrittenDown*"_s, confirm);
        connect(print, &QPushButton::clicked, this, &RecoveryKeyPage::printRequested);
    }

signals:
    void printRequested();
};

} // namespace

CreateDatabaseWizard::CreateDatabaseWizard(QWidget* parent)
    : QWizard(parent)
    , m_kdf(defaultKdfParams())
    , m_recoveryKeyEdit(new QLineEdit) {
    setWindowTitle(tr("Create case database"));
    setWindowIcon(QIcon(u":/icons/caselink.svg"_s));
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    // Qt ships no Urdu catalogue for its own buttons, so the wizard names them through ours.
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(LocationPageId, new LocationPage(this));
    setPage(OfficePageId, new OfficePage(this));
    setPage(AdministratorPageId, new AdministratorPage(this));
    auto* recoveryPage = new RecoveryKeyPage(m_recoveryKeyEdit, this);
    setPage(RecoveryKeyPageId, recoveryPage);
    connect(recoveryPage, &RecoveryKeyPage::printRequested, this, &CreateDatabaseWizard::printRecoveryKey);
}

CreateDatabaseWizard::~CreateDatabaseWizard() = default;

void CreateDatabaseWizard::setDatabasePath(const QString& path) {
    setField(u"databasePath"_s, path);
}

Status CreateDatabaseWizard::createDatabase() {
    auto* adminPage = static_cast<AdministratorPage*>(page(AdministratorPageId));
    CreateOptions options;
    options.path = withExtension(field(u"databasePath"_s).toString());
    options.adminUsername = field(u"adminUsername"_s).toString();
    options.adminDisplayName = field(u"adminDisplayName"_s).toString().trimmed();
    options.officeCode = static_cast<OfficePage*>(page(OfficePageId))->officeCode();
    options.kdf = m_kdf;
    if (options.officeCode.isEmpty()) {
        options.officeCode = u"HQ"_s;
    }

    // Argon2 takes a noticeable moment with the production parameters.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const SecureBytes password = SecureBytes::fromUtf8(adminPage->password());
    const Result<CreateResult> created = Session::create(options, password);
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        return std::unexpected(created.error());
    }
    adminPage->clearPasswords();
    m_createdPath = options.path;
    m_adminUsername = options.adminUsername;
    m_recoveryKeyEdit->setText(created->recoveryKey);
    return ok();
}

void CreateDatabaseWizard::printRecoveryKey() {
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print recovery key"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QTextDocument document;
    const QString html = tr("<h2>CaseLink recovery key</h2>"
                            "<p>Database: %1</p><p>Created: %2</p>"
                            "<p style=\"font-family:monospace; font-size:20pt\">%3</p>"
                            "<p>Keep this page locked away. Anyone holding it and the database file can set a new "
                            "administrator password.</p>")
                             .arg(m_createdPath.toHtmlEscaped(), displayDateTime(QDateTime::currentDateTimeUtc()),
                                  m_recoveryKeyEdit->text().toHtmlEscaped());
    document.setHtml(html);
    document.print(&printer);
}

void CreateDatabaseWizard::done(int result) {
    // The key should not stay on screen or in the widget once the wizard closes.
    m_recoveryKeyEdit->clear();
    QWizard::done(result);
}

} // namespace caselink

#include "createdatabasewizard.moc"
