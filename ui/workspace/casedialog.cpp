#include "ui/workspace/casedialog.h"

#include <memory>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUndoStack>

#include "domain/documentdate.h"
#include "domain/localtime.h"
#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/caserepository.h"
#include "repo/officerrepository.h"
#include "repo/personrepository.h"
#include "repo/recordremoval.h"
#include "repo/referencerepository.h"
#include "security/session.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/officetimeedit.h"
#include "ui/workspace/panelsupport.h"

namespace caselink {

CaseDialog::CaseDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId, QWidget* parent)
    : RecordDialog(caseId.isEmpty() ? tr("New case") : tr("Edit case"), parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    auto line = [this](const QString& name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_enquiry = line(QStringLiteral("enquiryEdit"), tr("e.g. ENQ-GRW-2025-0142"));
    m_enquiryDate = line(QStringLiteral("enquiryDateEdit"), tr("DD-MM-YYYY"));
    m_fir = line(QStringLiteral("firEdit"), tr("e.g. C-188/2025"));
    m_firStation = line(QStringLiteral("firStationEdit"), tr("empty: your circle"));
    m_firDate = line(QStringLiteral("firDateEdit"), tr("DD-MM-YYYY"));
    m_enquiryTime = line(QStringLiteral("enquiryTimeEdit"), tr("HH:MM, office time"));
    m_firTime = line(QStringLiteral("firTimeEdit"), tr("HH:MM, office time"));
    const bool creating = caseId.isEmpty();
    keepLeftToRight(m_enquiryDate);
    keepLeftToRight(m_firDate);
    keepLeftToRight(m_enquiryTime);
    keepLeftToRight(m_firTime);
    m_title = line(QStringLiteral("titleEdit"));
    m_court = line(QStringLiteral("courtEdit"));
    m_prosecutor = line(QStringLiteral("prosecutorEdit"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setMaximumHeight(80);
    m_status = new QComboBox(this);
    for (CaseStatus status : allCaseStatuses()) {
        m_status->addItem(caseStatusDisplayName(status), caseStatusKey(status));
    }
    m_io = new QComboBox(this);
    m_io->addItem(tr("(not assigned)"), QString());
    if (auto officers = OfficerRepository(context).investigatingOfficers(context.session().user().officeId)) {
        for (const Officer& o : *officers) {
            m_io->addItem(o.name, o.id);
        }
    }
    m_offences = new QListWidget(this);
    m_offences->setObjectName(QStringLiteral("offenceList"));
    m_offences->setMinimumHeight(110);
    if (auto offences = ReferenceRepository(context).offences()) {
        const bool urdu = currentLanguage() == u"ur";
        for (const Offence& o : *offences) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(o.code, urdu && !o.titleUr.isEmpty() ? o.titleUr : o.titleEn),
                m_offences);
            item->setData(Qt::UserRole, o.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }

    // A new registration needs the day and the time of the number given: the legal clocks start from them, and
    // nothing is filled in that the officer did not type.
    addField(tr("Enquiry number"), m_enquiry);
    addField(tr("Enquiry date"), m_enquiryDate, [this, creating] {
        const bool required = creating && !m_enquiry->text().trimmed().isEmpty();
        return checkDateText(m_enquiryDate->text(), required, true);
    });
    addField(tr("Enquiry time"), m_enquiryTime, [this, creating] {
        const bool required = creating && !m_enquiry->text().trimmed().isEmpty();
        return checkTimeText(m_enquiryTime->text(), required);
    });
    addField(tr("FIR number"), m_fir, [this]() -> std::vector<Issue> {
        if (m_fir->text().trimmed().isEmpty()) {
            if (m_enquiry->text().trimmed().isEmpty()) {
                return {{Severity::Error, QStringLiteral("case.number_missing"),
                         tr("Enter an FIR number or an enquiry number.")}};
            }
            return {};
        }
        return validateFirNumber(m_fir->text(), officeToday()).issues;
    });
    addField(tr("FIR station"), m_firStation);
    addField(tr("FIR date"), m_firDate, [this, creating]() -> std::vector<Issue> {
        if (creating && !m_fir->text().trimmed().isEmpty()) {
            return checkDateText(m_firDate->text(), true, true);
        }
        if (!m_fir->text().trimmed().isEmpty() && m_firDate->text().trimmed().isEmpty()) {
            return {{Severity::Warning, QStringLiteral("case.fir_date_missing"),
                     tr("Without the FIR date the interim challan deadline cannot be shown.")}};
        }
        return checkDateText(m_firDate->text(), false, true);
    });
    addField(tr("FIR time"), m_firTime, [this, creating] {
        const bool required = creating && !m_fir->text().trimmed().isEmpty();
        return checkTimeText(m_firTime->text(), required);
    });
    if (caseId.isEmpty()) {
        addField(tr("Status"), m_status, [this]() -> std::vector<Issue> {
            const auto status = caseStatusFromKey(m_status->currentData().toString());
            if (status && !isEnquiryStatus(*status) && m_fir->text().trimmed().isEmpty()) {
                return {{Severity::Error, QStringLiteral("case.status_needs_fir"),
                         tr("This status needs a registered FIR number.")}};
            }
            return {};
        });
    } else {
        m_status->hide();
    }
    addField(tr("Title"), m_title);
    addField(creating ? tr("Brief facts") : tr("Summary"), m_summary);
    addField(tr("Investigating officer"), m_io);
    addField(tr("Offence sections"), m_offences);
    m_complainant = line(QStringLiteral("complainantEdit"), tr("Find a recorded person, or type a new name"));
    m_complainantMatches = new QListWidget(this);
    m_complainantMatches->setObjectName(QStringLiteral("complainantList"));
    m_complainantMatches->setMaximumHeight(80);
    if (creating) {
        addField(tr("Complainant"), m_complainant);
        addField(tr("Recorded persons"), m_complainantMatches, [this]() -> std::vector<Issue> {
            if (!m_complainant->text().trimmed().isEmpty() && !m_complainantMatches->currentItem()) {
                return {{Severity::Warning, QStringLiteral("case.complainant_new"),
                         tr("No recorded person is picked: \"%1\" will be recorded as a new person.")
                             .arg(m_complainant->text().trimmed())}};
            }
            return {};
        });
        connect(m_complainant, &QLineEdit::textEdited, this, &CaseDialog::searchComplainant);
    } else {
        m_complainant->hide();
        m_complainantMatches->hide();
    }
    addField(tr("Court"), m_court);
    addField(tr("Prosecutor"), m_prosecutor);

    if (!caseId.isEmpty()) {
        if (auto c = CaseRepository(context).get(caseId)) {
            m_before = *c;
            load(*c);
            resetModified(); // loading the record is not an edit
        } else {
            messageBar()->showMessage(c.error().message, MessageBar::Type::Error);
            messageBar()->show();
            okButton()->setEnabled(false);
        }
    }
    revalidate();
}

void CaseDialog::searchComplainant(const QString& text) {
    m_complainantMatches->clear();
    if (text.trimmed().size() >= 2) {
        if (auto hits = PersonRepository(m_context).search(text, 10)) {
            for (const PersonHit& hit : *hits) {
                const QString label =
                    hit.relative.isEmpty() ? hit.name : tr("%1, relative %2").arg(hit.name, hit.relative);
                auto* item = new QListWidgetItem(label, m_complainantMatches);
                item->setData(Qt::UserRole, hit.id);
            }
        }
    }
    revalidate();
}

// A picked match is that person; a typed name without a pick is a new person, its script decided by the letters.
ComplainantDraft CaseDialog::complainant() const {
    ComplainantDraft out;
    if (QListWidgetItem* item = m_complainantMatches->currentItem()) {
        out.personId = item->data(Qt::UserRole).toString();
        return out;
    }
    const QString typed = m_complainant->text().trimmed();
    if (typed.isEmpty()) {
        return out;
    }
    Person p;
    const bool urdu = typed.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]")));
    (urdu ? p.nameUrdu : p.nameLatin) = typed;
    out.newPerson = p;
    return out;
}

void CaseDialog::load(const CaseRecord& c) {
    m_enquiry->setText(c.enquiryNumber);
    m_enquiryDate->setText(displayDate(c.enquiryDate));
    m_fir->setText(c.firNumber);
    m_firStation->setText(c.firStation);
    m_firDate->setText(displayDate(c.firDate));
    auto timeText = [](const QDateTime& at) {
        return at.isValid() ? toOfficeTime(at).time().toString(QStringLiteral("HH:mm")) : QString();
    };
    m_enquiryTime->setText(timeText(c.enquiryRegisteredAt));
    m_firTime->setText(timeText(c.firRegisteredAt));
    m_title->setText(c.title);
    m_summary->setPlainText(c.summary);
    m_court->setText(c.court);
    m_prosecutor->setText(c.prosecutor);
    if (int i = m_io->findData(c.ioOfficerId); i >= 0) {
        m_io->setCurrentIndex(i);
    }
    for (int i = 0; i < m_offences->count(); ++i) {
        QListWidgetItem* item = m_offences->item(i);
        item->setCheckState(c.offenceIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

CaseRecord CaseDialog::draft() const {
    CaseRecord c = m_before.value_or(CaseRecord{});
    c.enquiryNumber = m_enquiry->text().trimmed();
    c.enquiryDate = parseDateText(m_enquiryDate->text());
    c.firNumber = m_fir->text().trimmed();
    c.fir.reset();
    c.firStation = m_firStation->text().trimmed();
    c.firDate = parseDateText(m_firDate->text());
    if (const QTime t = parseTimeText(m_enquiryTime->text()); t.isValid()) {
        c.enquiryRegisteredAt = officeLocalToUtc(c.enquiryDate, t);
    }
    if (const QTime t = parseTimeText(m_firTime->text()); t.isValid()) {
        c.firRegisteredAt = officeLocalToUtc(c.firDate, t);
    }
    if (!m_before) {
        c.status = caseStatusFromKey(m_status->currentData().toString()).value_or(CaseStatus::EnquiryRegistered);
    }
    c.title = m_title->text().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    c.ioOfficerId = m_io->currentData().toString();
    c.court = m_court->text().trimmed();
    c.prosecutor = m_prosecutor->text().trimmed();
    c.offenceIds.clear();
    for (int i = 0; i < m_offences->count(); ++i) {
        if (m_offences->item(i)->checkState() == Qt::Checked) {
            c.offenceIds << m_offences->item(i)->data(Qt::UserRole).toString();
        }
    }
    return c;
}

Status CaseDialog::save() {
    const CaseRecord after = draft();
    if (m_before) {
        if (auto st = pushCommand(m_undoStack, new EditCaseCommand(m_context, tr("Edit case %1").arg(m_before->label()),
                                                                   *m_before, after));
            !st) {
            return st;
        }
        m_savedId = m_before->id;
        return ok();
    }
    // The new case's id is fixed now: redo after an undo brings back the same case.
    auto* command = new NewCaseCommand(m_context, after, complainant());
    const QString id = command->recordId();
    if (auto st = pushCommand(m_undoStack, command); !st) {
        return st;
    }
    m_savedId = id;
    return ok();
}

RegisterFirDialog::RegisterFirDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId,
                                     QWidget* parent)
    : RecordDialog(tr("Register FIR"), parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    auto line = [this](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_fir = line(QStringLiteral("firEdit"), tr("e.g. C-188/2025"));
    m_station = line(QStringLiteral("firStationEdit"), tr("empty: your circle"));
    m_date = line(QStringLiteral("firDateEdit"), tr("DD-MM-YYYY"));
    m_time = line(QStringLiteral("firTimeEdit"), tr("HH:MM, office time"));
    if (auto c = CaseRepository(context).get(caseId)) {
        m_case = *c;
        auto* note = new QLabel(tr("Enquiry %1 becomes a case registered by FIR (CrPC s.154). The enquiry number and "
                                   "its history stay with the case.")
                                    .arg(c->enquiryNumber),
                                this);
        note->setWordWrap(true);
        addWidget(note);
    } else {
        messageBar()->showMessage(c.error().message, MessageBar::Type::Error);
        messageBar()->show();
    }
    addField(tr("FIR number"), m_fir, [this]() -> std::vector<Issue> {
        if (m_fir->text().trimmed().isEmpty()) {
            return {{Severity::Error, QStringLiteral("case.fir_missing"), tr("Enter the FIR number.")}};
        }
        return validateFirNumber(m_fir->text(), QDate::currentDate()).issues;
    });
    addField(tr("FIR station"), m_station);
    addField(tr("FIR date"), m_date, [this] { return checkDateText(m_date->text(), true, true); });
    addField(tr("FIR time"), m_time, [this] { return checkTimeText(m_time->text(), true); });
    if (!m_case) {
        okButton()->setEnabled(false);
    }
    revalidate();
}

Status RegisterFirDialog::save() {
    if (!m_case) {
        return fail(ErrorCode::NotFound, tr("The case is not available."));
    }
    FirRegistration registration;
    registration.firNumber = m_fir->text().trimmed();
    registration.firStation = m_station->text().trimmed();
    registration.firDate = parseDateText(m_date->text());
    registration.registeredAt = officeLocalToUtc(registration.firDate, parseTimeText(m_time->text()));
    return pushCommand(m_undoStack, new RegisterFirCommand(m_context, m_case->id, registration, m_case->status));
}

} // namespace caselink
