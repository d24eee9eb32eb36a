#include "heldreviewview.h"

#include <utility>

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "domain/cnic.h"
#include "domain/localtime.h"
#include "models/commands/personcommands.h"
#include "models/heldreviewlistmodel.h"
#include "models/undostack.h"
#include "repo/repositorycontext.h"
#include "ui/language.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

QString relationText(const Person& p) {
    return lineageText(p.relation, p.relativeLatin.isEmpty() ? p.relativeUrdu : p.relativeLatin);
}

QString birthText(const Person& p) {
    if (p.birthDate.isValid()) {
        return displayDate(p.birthDate);
    }
    return p.birthYear > 0 ? QString::number(p.birthYear) : QString();
}

QString rolesText(const std::vector<HeldRole>& roles) {
    QStringList lines;
    for (const HeldRole& r : roles) {
        // One paragraph per line, each read in the interface's direction though it starts with a Latin FIR.
        lines << interfaceParagraph(
            HeldReviewView::tr("%1 in %2").arg(personRoleDisplayName(r.role), isolatedLatin(r.caseLabel)));
    }
    return lines.join(u'\n');
}

QGroupBox* sideBox(const QString& title, const QString& objectName, QFormLayout*& form, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignLeading);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

} // namespace

HeldReviewView::HeldReviewView(RepositoryContext& context, DatabaseUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_model(new HeldReviewListModel(context, this))
    , m_source(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_pair(new QLabel(this))
    , m_openHeld(new QPushButton(this))
    , m_openExisting(new QPushButton(tr("Open the existing record"), this))
    , m_same(new QPushButton(tr("Same person — &merge"), this))
    , m_different(new QPushButton(tr("&Different persons"), this))
    , m_status(new QLabel(this)) {
    setObjectName(u"heldReviewPage"_s);
    auto* heading = new QLabel(tr("Held for review"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(interfaceParagraph(tr("Persons an import could not tell apart from someone already "
                                                   "recorded wait here, never merged or overwritten on their own. "
                                                   "Compare each pair and decide; Edit > Undo reverses a decision.")),
                             this);
    intro->setObjectName(u"heldReviewIntro"_s);
    intro->setWordWrap(true);

    m_source->setObjectName(u"heldReviewSource"_s);
    m_source->addItem(tr("All sources"), QString());
    m_source->addItem(tr("Spreadsheet imports"), u"SPREADSHEET"_s);
    m_source->addItem(tr("Bundles from other offices"), u"BUNDLE"_s);
    m_summary->setObjectName(u"heldReviewSummary"_s);

    m_view->setObjectName(u"heldReviewView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(170);
    header->resizeSection(HeldReviewListModel::Score, 70);
    header->resizeSection(HeldReviewListModel::Reasons, 260);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });

    m_pair->setObjectName(u"heldReviewPair"_s);
    m_pair->setWordWrap(true);
    m_heldBox = sideBox(tr("Held record"), u"heldReviewHeld"_s, m_heldForm, this);
    m_existingBox = sideBox(tr("Existing record"), u"heldReviewExisting"_s, m_existingForm, this);
    m_openHeld->setObjectName(u"heldReviewOpenHeld"_s);
    m_openExisting->setObjectName(u"heldReviewOpenExisting"_s);
    m_same->setObjectName(u"heldReviewSame"_s);
    m_different->setObjectName(u"heldReviewDifferent"_s);
    m_status->setObjectName(u"heldReviewStatus"_s);
    m_status->setWordWrap(true);

    auto* compare = new QGridLayout;
    compare->addWidget(m_heldBox, 0, 0);
    compare->addWidget(m_existingBox, 0, 1);
    compare->addWidget(m_openHeld, 1, 0, Qt::AlignLeading);
    compare->addWidget(m_openExisting, 1, 1, Qt::AlignLeading);
    compare->setColumnStretch(0, 1);
    compare->setColumnStretch(1, 1);
    auto* decide = new QHBoxLayout;
    decide->addWidget(m_same);
    decide->addWidget(m_different);
    decide->addWidget(m_status, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    top->addWidget(new QLabel(tr("Source:"), this));
    top->addWidget(m_source);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pair);
    layout->addLayout(compare);
    layout->addLayout(decide);

    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilterText(m_source->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HeldReviewView::showItem);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshCount();
        reselect();
        fitColumns();
    });
    connect(m_openHeld, &QPushButton::clicked, this, [this] {
        if (!m_item) {
            return;
        }
        if (m_item->held.recorded) {
            emit openPerson(m_item->held.personId);
        } else {
            emit openCase(m_item->caseId);
        }
    });
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (m_item) {
            emit openPerson(m_item->existing.personId);
        }
    });
    connect(m_same, &QPushButton::clicked, this, [this] { decideSelected(HeldDecision::Same); });
    connect(m_different, &QPushButton::clicked, this, [this] { decideSelected(HeldDecision::Different); });
    refreshCount();
    reselect();
    fitColumns();
}

void HeldReviewView::fitColumns() {
    for (int column : {HeldReviewListModel::Held, HeldReviewListModel::Existing, HeldReviewListModel::Source}) {
        m_view->resizeColumnToContents(column);
    }
}

QString HeldReviewView::selectedId() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->keyAt(index.row()).toString() : QString();
}

// After a reload (a decision, an undo, an import) the same pair stays selected, or the one now in its place.
void HeldReviewView::reselect() {
    if (m_model->rowCount() == 0) {
        showItem();
        return;
    }
    int row = m_model->rowOfKey(m_lastId);
    if (row < 0) {
        row = qBound(0, m_lastRow, m_model->rowCount() - 1);
    }
    {
        const QSignalBlocker blocker(m_view->selectionModel()); // shown once, below
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    m_view->viewport()->update();
    showItem();
}

void HeldReviewView::refreshCount() {
    const auto count = HeldReview(m_context).openCount();
    const qint64 now = count ? *count : 0;
    m_summary->setText(tr("%n held for review", nullptr, static_cast<int>(now)));
    if (now != m_count) {
        m_count = now;
        emit openCountChanged(now);
    }
}

void HeldReviewView::showItem() {
    const QString id = selectedId();
    if (!std::exchange(m_keepStatus, false)) {
        m_status->clear();
        m_status->setToolTip(QString());
    }
    m_item.reset();
    if (!id.isEmpty()) {
        m_lastId = id;
        m_lastRow = m_view->currentIndex().row();
        auto item = HeldReview(m_context).get(id);
        if (item) {
            m_item = std::move(*item);
        } else {
            m_status->setText(interfaceParagraph(item.error().message));
        }
    }
    const HeldItem* item = m_item ? &*m_item : nullptr;
    const bool bundle = item && item->source == HeldSource::Bundle;
    m_heldBox->setTitle(bundle ? tr("Incoming record (from %1)").arg(isolatedLatin(item->origin))
                               : tr("Record the import created"));
    fillSide(m_heldBox, m_heldForm, item ? &item->held : nullptr, bundle);
    fillSide(m_existingBox, m_existingForm, item ? &item->existing : nullptr, false);
    if (!item) {
        m_pair->setText(m_model->rowCount() == 0 ? tr("Nobody is held for review.") : QString());
    } else {
        const QString score = item->score ? QLocale().toString(*item->score * 100, 'f', 0) + u'%' : u"—"_s;
        const QString when = displayDateTime(item->heldAt);
        const QString source =
            bundle ? tr("Bundle from %1 for case %2, imported %3")
                         .arg(isolatedLatin(item->origin), isolatedLatin(item->caseLabel), when)
                   : tr("%1, row %2, imported %3").arg(isolatedLatin(item->origin)).arg(item->sourceRow).arg(when);
        const QString reasons = item->withheld ? tr("withheld: a protected person") : item->reasons.join(u"; "_s);
        m_pair->setText(interfaceParagraph(tr("%1. Score %2: %3").arg(source, score, reasons)));
    }
    const bool recordedHeld = item && item->held.recorded && item->held.visible;
    m_openHeld->setText(item && !item->held.recorded ? tr("Open the imported case") : tr("Open the held record"));
    m_openHeld->setEnabled(item && (recordedHeld || (!item->held.recorded && !item->caseId.isEmpty())));
    m_openExisting->setEnabled(item && item->existing.visible);
    m_same->setEnabled(item && item->canDecide);
    m_different->setEnabled(item && item->canDecide);
    m_same->setToolTip(bundle ? tr("Adds the incoming record and merges it into the existing one: its roles, arrests "
                                   "and events in the case move there; the existing details are kept.")
                              : tr("Merges the record the import created into the existing one, with its history."));
    m_different->setToolTip(bundle ? tr("Adds the incoming record as a person of its own, with its roles, arrests "
                                        "and events in the case.")
                                   : tr("Keeps both records; the pair leaves the list."));
    if (item && !item->canDecide) {
        m_status->setText(interfaceParagraph(item->cannotDecide));
    }
}

void HeldReviewView::fillSide(QGroupBox* box, QFormLayout* form, const HeldRecord* record, bool incoming) {
    while (form->rowCount() > 0) {
        form->removeRow(0);
    }
    box->setEnabled(record != nullptr);
    if (!record) {
        return;
    }
    const auto addRow = [form](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? u"—"_s : value);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        text->setAlignment(leadingAlignment()); // Urdu names line up with the Latin ones
        form->addRow(label, text);
    };
    if (!record->visible) {
        addRow(tr("Name"), tr("Not in your scope"));
        return;
    }
    const Person& p = record->person;
    addRow(tr("Name"), p.displayName());
    if (record->withheld) {
        addRow(tr("Identity"), tr("Protected: needs the victim grant"));
        return;
    }
    QStringList passports;
    for (const PersonPassport& passport : p.passports) {
        passports << passport.number;
    }
    addRow(tr("Name (Urdu)"), p.nameUrdu);
    addRow(tr("Father/husband"), relationText(p));
    // Latin data keeps its order in an Urdu interface; an empty value shows the dash.
    const auto latin = [](const QString& text) {
        return text.isEmpty() ? text : isolatedLatin(text);
    };
    addRow(tr("CNIC"), p.cnic.isEmpty() ? QString() : latin(Cnic{p.cnic}.display()));
    addRow(tr("Passports"), latin(passports.join(u", "_s)));
    addRow(tr("Phones"), latin(p.phones.join(u", "_s)));
    addRow(tr("Born"), birthText(p));
    addRow(tr("Roles"), rolesText(record->roles));
    if (incoming) {
        addRow(tr("Waiting with them"),
               tr("%n arrest(s)", nullptr, record->arrests) + u", "_s + tr("%n event(s)", nullptr, record->events));
    }
}

bool HeldReviewView::decideSelected(HeldDecision decision) {
    if (!m_item || !m_item->canDecide) {
        return false;
    }
    const bool same = decision == HeldDecision::Same;
    auto command = std::make_unique<HeldDecisionCommand>(
        m_context, m_item->id, decision, same ? tr("Same person: merge held record") : tr("Different persons"));
    HeldDecisionCommand* pushed = command.get();
    const Status done = m_undoStack.push(std::move(command));
    if (!done) {
        m_status->setText(interfaceParagraph(tr("Not decided: %1").arg(done.error().message)));
        return false;
    }
    QString text = tr("Decided. Edit > Undo reverses it.");
    const HeldOutcome& outcome = pushed->outcome();
    if (!outcome.skipped.isEmpty()) {
        text += u' ' + tr("Not written: %1").arg(outcome.skipped.join(u"; "_s));
    }
    m_status->setText(interfaceParagraph(text));
    m_status->setToolTip(outcome.written.join(u'\n'));
    m_keepStatus = true; // through the reload the decision causes
    return true;
}

} // namespace caselink
