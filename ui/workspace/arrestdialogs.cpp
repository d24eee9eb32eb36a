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
    for (const QDate& d : {snapshot.caseFile.enquiryDate, snapshot.caseFile.firDate}) {
        if (d.isValid() && (!m_registered.isValid() || d < m_registered)) {
            m_registered = d;
        }
    }
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
    // No accused is pre-selected: the officer names who was arrested.
    const bool anyAccused = m_person->count() > 0;
    addChooseEntry(m_person);
    if (int i = m_person->findData(personId); !personId.isEmpty() && i >= 0) {
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

    addField(tr("Accused"), m_person, [this, anyAccused]() -> std::vector<Issue> {
        if (!anyAccused) {
            return {{Severity::Error, QStringLiteral("arrest.person_missing"),
                     tr("Add the accused to the case before recording the arrest.")}};
        }
        return requireChoice(m_person, tr("Choose the accused who was arrested."));
    });
    // A date the core would refuse without a reason is not refused here as a typing error: the officer confirms it
    // by giving the reason below.
    addField(tr("Date of arrest"), m_date, [this] { return checkDateText(m_date->text(), true, false); });
    addField(tr("Time (office)"), m_time);
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
    m_dateReason = new QLineEdit(this);
    m_dateReason->setObjectName(QStringLiteral("dateReasonEdit"));
    m_dateReason->setPlaceholderText(tr("Only for an arrest before the case was registered, or in the future"));
    addField(tr("Reason for the date"), m_dateReason, [this]() -> std::vector<Issue> {
        if (!needsDateReason() || !m_dateReason->text().trimmed().isEmpty()) {
            return {};
        }
        const QDateTime at = arrestedAt();
        const QString why =
            at > QDateTime::currentDateTimeUtc()
                ? tr("The arrest lies in the future.")
                : tr("The arrest is dated before the case was registered on %1.").arg(displayDate(m_registered));
        return {{Severity::Error, QStringLiteral("arrest.date_reason_missing"),
                 tr("%1 Correct the date, or confirm it by recording the reason here.").arg(why)}};
    });
    m_delayReason = new QLineEdit(this);
    m_delayReason->setObjectName(QStringLiteral("delayReasonEdit"));
    m_delayReason->setPlaceholderText(tr("Only for a production more than 24 hours after the arrest"));
    addField(tr("Reason for the delay"), m_delayReason, [this]() -> std::vector<Issue> {
        if (!productionLate() || !m_delayReason->text().trimmed().isEmpty()) {
            return {};
        }
        return {{Severity::Error, QStringLiteral("arrest.production_delay_reason_missing"),
                 tr("The production came more than 24 hours after the arrest: record the reason for the delay.")}};
    });
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

bool ArrestDialog::needsDateReason() const {
    const QDateTime at = arrestedAt();
    if (!at.isValid()) {
        return false;
    }
    const QDate day = officeDate(at);
    return at > QDateTime::currentDateTimeUtc() || (m_registered.isValid() && day < m_registered);
}

bool ArrestDialog::productionLate() const {
    const auto produced = producedAt();
    return produced && arrestedAt().isValid() &&
           hasIssue(checkMagistrateProduction(arrestedAt(), *produced).issues, u"clock.production_late");
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
    a.dateReason = needsDateReason() ? m_dateReason->text().trimmed() : QString();
    a.productionDelayReason = productionLate() ? m_delayReason->text().trimmed() : QString();
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
    // Whose arrest the order is for is the officer's choice, never the first in the list.
    const bool anyArrest = m_arrest->count() > 0;
    addChooseEntry(m_arrest);
    if (int i = m_arrest->findData(arrestId); !arrestId.isEmpty() && i >= 0) {
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

    addField(tr("Arrest"), m_arrest, [this, anyArrest]() -> std::vector<Issue> {
        if (!anyArrest) {
            return {{Severity::Error, QStringLiteral("remand.arrest_missing"), tr("Record the arrest first.")}};
        }
        return requireChoice(m_arrest, tr("Choose the arrest the remand order is for."));
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
