#include "ui/workspace/arrestdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTimeEdit>
#include <QUndoStack>

#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/caseroles.h"
#include "repo/recordremoval.h"
#include "ui/officetimeedit.h"
#include "ui/workspace/panelsupport.h"

namespace caselink {
namespace {

QLineEdit* dateLine(QWidget* parent, const QString& name) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(RecordDialog::tr("DD-MM-YYYY"));
    keepLeftToRight(edit);
    return edit;
}

} // namespace

ArrestDialog::ArrestDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                           const QString& personId, QWidget* parent)
    : RecordDialog(tr("Record arrest"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_caseId(snapshot.caseFile.id) {
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personBox"));
    for (const CaseRoleView& view : snapshot.roles) {
        m_statusBefore.emplace_back(view.person.id, view.role.arrestStatus);
        if (!isAccusedRole(view.role.role) || m_person->findData(view.person.id) >= 0) {
            continue;
        }
        m_person->addItem(tr("%1 (%2)").arg(view.person.displayName(), personRoleDisplayName(view.role.role)),
                          view.person.id);
    }
    if (int i = m_person->findData(personId); i >= 0) {
        m_person->setCurrentIndex(i);
    }
    m_date = dateLine(this, QStringLiteral("arrestDateEdit"));
    m_time = makeOfficeTimeEdit(this, QTime(12, 0));
    m_time->setObjectName(QStringLiteral("arrestTimeEdit"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_category = new QComboBox(this);
    for (ArrestCategory category : {ArrestCategory::General, ArrestCategory::ProclaimedOffender,
                                    ArrestCategory::CourtAbsconder, ArrestCategory::MostWanted}) {
        m_category->addItem(arrestCategoryDisplayName(category), arrestCategoryKey(category));
    }
    m_intercept = new QComboBox(this);
    m_intercept->addItem(tr("Not at an airport"), airportInterceptKey(AirportIntercept::None));
    m_intercept->addItem(tr("Airport, on departure"), airportInterceptKey(AirportIntercept::Departure));
    m_intercept->addItem(tr("Airport, on arrival"), airportInterceptKey(AirportIntercept::Arrival));
    m_stopList = new QCheckBox(tr("Stop-list hit"), this);
    m_produced = new QCheckBox(tr("Produced before a magistrate"), this);
    m_producedDate = dateLine(this, QStringLiteral("producedDateEdit"));
    m_producedTime = makeOfficeTimeEdit(this, QTime(12, 0));
    m_producedTime->setObjectName(QStringLiteral("producedTimeEdit"));

    addField(tr("Accused"), m_person, [this]() -> std::vector<Issue> {
        if (m_person->currentIndex() < 0) {
            return {{Severity::Error, QStringLiteral("arrest.person_missing"),
                     tr("Add the accused to the case before recording the arrest.")}};
        }
        return {};
    });
    addField(tr("Date of arrest"), m_date, [this] { return checkDateText(m_date->text(), true, true); });
    addField(tr("Time (Pakistan)"), m_time);
    addField(tr("Place"), m_place);
    addField(tr("Category"), m_category);
    addField(tr("Airport"), m_intercept);
    addWidget(m_stopList);
    addWidget(m_produced);
    addField(tr("Production date"), m_producedDate, [this]() -> std::vector<Issue> {
        if (!m_produced->isChecked()) {
            return {};
        }
        std::vector<Issue> issues = checkDateText(m_producedDate->text(), true, true);
        if (!caselink::hasErrors(issues) && arrestedAt().isValid()) {
            const auto checked = checkMagistrateProduction(arrestedAt(), *producedAt());
            issues.insert(issues.end(), checked.issues.begin(), checked.issues.end());
        }
        return issues;
    });
    addField(tr("Production time"), m_producedTime);
    connect(m_produced, &QCheckBox::toggled, this, [this](bool on) {
        m_producedDate->setEnabled(on);
        m_producedTime->setEnabled(on);
    });
    m_producedDate->setEnabled(false);
    m_producedTime->setEnabled(false);
    connect(m_time, &QTimeEdit::timeChanged, this, &RecordDialog::revalidate);
    connect(m_producedTime, &QTimeEdit::timeChanged, this, &RecordDialog::revalidate);
    revalidate();
}

QDateTime ArrestDialog::arrestedAt() const {
    const QDate date = parseDateText(m_date->text());
    return officeLocalToUtc(date, m_time->time());
}

std::optional<QDateTime> ArrestDialog::producedAt() const {
    const QDate date = parseDateText(m_producedDate->text());
    if (!m_produced->isChecked() || !date.isValid()) {
        return std::nullopt;
    }
    return officeLocalToUtc(date, m_producedTime->time());
}

Status ArrestDialog::save() {
    Arrest a;
    a.caseId = m_caseId;
    a.personId = m_person->currentData().toString();
    a.arrestedAt = arrestedAt();
    a.place = m_place->text().trimmed();
    a.category = arrestCategoryFromKey(m_category->currentData().toString()).value_or(ArrestCategory::General);
    a.airportIntercept =
        airportInterceptFromKey(m_intercept->currentData().toString()).value_or(AirportIntercept::None);
    a.stopListHit = m_stopList->isChecked();
    a.producedBeforeMagistrateAt = producedAt();
    ArrestStatus before = ArrestStatus::NotApplicable;
    for (const auto& [personId, status] : m_statusBefore) {
        if (personId == a.personId) {
            before = status;
        }
    }
    auto* command = new RecordArrestCommand(m_context, a, before);
    return pushCommand(m_undoStack, command);
}

RemandDialog::RemandDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                           const QString& arrestId, QWidget* parent)
    : RecordDialog(tr("Remand order"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_snapshot(snapshot) {
    m_arrest = new QComboBox(this);
    m_arrest->setObjectName(QStringLiteral("arrestBox"));
    for (const ArrestView& view : snapshot.arrests) {
        m_arrest->addItem(tr("%1, arrested %2")
                              .arg(snapshot.personName(view.arrest.personId), displayDateTime(view.arrest.arrestedAt)),
                          view.arrest.id);
    }
    if (int i = m_arrest->findData(arrestId); i >= 0) {
        m_arrest->setCurrentIndex(i);
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    m_kind->addItem(custodyKindDisplayName(CustodyKind::Physical), custodyKindKey(CustodyKind::Physical));
    m_kind->addItem(custodyKindDisplayName(CustodyKind::Judicial), custodyKindKey(CustodyKind::Judicial));
    m_from = dateLine(this, QStringLiteral("fromEdit"));
    m_to = dateLine(this, QStringLiteral("toEdit"));
    m_magistrate = new QLineEdit(this);
    m_orderRef = new QLineEdit(this);

    addField(tr("Arrest"), m_arrest, [this]() -> std::vector<Issue> {
        if (m_arrest->currentIndex() < 0) {
            return {{Severity::Error, QStringLiteral("remand.arrest_missing"), tr("Record the arrest first.")}};
        }
        return {};
    });
    addField(tr("Custody"), m_kind);
    addField(tr("From"), m_from, [this] { return checkDateText(m_from->text(), true, false); });
    addField(tr("To"), m_to, [this] {
        std::vector<Issue> issues = checkDateText(m_to->text(), true, false);
        if (!caselink::hasErrors(issues)) {
            const std::vector<Issue> period = checkPeriod();
            issues.insert(issues.end(), period.begin(), period.end());
        }
        return issues;
    });
    addField(tr("Magistrate"), m_magistrate);
    addField(tr("Order reference"), m_orderRef);
    revalidate();
}

std::vector<Issue> RemandDialog::checkPeriod() const {
    const QDate from = parseDateText(m_from->text());
    const QDate to = parseDateText(m_to->text());
    if (!from.isValid() || !to.isValid() || m_kind->currentData().toString() != custodyKindKey(CustodyKind::Physical)) {
        if (from.isValid() && to.isValid() && to < from) {
            return {
                {Severity::Error, QStringLiteral("remand.invalid_period"), tr("The remand ends before it starts.")}};
        }
        return {};
    }
    std::vector<RemandPeriod> granted;
    for (const ArrestView& view : m_snapshot.arrests) {
        if (view.arrest.id != m_arrest->currentData().toString()) {
            continue;
        }
        for (const CustodyPeriod& p : view.custody) {
            if (p.kind == CustodyKind::Physical) {
                granted.push_back({p.from, p.to});
            }
        }
    }
    return checkPhysicalRemand(granted, {from, to}).issues;
}

Status RemandDialog::save() {
    CustodyPeriod p;
    p.arrestId = m_arrest->currentData().toString();
    p.kind = custodyKindFromKey(m_kind->currentData().toString()).value_or(CustodyKind::Physical);
    p.from = parseDateText(m_from->text());
    p.to = parseDateText(m_to->text());
    p.magistrate = m_magistrate->text().trimmed();
    p.orderRef = m_orderRef->text().trimmed();
    auto* command = new AddRemandCommand(m_context, p);
    return pushCommand(m_undoStack, command);
}

} // namespace caselink
