#include "overviewpage.h"

#include <algorithm>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "exchange/heldreview.h"
#include "models/coalescedrefresh.h"
#include "repo/deadlinequery.h"
#include "repo/scopecounts.h"
#include "security/accountadmin.h"
#include "security/session.h"
#include "ui/language.h"

namespace caselink {

using namespace Qt::StringLiterals;

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_welcome(new QLabel(this))
    , m_syntheticNote(new QLabel(this))
    , m_form(new QFormLayout)
    , m_refresher(new CoalescedRefresh([this] { refreshFigures(); }, this)) {
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

    m_figures = new QFormLayout;
    m_figures->setLabelAlignment(Qt::AlignLeading);
    m_cases = figureRow(tr("Cases in your scope:"), u"overviewCases"_s);
    m_persons = figureRow(tr("Persons:"), u"overviewPersons"_s);
    m_arrests = figureRow(tr("Arrests:"), u"overviewArrests"_s);
    m_organisations = figureRow(tr("Organisations:"), u"overviewOrganisations"_s);
    m_held = figureRow(tr("Held for review:"), u"overviewHeld"_s);
    m_held->setTextFormat(Qt::RichText);
    connect(m_held, &QLabel::linkActivated, this, [this] { emit openSection(u"review"_s); });

    auto* deadlinesHeading = new QLabel(tr("Nearest deadlines"), this);
    QFont headingFont = deadlinesHeading->font();
    headingFont.setBold(true);
    deadlinesHeading->setFont(headingFont);
    deadlinesHeading->setAlignment(leadingAlignment());
    m_deadlines = new QTreeWidget(this);
    m_deadlines->setObjectName(u"overviewDeadlines"_s);
    m_deadlines->setRootIsDecorated(false);
    m_deadlines->setHeaderLabels({tr("Due"), tr("Deadline"), tr("Case"), tr("Person")});
    m_deadlines->setMinimumHeight(140);
    connect(m_deadlines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString caseId = item->data(0, Qt::UserRole).toString();
        if (!caseId.isEmpty()) {
            emit openCase(caseId);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_welcome);
    layout->addWidget(m_syntheticNote);
    layout->addSpacing(12);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addLayout(m_figures);
    layout->addSpacing(12);
    m_loadButton = new QPushButton(tr("Count the records in your scope and list the nearest deadlines"), this);
    m_loadButton->setObjectName(u"overviewLoadFigures"_s);
    m_loadButton->hide();
    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        refreshFigures();
        QApplication::restoreOverrideCursor();
    });
    auto* loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadButton);
    loadRow->addStretch();
    layout->addLayout(loadRow);
    layout->addWidget(deadlinesHeading);
    layout->addWidget(m_deadlines, 1);
    clear();
}

QLabel* OverviewPage::figureRow(const QString& label, const QString& objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAlignment(leadingAlignment());
    m_figures->addRow(label, value);
    return value;
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

    if (const auto users = AccountAdmin(session).users()) {
        const auto active = std::count_if(users->begin(), users->end(), [](const User& u) { return u.isActive(); });
        const auto revoked = static_cast<qsizetype>(users->size()) - active;
        m_accounts->setText(interfaceParagraph(tr("%1 active, %2 revoked").arg(active).arg(revoked)));
    } else {
        m_accounts->setText(users.error().message);
    }
}

void OverviewPage::setContext(RepositoryContext* context) {
    if (m_context) {
        disconnect(&m_context->notifier(), nullptr, this, nullptr);
    }
    m_context = context;
    if (m_context) {
        // The figures follow what is recorded, here or in another window, once loaded.
        connect(&m_context->notifier(), &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
            const bool relevant = event.isExternal() || event.entity == RecordKind::Case ||
                                  event.entity == RecordKind::Person || event.entity == RecordKind::Arrest ||
                                  event.entity == RecordKind::Organisation || event.entity == RecordKind::HeldReview ||
                                  event.entity == RecordKind::Event || event.entity == RecordKind::CourtProceeding;
            if (m_figuresLoaded && relevant) {
                m_refresher->schedule();
            }
        });
    }
    m_figuresLoaded = false;
    m_figuresQueued = false;
    bool automatic = context != nullptr;
    if (context) {
        const auto rows = personRowsUpperBound(*context);
        automatic = rows && *rows <= kAutoFiguresPersons;
    }
    for (QLabel* label : {m_cases, m_persons, m_arrests, m_organisations, m_held}) {
        label->setText(automatic ? tr("counting…") : QString());
    }
    m_loadButton->setVisible(context && !automatic);
    m_figuresQueued = !automatic; // a large database waits for the button
    m_deadlines->clear();
    update();
}

void OverviewPage::paintEvent(QPaintEvent* event) {
    QWidget::paintEvent(event);
    if (m_context && !m_figuresLoaded && !m_figuresQueued) {
        m_figuresQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (m_context && !m_figuresLoaded) {
                refreshFigures();
            }
        });
    }
}

void OverviewPage::refreshFigures() {
    if (!m_context) {
        return;
    }
    m_figuresLoaded = true;
    m_loadButton->hide();
    const QLocale locale;
    if (const auto counts = countInScope(*m_context)) {
        m_cases->setText(locale.toString(counts->cases));
        m_persons->setText(locale.toString(counts->persons));
        m_arrests->setText(locale.toString(counts->arrests));
        m_organisations->setText(locale.toString(counts->organisations));
    } else {
        m_cases->setText(counts.error().message);
    }
    if (const auto held = HeldReview(*m_context).openCount(); held && *held > 0) {
        m_held->setText(u"<a href=\"review\">%1</a>"_s.arg(
            tr("%n person(s) to compare", nullptr, static_cast<int>(*held)).toHtmlEscaped()));
    } else {
        m_held->setText(held ? tr("none") : held.error().message.toHtmlEscaped());
    }
    m_deadlines->clear();
    const QDate today = officeToday(parseStoredInstant(m_context->now()));
    DeadlineFilter nearest;
    nearest.limit = 8;
    const auto deadlines = DeadlineQuery(*m_context).list(today, 14, nearest);
    if (!deadlines) {
        return;
    }
    for (const DeadlineItem& item : deadlines->items) {
        auto* row = new QTreeWidgetItem(m_deadlines);
        const QString due = item.dueAt.isValid() ? displayDateTime(item.dueAt) : displayDate(item.due);
        row->setText(0, item.overdue ? tr("%1 (overdue)").arg(due) : due);
        row->setText(1, DeadlineQuery::kindName(item.kind));
        row->setText(2, item.caseLabel);
        row->setText(3, item.personName);
        row->setData(0, Qt::UserRole, item.caseId);
        if (item.overdue) {
            row->setIcon(0, QIcon(u":/icons/warning.svg"_s));
            for (int c = 0; c < 4; ++c) {
                row->setForeground(c, QColor(0x8a, 0x10, 0x10));
            }
        }
    }
    if (deadlines->items.empty()) {
        auto* row = new QTreeWidgetItem(m_deadlines);
        row->setText(0, tr("No deadlines in the next two weeks."));
    }
    for (int c = 0; c < 3; ++c) {
        m_deadlines->resizeColumnToContents(c);
    }
}

void OverviewPage::clear() {
    m_welcome->setText(tr("Welcome"));
    for (QLabel* label : {m_user, m_role, m_office, m_database, m_kind, m_accounts}) {
        label->clear();
    }
    setContext(nullptr);
    m_syntheticNote->hide();
}

} // namespace caselink
