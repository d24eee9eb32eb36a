#include "ui/statistics/statisticsdashboard.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "domain/caserecord.h"
#include "domain/localtime.h"
#include "domain/payment.h"
#include "io/statsreport.h"
#include "jobs/jobrunner.h"
#include "repo/referencerepository.h"
#include "repo/repositorycontext.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/navigator.h"
#include "ui/statistics/statisticscharts.h"

namespace caselink {
namespace {

constexpr int kCaseIdRole = Qt::UserRole + 1;
constexpr int kNameColumn = 1;

// A drill-down record's detail key (category, case status, role, payment channel) in words.
QString detailText(const QString& key) {
    if (const auto category = arrestCategoryFromKey(key)) {
        return arrestCategoryDisplayName(*category);
    }
    if (const auto status = caseStatusFromKey(key)) {
        return caseStatusDisplayName(*status);
    }
    if (const auto role = personRoleFromKey(key)) {
        return personRoleDisplayName(*role);
    }
    if (const auto channel = paymentChannelFromKey(key)) {
        return paymentChannelName(*channel);
    }
    return key;
}

QString unitIndent(const OrgUnit& unit) {
    if (unit.type == u"REGION") {
        return QStringLiteral("  ");
    }
    if (unit.type == u"ZONE") {
        return QStringLiteral("    ");
    }
    if (unit.type == u"CIRCLE" || unit.type == u"ICP") {
        return QStringLiteral("      ");
    }
    return {};
}

} // namespace

StatisticsDashboard::StatisticsDashboard(RepositoryContext& context, Navigator& navigator, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator)
    , m_query(std::make_unique<StatisticsQuery>(context)) {
    setObjectName(QStringLiteral("statisticsDashboard"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_cards = new QWidget(scroll);
    m_grid = new QGridLayout(m_cards);
    scroll->setWidget(m_cards);
    splitter->addWidget(scroll);

    auto* drillPane = new QWidget(splitter);
    auto* drillLayout = new QVBoxLayout(drillPane);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    m_drillTitle = new QLabel(tr("Click a bar or slice to list the records behind it."), drillPane);
    m_drillTitle->setWordWrap(true);
    m_drill = new QTableWidget(0, 4, drillPane);
    m_drill->setObjectName(QStringLiteral("statisticsDrillDown"));
    m_drill->setHorizontalHeaderLabels({tr("Date"), tr("Record"), tr("Detail"), tr("Case")});
    m_drill->horizontalHeader()->setStretchLastSection(true);
    m_drill->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drill->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drill->verticalHeader()->hide();
    connect(m_drill, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openDrillRow(row); });
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drill);
    splitter->addWidget(drillPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 200});
    layout->addWidget(splitter, 1);
}

StatisticsDashboard::~StatisticsDashboard() {
    if (m_job) {
        m_job->cancel(); // its result is dropped: the dashboard is gone
    }
}

void StatisticsDashboard::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && !isRefreshing()) {
        refreshInBackground();
    }
}

bool StatisticsDashboard::isRefreshing() const {
    return m_job != nullptr;
}

void StatisticsDashboard::refreshInBackground() {
    if (m_job) {
        m_job->cancel();
    }
    m_messages->showMessage(tr("Computing the statistics…"), MessageBar::Type::Info);
    const int generation = ++m_generation;
    const StatisticsFilter f = filter();
    RepositoryContext* context = &m_context;
    // A query object of its own, on the job's own connection: nothing it caches is shared with the window's thread.
    m_job = m_context.jobs().start<Result<std::vector<StatTable>>>(
        tr("Computing the statistics"), this,
        [context, f](JobControl&) {
            StatisticsQuery query(*context);
            return query.all(f);
        },
        [this, generation](Result<std::vector<StatTable>>&& all) {
            if (generation != m_generation) {
                return; // a later refresh (in the background or at once) replaced this one
            }
            m_job = nullptr;
            apply(std::move(all));
        });
}

void StatisticsDashboard::apply(Result<std::vector<StatTable>> all) {
    if (!all) {
        m_messages->showMessage(all.error().message, MessageBar::Type::Error);
        return;
    }
    m_loaded = true;
    m_messages->dismiss();
    m_tables = std::move(*all);
    rebuildCards();
    emit refreshed();
}

void StatisticsDashboard::buildFilterBar(QWidget* bar) {
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_useDates = new QCheckBox(tr("From"), bar);
    m_from = new QDateEdit(QDate(officeToday().year() - 1, 1, 1), bar);
    m_to = new QDateEdit(officeToday(), bar);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QString::fromLatin1(kDateEditFormat));
        edit->setLayoutDirection(Qt::LeftToRight); // an ISO date reads left to right in Urdu too
        edit->setEnabled(false);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_unit = new QComboBox(bar);
    m_unit->addItem(tr("All offices in scope"), QString());
    for (const OrgUnit& u : m_query->units()) {
        if (u.type == u"HQ" || u.type == u"REGION" || u.type == u"ZONE" || u.type == u"CIRCLE") {
            m_unit->addItem(unitIndent(u) +
                                (QLocale().language() == QLocale::Urdu && !u.nameUr.isEmpty() ? u.nameUr : u.nameEn),
                            u.id);
        }
    }
    m_offence = new QComboBox(bar);
    m_offence->addItem(tr("Any offence"), QString());
    if (auto offences = ReferenceRepository(m_context).offences()) {
        for (const Offence& o : *offences) {
            m_offence->addItem(o.code, o.id);
        }
    }
    m_category = new QComboBox(bar);
    m_category->addItem(tr("Any category"), QString());
    for (ArrestCategory c : {ArrestCategory::General, ArrestCategory::ProclaimedOffender,
                             ArrestCategory::CourtAbsconder, ArrestCategory::MostWanted}) {
        m_category->addItem(arrestCategoryDisplayName(c), arrestCategoryKey(c));
    }
    m_year = new QSpinBox(bar);
    m_year->setRange(1990, 2200);
    // The last full year: a year still running would read -100 % for every month to come.
    m_year->setValue(officeToday().year() - 1);
    m_year->setPrefix(tr("Compare year "));
    m_year->setObjectName(QStringLiteral("statisticsCompareYear"));
    m_year->setToolTip(tr("Arrests of this year against the year before, month by month."));
    auto* apply = new QPushButton(tr("Refresh"), bar);
    apply->setObjectName(QStringLiteral("statisticsRefresh"));
    connect(apply, &QPushButton::clicked, this, &StatisticsDashboard::refreshInBackground);
    auto* exportButton = new QPushButton(tr("Export…"), bar);
    connect(exportButton, &QPushButton::clicked, this, &StatisticsDashboard::chooseExport);
    row->addWidget(m_useDates);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);
    row->addWidget(m_unit, 1);
    row->addWidget(m_offence);
    row->addWidget(m_category);
    row->addWidget(m_year);
    row->addWidget(apply);
    row->addWidget(exportButton);
}

StatisticsFilter StatisticsDashboard::filter() const {
    StatisticsFilter f;
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.unitId = m_unit->currentData().toString();
    f.offenceId = m_offence->currentData().toString();
    f.category = m_category->currentData().toString();
    f.compareYear = m_year->value();
    return f;
}

void StatisticsDashboard::setFilter(const StatisticsFilter& f) {
    m_useDates->setChecked(f.from.isValid() || f.to.isValid());
    if (f.from.isValid()) {
        m_from->setDate(f.from);
    }
    if (f.to.isValid()) {
        m_to->setDate(f.to);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(f.unitId)));
    m_offence->setCurrentIndex(std::max(0, m_offence->findData(f.offenceId)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(f.category)));
    if (f.compareYear) {
        m_year->setValue(f.compareYear);
    }
}

QChartView* StatisticsDashboard::chartView(const QString& tableId) const {
    const auto it = m_views.find(tableId);
    return it == m_views.end() ? nullptr : it->second;
}

bool StatisticsDashboard::refresh() {
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    ++m_generation; // a background result still to come is older than this one
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto all = m_query->all(filter());
    QApplication::restoreOverrideCursor();
    const bool ok = all.has_value();
    apply(std::move(all));
    return ok;
}

void StatisticsDashboard::rebuildCards() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_views.clear();
    int index = 0;
    for (const StatTable& t : m_tables) {
        auto* card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(QStringLiteral("card_") + t.id);
        auto* v = new QVBoxLayout(card);
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(t.title.toHtmlEscaped()), card);
        title->setWordWrap(true);
        v->addWidget(title);
        const QString id = t.id;
        QChart* chart = buildStatisticsChart(
            t, [this, id](const QString& row, const QString& column) { drillDown(id, row, column); });
        chart->setLocalizeNumbers(true);
        auto* view = new QChartView(chart, card);
        view->setObjectName(QStringLiteral("chart_") + t.id);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(statisticsChartHeight(t));
        v->addWidget(view, 1);
        m_views[t.id] = view;
        if (!t.note.isEmpty()) {
            auto* note = new QLabel(t.note, card);
            note->setWordWrap(true);
            note->setObjectName(QStringLiteral("note_") + t.id);
            v->addWidget(note);
        }
        // The month chart, the year-on-year comparison, the offices by name and the routes beside their legend need
        // the full width.
        // The challan pie too: its legend's long entries would be cut short beside a half-width pie.
        const bool wide = t.id == u"arrests_month" || t.id == u"arrests_yoy" || t.id == u"arrests_zone" ||
                          t.id == u"arrests_circle" || t.id == u"partner_routes" || t.id == u"challans";
        if (wide) {
            if (index % 2) {
                ++index;
            }
            m_grid->addWidget(card, index / 2, 0, 1, 2);
            index += 2;
        } else {
            m_grid->addWidget(card, index / 2, index % 2);
            ++index;
        }
    }
}

bool StatisticsDashboard::drillDown(const QString& tableId, const QString& rowKey, const QString& columnKey) {
    auto records = m_query->drillDown(tableId, filter(), rowKey, columnKey);
    m_drill->setRowCount(0);
    if (!records) {
        m_messages->showMessage(records.error().message, MessageBar::Type::Warning);
        return false;
    }
    QString title = tableId;
    QString rowLabel = rowKey;
    QString columnLabel = columnKey;
    for (const StatTable& t : m_tables) {
        if (t.id == tableId) {
            title = t.title;
            rowLabel = t.rowLabels.value(t.rowOf(rowKey), rowKey);
            columnLabel = t.columnLabels.value(t.columnOf(columnKey), columnKey);
        }
    }
    m_drillTitle->setText(interfaceParagraph(tr("%1 — %2, %3: %n record(s). Double-click a row to open its case.",
                                                nullptr, static_cast<int>(records->size()))
                                                 .arg(title, rowLabel, columnLabel)));
    m_drill->setRowCount(static_cast<int>(records->size()));
    m_drill->setHorizontalHeaderItem(
        kNameColumn, new QTableWidgetItem(recordHeading(records->empty() ? QString() : records->front().kind)));
    int row = 0;
    for (const DrillRecord& r : *records) {
        const QStringList cells{isolatedLatin(QString(r.at.left(16)).replace(u'T', u' ')), r.name, detailText(r.detail),
                                isolatedLatin(r.caseLabel)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kCaseIdRole, r.caseId);
            item->setToolTip(cells[c]); // the whole text where the column is too narrow
            m_drill->setItem(row, c, item);
        }
        ++row;
    }
    m_drill->resizeColumnsToContents();
    return true;
}

QString StatisticsDashboard::recordHeading(const QString& kind) {
    if (kind == u"arrest") {
        return tr("Arrested person");
    }
    if (kind == u"payment") {
        return tr("Paid by → to");
    }
    if (kind == u"asset") {
        return tr("Asset");
    }
    if (kind == u"case") {
        return tr("Case title");
    }
    return tr("Record");
}

void StatisticsDashboard::openDrillRow(int row) {
    const QTableWidgetItem* item = m_drill->item(row, 0);
    if (item && !item->data(kCaseIdRole).toString().isEmpty()) {
        emit m_navigator.openCase(item->data(kCaseIdRole).toString());
    }
}

Status StatisticsDashboard::auditExport(const QString& format) {
    QStringList ids;
    for (const StatTable& t : m_tables) {
        ids << t.id;
    }
    return m_context.auditRead(
        {QStringLiteral("statistics.export"),
         QStringLiteral("statistics"),
         {},
         QJsonObject{{QLatin1String("format"), format}, {QLatin1String("tables"), ids.join(u',')}}});
}

Status StatisticsDashboard::exportXlsx(const QString& path) {
    if (auto st = auditExport(QStringLiteral("xlsx")); !st) {
        return st;
    }
    return writeStatisticsXlsx(m_tables, path);
}

Status StatisticsDashboard::exportCsv(const QString& path) {
    if (auto st = auditExport(QStringLiteral("csv")); !st) {
        return st;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return writeStatisticsCsv(m_tables, file);
}

Status StatisticsDashboard::exportPdf(const QString& path) {
    if (auto st = auditExport(QStringLiteral("pdf")); !st) {
        return st;
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(300);
    pdf.setTitle(tr("CaseLink statistics"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    }
    const QRectF page(0, 0, pdf.width(), pdf.height());
    bool first = true;
    for (const StatTable& t : m_tables) {
        QChartView* view = chartView(t.id);
        if (!view) {
            continue;
        }
        if (!first) {
            pdf.newPage();
        }
        first = false;
        QFont font = painter.font();
        font.setPointSizeF(14);
        font.setBold(true);
        painter.setFont(font);
        const QRectF titleRect(page.left(), page.top(), page.width(), page.height() * 0.08);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, t.title);
        font.setPointSizeF(9);
        font.setBold(false);
        painter.setFont(font);
        const QRectF noteRect(page.left(), page.bottom() - page.height() * 0.1, page.width(), page.height() * 0.1);
        painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, t.note);
        // The scene rendered into the PDF painter stays vector: bars, axes and text are paths, not pixels.
        const QRectF chartRect(page.left(), titleRect.bottom(), page.width(),
                               noteRect.top() - titleRect.bottom() - page.height() * 0.02);
        view->scene()->render(&painter, chartRect, view->sceneRect(), Qt::KeepAspectRatio);
    }
    painter.end();
    return ok();
}

Result<QStringList> StatisticsDashboard::exportPngs(const QString& directory) {
    if (auto st = auditExport(QStringLiteral("png")); !st) {
        return std::unexpected(st.error());
    }
    QStringList written;
    for (const auto& [id, view] : m_views) {
        const QString path = QDir(directory).filePath(id + QStringLiteral(".png"));
        if (!view->grab().save(path, "PNG")) {
            return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
        }
        written << path;
    }
    return written;
}

void StatisticsDashboard::chooseExport() {
    QMenu menu(this);
    QAction* xlsx = menu.addAction(tr("Workbook (XLSX)…"));
    QAction* csv = menu.addAction(tr("CSV…"));
    menu.addAction(tr("PDF report…"));
    QAction* png = menu.addAction(tr("PNG per chart…"));
    QAction* chosen = menu.exec(QCursor::pos());
    if (!chosen) {
        return;
    }
    Status result = ok();
    if (chosen == png) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the chart images"));
        if (dir.isEmpty()) {
            return;
        }
        auto files = exportPngs(dir);
        result = files ? ok() : Status(std::unexpected(files.error()));
    } else {
        const QString filterText = chosen == xlsx  ? tr("Workbooks (*.xlsx)")
                                   : chosen == csv ? tr("CSV files (*.csv)")
                                                   : tr("PDF files (*.pdf)");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export statistics"), QString(), filterText);
        if (path.isEmpty()) {
            return;
        }
        result = chosen == xlsx ? exportXlsx(path) : chosen == csv ? exportCsv(path) : exportPdf(path);
    }
    if (!result) {
        m_messages->showMessage(result.error().message, MessageBar::Type::Error);
    } else {
        m_messages->showMessage(tr("Statistics exported."), MessageBar::Type::Info);
    }
}

} // namespace caselink
