#include "unlockwidget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "security/session.h"
#include "ui/createdatabasewizard.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/settings.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

// The synthetic demo database's documented credentials (scripts/demo and the README name them). They protect
// invented data only; "Open demo" refuses any database that is not marked synthetic.
const QString kDemoUsername = u"demo.admin"_s;
const QString kDemoPassword = u"demo-password-2025"_s;

QLabel* heading(const QString& text, qreal scale, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

UnlockWidget::UnlockWidget(QWidget* parent)
    : QWidget(parent)
    , m_newDatabaseKdf(defaultKdfParams())
    , m_messageBar(new MessageBar(this))
    , m_recent(new QListWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_unlockButton(new QPushButton(QIcon(u":/icons/unlocked.svg"_s), tr("Unlock"), this))
    , m_demoButton(new QPushButton(tr("Open demo"), this))
    , m_throttleLabel(new QLabel(this)) {
    setObjectName(u"unlockWidget"_s);
    m_recent->setObjectName(u"recentList"_s);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_username->setObjectName(u"usernameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_demoButton->setObjectName(u"openDemoButton"_s);
    m_throttleLabel->setObjectName(u"throttleLabel"_s);

    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setAlignment(leadingAlignment());
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_throttleLabel->setWordWrap(true);
    m_throttleLabel->hide();
    m_unlockButton->setDefault(true);
    m_recent->setMinimumHeight(120);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/caselink.svg"_s).pixmap(56, 56));
    auto* titles = new QVBoxLayout;
    titles->addWidget(heading(tr("CaseLink"), 1.8, this));
    titles->addWidget(new QLabel(tr("Unlock an encrypted case database"), this));
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addLayout(titles, 1);

    auto* openButton = new QPushButton(tr("Open database…"), this);
    auto* createButton = new QPushButton(tr("Create database…"), this);
    openButton->setObjectName(u"openDatabaseButton"_s);
    createButton->setObjectName(u"createDatabaseButton"_s);
    auto* databaseButtons = new QHBoxLayout;
    databaseButtons->addWidget(openButton);
    databaseButtons->addWidget(createButton);
    databaseButtons->addWidget(m_demoButton);
    databaseButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Database:"), m_databaseLabel);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);

    auto* card = new QFrame(this);
    card->setObjectName(u"unlockCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(640);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addLayout(header);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_messageBar);
    cardLayout->addWidget(new QLabel(tr("Recent databases:"), card));
    cardLayout->addWidget(m_recent);
    cardLayout->addLayout(databaseButtons);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_throttleLabel);
    cardLayout->addWidget(m_unlockButton, 0, Qt::AlignTrailing);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &UnlockWidget::tick);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockWidget::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockWidget::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_username, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockButton);
    connect(openButton, &QPushButton::clicked, this, &UnlockWidget::openDatabase);
    connect(createButton, &QPushButton::clicked, this, &UnlockWidget::createDatabase);
    connect(m_demoButton, &QPushButton::clicked, this, &UnlockWidget::openDemo);
    connect(m_recent, &QListWidget::currentItemChanged, this, &UnlockWidget::recentActivated);

    refreshRecent();
    const QStringList recent = Settings::instance().recentDatabases();
    setDatabasePath(recent.isEmpty() ? QString() : recent.first());
}

UnlockWidget::~UnlockWidget() = default;

QString UnlockWidget::demoUsername() {
    return kDemoUsername;
}

QString UnlockWidget::demoDatabasePath() const {
    return m_demoPath.isEmpty() ? Settings::instance().demoDatabasePath() : m_demoPath;
}

void UnlockWidget::setDatabasePath(const QString& path) {
    m_databasePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_databasePath.isEmpty()) {
        m_databaseLabel->setText(tr("No database chosen. Pick a recent one, open a file or create a new database."));
    } else {
        m_databaseLabel->setText(isolatedLatin(QDir::toNativeSeparators(m_databasePath)));
    }
    updateThrottle();
}

void UnlockWidget::setUsername(const QString& username) {
    m_username->setText(username);
}

void UnlockWidget::refreshRecent() {
    const QSignalBlocker blocker(m_recent);
    m_recent->clear();
    for (const QString& path : Settings::instance().recentDatabases()) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(QIcon(u":/icons/database.svg"_s), info.fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setText(tr("%1 (missing)").arg(info.fileName()));
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (path == m_databasePath) {
            m_recent->setCurrentItem(item);
        }
    }
}

void UnlockWidget::recentActivated(QListWidgetItem* item) {
    if (item) {
        setDatabasePath(item->data(Qt::UserRole).toString());
        m_messageBar->dismiss();
    }
}

void UnlockWidget::openDatabase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case database"), m_databasePath,
                                                      tr("CaseLink databases (*.caselink)"));
    if (!path.isEmpty()) {
        setDatabasePath(path);
        m_messageBar->dismiss();
        m_username->setFocus();
    }
}

void UnlockWidget::createDatabase() {
    CreateDatabaseWizard wizard(this);
    wizard.setKdfParams(m_newDatabaseKdf);
    if (wizard.exec() != QDialog::Accepted || wizard.createdPath().isEmpty()) {
        return;
    }
    Settings::instance().addRecentDatabase(wizard.createdPath());
    refreshRecent();
    setDatabasePath(wizard.createdPath());
    setUsername(wizard.adminUsername());
    m_messageBar->showMessage(tr("The database was created. Enter the administrator password to unlock it."),
                              MessageBar::Type::Info);
    m_password->setFocus();
}

void UnlockWidget::openDemo() {
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        m_messageBar->showMessage(tr("There is no demo database at %1. Run scripts/demo to create it.")
                                      .arg(isolatedLatin(QDir::toNativeSeparators(path))),
                                  MessageBar::Type::Warning);
        return;
    }
    (void)unlock(path, kDemoUsername, SecureBytes::fromUtf8(kDemoPassword));
}

void UnlockWidget::submit() {
    if (m_databasePath.isEmpty()) {
        m_messageBar->showMessage(tr("Choose a database first."), MessageBar::Type::Warning);
        return;
    }
    if (isThrottled()) {
        return;
    }
    const SecureBytes password = SecureBytes::fromUtf8(m_password->text());
    // The field is emptied before the slow key derivation so the text does not outlive this attempt on screen.
    m_password->clear();
    (void)unlock(m_databasePath, m_username->text().trimmed(), password);
}

Status UnlockWidget::unlock(const QString& path, const QString& username, const SecureBytes& password) {
    setDatabasePath(path);
    m_password->clear();
    UnlockOptions options;
    options.throttle = &m_throttle;
    options.anchor = &m_anchor;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Session>> session = Session::unlock(path, username, password, options);
    QGuiApplication::restoreOverrideCursor();
    if (!session) {
        m_messageBar->showMessage(session.error().message, MessageBar::Type::Error);
        updateThrottle();
        m_password->setFocus();
        return std::unexpected(session.error());
    }
    if (path == demoDatabasePath() && username == kDemoUsername && !(*session)->isSynthetic()) {
        (void)(*session)->close();
        const Error error{ErrorCode::Usage, tr("%1 is not a synthetic demo database; open it with your own "
                                               "account.")
                                                .arg(isolatedLatin(QDir::toNativeSeparators(path)))};
        m_messageBar->showMessage(error.message, MessageBar::Type::Error);
        return std::unexpected(error);
    }
    m_session = std::move(*session);
    m_messageBar->dismiss();
    Settings::instance().addRecentDatabase(path);
    refreshRecent();
    emit unlocked();
    return ok();
}

std::unique_ptr<Session> UnlockWidget::takeSession() {
    return std::move(m_session);
}

void UnlockWidget::reset() {
    m_password->clear();
    refreshRecent();
    updateThrottle();
    m_password->setFocus();
}

void UnlockWidget::updateThrottle() {
    m_secondsLeft = 0;
    if (!m_databasePath.isEmpty()) {
        // The throttle is kept per database id, which the keyslot file names without needing a password.
        if (const auto id = Session::databaseIdOf(m_databasePath)) {
            m_secondsLeft = static_cast<int>(m_throttle.remainingDelay(*id).count());
        }
    }
    if (m_secondsLeft > 0) {
        m_countdown.start();
    } else {
        m_countdown.stop();
    }
    showThrottle();
}

void UnlockWidget::tick() {
    if (--m_secondsLeft <= 0) {
        // Re-read rather than trust the local count: another attempt may have lengthened the delay.
        updateThrottle();
        return;
    }
    showThrottle();
}

void UnlockWidget::showThrottle() {
    if (m_secondsLeft > 0) {
        m_throttleLabel->setText(
            tr("Too many failed attempts. You can try again in %n second(s).", nullptr, m_secondsLeft));
        m_throttleLabel->show();
    } else {
        m_throttleLabel->hide();
    }
    updateUnlockButton();
}

void UnlockWidget::updateUnlockButton() {
    const bool throttled = isThrottled();
    m_unlockButton->setEnabled(!throttled && !m_databasePath.isEmpty() && !m_username->text().trimmed().isEmpty());
    m_demoButton->setEnabled(!throttled || m_databasePath != demoDatabasePath());
}

} // namespace caselink
