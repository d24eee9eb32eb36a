#include "duplicatereview.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "domain/cnic.h"
#include "domain/localtime.h"
#include "jobs/jobrunner.h"
#include "models/undostack.h"
#include "repo/personrepository.h"
#include "ui/language.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPairRole = Qt::UserRole + 1;
constexpr int kScanLimit = 200;

QString relationText(const Person& p) {
    return lineageText(p.relation, p.relativeLatin.isEmpty() ? p.relativeUrdu : p.relativeLatin);
}

} // namespace

DuplicateReview::DuplicateReview(RepositoryContext& context, DatabaseUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_minimum(new QDoubleSpinBox(this))
    , m_scanButton(new QPushButton(tr("&Find duplicates"), this))
    , m_keepLeft(new QPushButton(tr("Keep the &first, merge the second into it"), this))
    , m_keepRight(new QPushButton(tr("Keep the &second, merge the first into it"), this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this)) {
    setObjectName(u"duplicatesPage"_s);
    m_minimum->setObjectName(u"duplicatesMinimum"_s);
    m_minimum->setRange(0.3, 1.0);
    m_minimum->setSingleStep(0.05);
    m_minimum->setValue(0.65);
    m_scanButton->setObjectName(u"duplicatesScan"_s);
    m_keepLeft->setObjectName(u"duplicatesKeepLeft"_s);
    m_keepRight->setObjectName(u"duplicatesKeepRight"_s);
    m_status->setObjectName(u"duplicatesStatus"_s);
    m_status->setWordWrap(true);
    m_keepLeft->setEnabled(false);
    m_keepRight->setEnabled(false);

    m_view->setObjectName(u"duplicatesView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* leftBox = new QGroupBox(tr("First record"), this);
    auto* rightBox = new QGroupBox(tr("Second record"), this);
    m_left = new QFormLayout(leftBox);
    m_right = new QFormLayout(rightBox);
    leftBox->setObjectName(u"duplicatesLeft"_s);
    rightBox->setObjectName(u"duplicatesRight"_s);
    auto* compare = new QWidget(this);
    auto* compareLayout = new QGridLayout(compare);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addWidget(leftBox, 0, 0);
    compareLayout->addWidget(rightBox, 0, 1);
    compareLayout->addWidget(m_keepLeft, 1, 0);
    compareLayout->addWidget(m_keepRight, 1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Minimum score:"), this));
    top->addWidget(m_minimum);
    top->addWidget(m_scanButton);
    top->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(compare); // as tall as the two records need

    connect(m_scanButton, &QPushButton::clicked, this, &DuplicateReview::scan);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicateReview::showPair);
    connect(m_keepLeft, &QPushButton::clicked, this, [this] { mergeSelected(true); });
    connect(m_keepRight, &QPushButton::clicked, this, [this] { mergeSelected(false); });
    m_model->setHorizontalHeaderLabels({tr("Score"), tr("First"), tr("Second"), tr("Reasons")});
    m_status->setText(tr("Press “Find duplicates” to look for records that may be the same person."));
}

void DuplicateReview::scan() {
    if (m_job) {
        return;
    }
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Score"), tr("First"), tr("Second"), tr("Reasons")});
    m_pairs.clear();
    m_status->setText(tr("Searching…"));
    m_scanButton->setEnabled(false);
    struct Found {
        Result<std::vector<DuplicateCandidate>> pairs = std::vector<DuplicateCandidate>{};
        std::vector<std::pair<QString, QString>> names; // display names of each pair's two records
    };
    RepositoryContext* context = &m_context;
    m_job = m_context.jobs().start<Found>(
        tr("Finding duplicate persons"), this,
        [context, minimum = m_minimum->value()](JobControl&) {
            Found found;
            found.pairs = DuplicateFinder(*context).scan(kScanLimit, minimum);
            if (found.pairs) {
                PersonRepository persons(*context);
                for (const DuplicateCandidate& pair : *found.pairs) {
                    auto a = persons.get(pair.personA);
                    auto b = persons.get(pair.personB);
                    found.names.emplace_back(a ? a->displayName() : QString(), b ? b->displayName() : QString());
                }
            }
            return found;
        },
        [this](Found&& found) {
            m_job = nullptr;
            m_scanButton->setEnabled(true);
            showFound(std::move(found.pairs), found.names);
            emit scanFinished();
        });
}

void DuplicateReview::showFound(Result<std::vector<DuplicateCandidate>> pairs,
                                const std::vector<std::pair<QString, QString>>& names) {
    if (!pairs) {
        m_status->setText(tr("The search for duplicates failed: %1").arg(pairs.error().message));
        return;
    }
    m_pairs = std::move(*pairs);
    for (int i = 0; i < static_cast<int>(m_pairs.size()); ++i) {
        const DuplicateCandidate& pair = m_pairs[i];
        auto* score = new QStandardItem(QLocale().toString(pair.score * 100, 'f', 0) + u'%');
        score->setData(i, kPairRole);
        m_model->appendRow({score, new QStandardItem(names[std::size_t(i)].first),
                            new QStandardItem(names[std::size_t(i)].second),
                            new QStandardItem(pair.reasons.join(u"; "_s))});
        m_model->item(m_model->rowCount() - 1, 3)->setToolTip(pair.reasons.join(u"\n"_s));
    }
    for (int c = 0; c < 3; ++c) {
        m_view->resizeColumnToContents(c);
    }
    m_status->setText(tr("%n candidate pair(s)", nullptr, static_cast<int>(m_pairs.size())));
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void DuplicateReview::showPair(const QModelIndex& index) {
    const int i = index.isValid() ? index.siblingAtColumn(0).data(kPairRole).toInt() : -1;
    const bool valid = i >= 0 && i < static_cast<int>(m_pairs.size());
    PersonRepository persons(m_context);
    std::optional<Person> a;
    std::optional<Person> b;
    if (valid) {
        if (auto p = persons.get(m_pairs[i].personA)) {
            a = std::move(*p);
        }
        if (auto p = persons.get(m_pairs[i].personB)) {
            b = std::move(*p);
        }
    }
    fillSide(m_left, a ? &*a : nullptr);
    fillSide(m_right, b ? &*b : nullptr);
    const bool canMerge = a && b && m_context.scope().canWrite() && !a->isProtected && !b->isProtected;
    m_keepLeft->setEnabled(canMerge);
    m_keepRight->setEnabled(canMerge);
}

void DuplicateReview::fillSide(QFormLayout* form, const Person* person) {
    while (form->rowCount() > 0) {
        form->removeRow(0);
    }
    if (!person) {
        return;
    }
    QStringList passports;
    for (const PersonPassport& passport : person->passports) {
        passports << passport.number;
    }
    QString birth;
    if (person->birthDate.isValid()) {
        birth = displayDate(person->birthDate);
    } else if (person->birthYear > 0) {
        birth = QString::number(person->birthYear);
    }
    const auto addRow = [form](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? u"—"_s : value);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        text->setAlignment(leadingAlignment()); // Urdu names line up with the Latin ones
        form->addRow(label, text);
    };
    addRow(tr("Name"), person->displayName());
    addRow(tr("Name (Urdu)"), person->nameUrdu);
    addRow(tr("Relative"), relationText(*person));
    addRow(tr("CNIC"), person->cnic.isEmpty() ? QString() : Cnic{person->cnic}.display());
    addRow(tr("Born"), birth);
    addRow(tr("Phones"), person->phones.join(u", "_s));
    addRow(tr("Passports"), passports.join(u", "_s));
    addRow(tr("Aliases"), person->aliases.join(u", "_s));
}

bool DuplicateReview::mergeSelected(bool keepFirst) {
    const QModelIndex index = m_view->currentIndex();
    const int i = index.isValid() ? index.siblingAtColumn(0).data(kPairRole).toInt() : -1;
    if (i < 0 || i >= static_cast<int>(m_pairs.size())) {
        return false;
    }
    const DuplicateCandidate& pair = m_pairs[i];
    const QString keep = keepFirst ? pair.personA : pair.personB;
    const QString merge = keepFirst ? pair.personB : pair.personA;
    const Status merged = m_undoStack.mergePersons(keep, merge);
    if (!merged) {
        m_status->setText(tr("The records were not merged: %1").arg(merged.error().message));
        return false;
    }
    m_model->removeRow(index.row());
    m_status->setText(tr("Merged. Edit > Undo reverses the merge."));
    return true;
}

} // namespace caselink
