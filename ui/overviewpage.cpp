#include "overviewpage.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "security/session.h"
#include "ui/language.h"

namespace caselink {

using namespace Qt::StringLiterals;

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_welcome(new QLabel(this))
    , m_syntheticNote(new QLabel(this))
    , m_form(new QFormLayout) {
    setObjectName(u"overviewPage"_s);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    QFont font = m_welcome->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_welcome->setFont(font);
    m_syntheticNote->setObjectName(u"syntheticNote"_s);
    m_syntheticNote->setWordWrap(true);
    m_syntheticNote->setStyleSheet(
        u"background:#fff4e5; border:1px solid #f0c27a; color:#663c00; border-radius:4px; padding:6px;"_s);
    m_syntheticNote->setText(tr("This is a synthetic demo database. Every person, case and office record in it is "
                                "invented for training."));

    m_form->setLabelAlignment(Qt::AlignLeading);
    m_user = addRow(tr("Signed in as:"), u"overviewUser"_s);
    m_role = addRow(tr("Role:"), u"overviewRole"_s);
    m_office = addRow(tr("Office:"), u"overviewOffice"_s);
    m_database = addRow(tr("Database file:"), u"overviewDatabase"_s);
    m_kind = addRow(tr("Contents:"), u"overviewKind"_s);
    m_accounts = addRow(tr("User accounts:"), u"overviewAccounts"_s);

    auto* next = new QLabel(tr("Cases, people, organisations, arrests and the other sections in the sidebar are being "
                               "built and will appear in a later release."),
                            this);
    next->setWordWrap(true);
    next->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_welcome);
    layout->addWidget(m_syntheticNote);
    layout->addSpacing(12);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addWidget(next);
    layout->addStretch();
    clear();
}

QLabel* OverviewPage::addRow(const QString& label, const QString& objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAlignment(leadingAlignment());
    m_form->addRow(label, value);
    return value;
}

void OverviewPage::showSession(Session& session) {
    const User& user = session.user();
    m_welcome->setText(tr("Welcome, %1").arg(user.displayName.isEmpty() ? user.username : user.displayName));
    m_user->setText(tr("%1 (%2)").arg(user.displayName, isolatedLatin(user.username)));
    m_role->setText(roleDisplayName(user.role));

    if (const Result<OrgUnit> office = session.office()) {
        const QString name =
            currentLanguage() == u"ur"_s && !office->nameUr.isEmpty() ? office->nameUr : office->nameEn;
        m_office->setText(interfaceParagraph(tr("%1 — %2").arg(isolatedLatin(office->code), name)));
    } else {
        m_office->setText(user.officeCode);
    }
    m_database->setText(isolatedLatin(QDir::toNativeSeparators(QFileInfo(session.path()).absoluteFilePath())));

    const bool synthetic = session.isSynthetic();
    m_kind->setText(synthetic ? tr("Synthetic demo data") : tr("Operational data"));
    m_syntheticNote->setVisible(synthetic);

    if (const auto users = session.users()) {
        const auto active = std::count_if(users->begin(), users->end(), [](const User& u) { return u.isActive(); });
        const auto revoked = static_cast<qsizetype>(users->size()) - active;
        m_accounts->setText(interfaceParagraph(tr("%1 active, %2 revoked").arg(active).arg(revoked)));
    } else {
        m_accounts->setText(users.error().message);
    }
}

void OverviewPage::clear() {
    m_welcome->setText(tr("Welcome"));
    for (QLabel* label : {m_user, m_role, m_office, m_database, m_kind, m_accounts}) {
        label->clear();
    }
    m_syntheticNote->hide();
}

} // namespace caselink
