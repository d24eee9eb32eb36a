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
#include "models/workqueue.h"
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

    const auto heading = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setAlignment(leadingAlignment());
        return label;
    };
    auto* queueHeading = heading(tr("Work queue"));
    m_queue = new QTreeWidget(this);
    m_queue->setObjectName(u"overviewWorkQueue"_s);
    m_queue->setRootIsDecorated(false);
    m_queue->setHeaderLabels({tr("Due"), tr("What"), tr("Case"), tr("Person or details")});
    m_queue->setMinimumHeight(180);
    connect(m_queue, &QTreeWidget::itemActivated, this, &OverviewPage::activate);
    m_circlesHeading = heading(tr("Overdue by circle"));
    m_circles = new QTreeWidget(this);
    m_circles->setObjectName(u"overviewOverdueByCircle"_s);
    m_circles->setRootIsDecorated(false);
    m_circles->setHeaderLabels({tr("Circle"), tr("Overdue")});
    m_circles->setMinimumWidth(220);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_welcome);
    layout->addWidget(m_syntheticNote);
    layout->addSpacing(12);
    // Who and what beside the figures, so the work queue below gets the height.
    auto* facts = new QHBoxLayout;
    facts->addLayout(m_form, 3);
    facts->addSpacing(32);
    facts->addLayout(m_figures, 2);
    layout->addLayout(facts);
    layout->addSpacing(12);
    m_loadButton = new QPushButton(tr("Count the records in your scope and list the work queue"), this);
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
    auto* queueColumn = new QVBoxLayout;
    queueColumn->addWidget(queueHeading);
    queueColumn->addWidget(m_queue, 1);
    auto* circlesColumn = new QVBoxLayout;
    circlesColumn->addWidget(m_circlesHeading);
    circlesColumn->addWidget(m_circles, 1);
    auto* queues = new QHBoxLayout;
    queues->addLayout(queueColumn, 3);
    queues->addLayout(circlesColumn, 1);
    layout->addLayout(queues, 1);
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
    m_queue->clear();
    m_circles->clear();
    const bool supervises =
        context && (context->scope().role() == Role::Supervisor || context->scope().role() == Role::Administrator);
    m_circlesHeading->setVisible(supervises);
    m_circles->setVisible(supervises);
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
    loadWorkQueue();
}

namespace {

QString dueText(const WorkItem& item) {
    QString due;
    switch (item.bucket) {
    case WorkBucket::Production:
        due = displayDateTime(item.dueAt);
        break;
    case WorkBucket::HeldForReview:
        break;
    default:
        due = displayDate(item.due);
        break;
    }
    return item.overdue ? OverviewPage::tr("%1 (overdue)").arg(due) : due;
}

QString whatText(const WorkItem& item) {
    switch (item.bucket) {
    case WorkBucket::Production:
        return DeadlineQuery::kindName(DeadlineKind::MagistrateProduction);
    case WorkBucket::Remand:
        return item.detail.isEmpty()
                   ? DeadlineQuery::kindName(DeadlineKind::RemandExpiry)
                   : OverviewPage::tr("%1 (%2)").arg(DeadlineQuery::kindName(DeadlineKind::RemandExpiry), item.detail);
    case WorkBucket::Challan:
        return DeadlineQuery::kindName(DeadlineKind::InterimChallan);
    case WorkBucket::Hearing:
        return item.detail;
    case WorkBucket::HeldForReview:
        return OverviewPage::tr("Compare with a recorded person");
    case WorkBucket::MyCase:
        return item.detail; // the case's status
    }
    return {};
}

QString detailText(const WorkItem& item) {
    if (item.bucket == WorkBucket::HeldForReview) {
        return OverviewPage::tr("%1, %2").arg(item.personName, item.detail);
    }
    return item.personName;
}

} // namespace

// Each bucket is a heading row with its count and the rows under it, most urgent first; an overdue row is red with
// a warning icon.
void OverviewPage::loadWorkQueue() {
    m_queue->clear();
    m_circles->clear();
    const QDateTime now = parseStoredInstant(m_context->now());
    WorkQueueOptions options;
    options.rowsPerBucket = 25;
    options.overdueByCircle = !m_circles->isHidden();
    const auto queue = WorkQueue(*m_context).load(now, options);
    if (!queue) {
        auto* row = new QTreeWidgetItem(m_queue);
        row->setText(0, queue.error().message);
        row->setFirstColumnSpanned(true);
        return;
    }
    const struct {
        const WorkBucketRows& rows;
        QString title;
        QString section; // where the rows not shown are listed
    } buckets[] = {
        {queue->productions, tr("Production before a magistrate within 24 hours"), u"deadlines"_s},
        {queue->remands, tr("Remands running out within 48 hours"), u"deadlines"_s},
        {queue->challans, tr("Interim challans due"), u"deadlines"_s},
        {queue->hearings, tr("Hearings this week"), u"deadlines"_s},
        {queue->held, tr("Held for review"), u"review"_s},
        {queue->myCases, tr("My open cases"), u"cases"_s},
    };
    QFont bold = m_queue->font();
    bold.setBold(true);
    const QColor overdueColour(0x8a, 0x10, 0x10);
    for (const auto& bucket : buckets) {
        auto* group = new QTreeWidgetItem(m_queue);
        group->setText(0, bucket.rows.total == 0
                              ? tr("%1: none").arg(bucket.title)
                              : tr("%1: %2").arg(bucket.title, QLocale().toString(bucket.rows.total)));
        group->setFirstColumnSpanned(true);
        group->setFont(0, bold);
        for (const WorkItem& item : bucket.rows.items) {
            auto* row = new QTreeWidgetItem(group);
            row->setText(0, dueText(item));
            row->setText(1, whatText(item));
            row->setText(2, item.caseLabel);
            row->setText(3, detailText(item));
            for (int c = 0; c < 4; ++c) {
                row->setToolTip(c, row->text(c)); // the full text of a cell the column cuts short
            }
            row->setData(0, Qt::UserRole, item.caseId);
            row->setData(0, Qt::UserRole + 2, item.heldItemId);
            if (item.overdue) {
                row->setIcon(0, QIcon(u":/icons/warning.svg"_s));
                for (int c = 0; c < 4; ++c) {
                    row->setForeground(c, overdueColour);
                }
            }
        }
        if (static_cast<qsizetype>(bucket.rows.items.size()) < bucket.rows.total) {
            auto* more = new QTreeWidgetItem(group);
            more->setText(0,
                          tr("%n more not shown", nullptr,
                             static_cast<int>(bucket.rows.total - static_cast<qsizetype>(bucket.rows.items.size()))));
            more->setFirstColumnSpanned(true);
            more->setData(0, Qt::UserRole + 1, bucket.section);
        }
    }
    m_queue->expandAll();
    for (int c = 0; c < 3; ++c) {
        m_queue->resizeColumnToContents(c);
    }
    for (const CircleOverdue& circle : queue->overdueByCircle) {
        auto* row = new QTreeWidgetItem(m_circles);
        row->setText(0, isolatedLatin(circle.officeCode));
        row->setToolTip(0, circle.officeName);
        row->setText(1, QLocale().toString(circle.overdue));
        row->setForeground(1, overdueColour);
    }
    if (m_circles->topLevelItemCount() == 0) {
        auto* row = new QTreeWidgetItem(m_circles);
        row->setText(0, tr("Nothing overdue"));
        row->setFirstColumnSpanned(true);
    }
    m_circles->resizeColumnToContents(0);
}

// A row opens its case in a tab; a held person opens the review; "more" rows open the full list.
void OverviewPage::activate(QTreeWidgetItem* item) {
    const QString caseId = item->data(0, Qt::UserRole).toString();
    const QString heldId = item->data(0, Qt::UserRole + 2).toString();
    if (!heldId.isEmpty()) {
        emit openSection(u"review"_s);
    } else if (!caseId.isEmpty()) {
        emit openCase(caseId);
    } else if (!item->data(0, Qt::UserRole + 1).toString().isEmpty()) {
        emit openSection(item->data(0, Qt::UserRole + 1).toString());
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
