#include "ui/workspace/overviewpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/caserepository.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/workspace/casedialog.h"
#include "ui/workspace/recorddialogs.h"

namespace caselink {

QString deadlinesText(const CaseSnapshot& s) {
    QStringList lines;
    for (const DeadlineItem& d : s.deadlines) {
        QString what;
        switch (d.kind) {
        case DeadlineKind::Proclamation:
        case DeadlineKind::Hearing:
            what = OverviewPanel::tr("%1 on %2").arg(DeadlineQuery::kindName(d.kind), displayDate(d.due));
            break;
        case DeadlineKind::RemandExpiry:
            what = OverviewPanel::tr("Remand of %1 expires on %2").arg(s.personName(d.personId), displayDate(d.due));
            break;
        case DeadlineKind::MagistrateProduction:
            what = OverviewPanel::tr("Produce %1 before a magistrate by %2")
                       .arg(s.personName(d.personId), displayDateTime(d.dueAt));
            break;
        case DeadlineKind::InterimChallan:
            what = OverviewPanel::tr("Interim challan due on %1").arg(displayDate(d.due));
            break;
        }
        if (d.overdue) {
            what = OverviewPanel::tr("OVERDUE: %1").arg(what);
            lines << QStringLiteral("<span style=\"color:#b00020\"><b>%1</b></span>").arg(what.toHtmlEscaped());
        } else {
            lines << what.toHtmlEscaped();
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

OverviewPanel::OverviewPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    auto* details = new QGroupBox(tr("Case"), this);
    auto* form = new QFormLayout(details);
    const QString labels[] = {
        tr("FIR"),      tr("Enquiry"), tr("Status"),     tr("Title"),   tr("Investigating officer"),
        tr("Offences"), tr("Court"),   tr("Prosecutor"), tr("Incident")};
    for (int i = 0; i < 9; ++i) {
        m_values[i] = new QLabel(details);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[i]->setWordWrap(true);
        form->addRow(labels[i], m_values[i]);
    }
    m_values[0]->setObjectName(QStringLiteral("firValue"));
    m_values[1]->setObjectName(QStringLiteral("enquiryValue"));
    m_values[2]->setObjectName(QStringLiteral("statusValue"));
    layout->addWidget(details);

    auto* legal = new QGroupBox(tr("Next legal step and deadlines"), this);
    auto* legalLayout = new QVBoxLayout(legal);
    m_nextStep = new QLabel(legal);
    m_nextStep->setObjectName(QStringLiteral("nextStepLabel"));
    m_nextStep->setWordWrap(true);
    m_deadlines = new QLabel(legal);
    m_deadlines->setObjectName(QStringLiteral("overviewDeadlines"));
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    legalLayout->addWidget(m_nextStep);
    legalLayout->addWidget(m_deadlines);
    layout->addWidget(legal);

    auto* buttons = new QHBoxLayout;
    auto* edit = makeButton(tr("Edit case…"), this, QStringLiteral("editCaseButton"));
    m_registerFir = makeButton(tr("Register FIR…"), this, QStringLiteral("registerFirButton"));
    m_status = new QComboBox(this);
    for (CaseStatus status : allCaseStatuses()) {
        m_status->addItem(caseStatusDisplayName(status), caseStatusKey(status));
    }
    auto* setStatus = makeButton(tr("Change status"), this, QStringLiteral("changeStatusButton"));
    auto* chart = makeButton(tr("Chart"), this, QStringLiteral("chartButton"));
    auto* timeline = makeButton(tr("Timeline"), this, QStringLiteral("timelineButton"));
    auto* exportCase = makeButton(tr("Export case file…"), this, QStringLiteral("exportCaseButton"));
    buttons->addWidget(edit);
    buttons->addWidget(m_registerFir);
    buttons->addWidget(m_status);
    buttons->addWidget(setStatus);
    buttons->addStretch();
    buttons->addWidget(chart);
    buttons->addWidget(timeline);
    buttons->addWidget(exportCase);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(edit, &QPushButton::clicked, this, &OverviewPanel::editCase);
    connect(m_registerFir, &QPushButton::clicked, this, &OverviewPanel::registerFir);
    connect(setStatus, &QPushButton::clicked, this, &OverviewPanel::changeStatus);
    connect(chart, &QPushButton::clicked, this,
            [this] { emit m_env.navigator.openChart(QStringLiteral("case"), {m_env.caseId}); });
    connect(timeline, &QPushButton::clicked, this, [this] { emit m_env.navigator.openCaseTimeline(m_env.caseId); });
    connect(exportCase, &QPushButton::clicked, this, [this] { emit m_env.navigator.exportCase(m_env.caseId); });
}

CaseDialog* OverviewPanel::editCase() {
    return present(new CaseDialog(m_env.context, m_env.undoStack, m_env.caseId, this));
}

RegisterFirDialog* OverviewPanel::registerFir() {
    return present(new RegisterFirDialog(m_env.context, m_env.undoStack, m_env.caseId, this));
}

void OverviewPanel::changeStatus() {
    if (!m_snapshot) {
        return;
    }
    const CaseStatus before = m_snapshot->caseFile.status;
    const auto after = caseStatusFromKey(m_status->currentData().toString());
    if (!after || *after == before) {
        return;
    }
    runCommand(new SetCaseStatusCommand(m_env.context, m_env.caseId, before, *after));
}

void OverviewPanel::render(const CaseSnapshot& s) {
    const CaseRecord& c = s.caseFile;
    const bool urdu = currentLanguage() == u"ur";
    QStringList offences;
    for (const Offence& o : s.offences) {
        offences << interfaceParagraph(
            QStringLiteral("%1 (%2)").arg(isolatedLatin(o.code), urdu && !o.titleUr.isEmpty() ? o.titleUr : o.titleEn));
    }
    const QString none = tr("—");
    // The time of registration when it was recorded, else the day alone.
    auto registered = [](QDate date, const QDateTime& at) {
        return at.isValid() ? displayDateTime(at) : displayDate(date);
    };
    const QString fir =
        c.hasFir() ? tr("%1, %2, dated %3").arg(c.firNumber, c.firStation, registered(c.firDate, c.firRegisteredAt))
                   : none;
    const QString enquiry =
        c.enquiryNumber.isEmpty()
            ? none
            : tr("%1, dated %2").arg(c.enquiryNumber, registered(c.enquiryDate, c.enquiryRegisteredAt));
    const QString values[] = {fir,
                              enquiry,
                              caseStatusDisplayName(c.status),
                              c.title.isEmpty() ? none : c.title,
                              s.ioName.isEmpty() ? tr("not assigned") : s.ioName,
                              offences.isEmpty() ? none : offences.join(QStringLiteral("\n")),
                              c.court.isEmpty() ? none : c.court,
                              c.prosecutor.isEmpty() ? none : c.prosecutor,
                              s.incident ? s.incident->title : none};
    for (int i = 0; i < 9; ++i) {
        m_values[i]->setText(values[i]);
    }
    m_nextStep->setText(nextLegalStep(s, officeToday()));
    const QString deadlines = deadlinesText(s);
    m_deadlines->setText(deadlines.isEmpty() ? tr("No open deadlines.") : deadlines);
    m_status->setCurrentIndex(m_status->findData(caseStatusKey(c.status)));
    m_registerFir->setVisible(!c.hasFir());
}

NotesPanel::NotesPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Case notes: the summary of facts and the investigator's working notes."), this);
    hint->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("notesEdit"));
    auto* save = makeButton(tr("Save notes"), this, QStringLiteral("saveNotesButton"));
    layout->addWidget(hint);
    layout->addWidget(m_editor);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(save);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, &NotesPanel::saveNotes);
}

void NotesPanel::render(const CaseSnapshot& s) {
    // Keep what the officer is typing: only replace the text when it was not edited since last shown.
    if (m_editor->toPlainText() == m_shown) {
        m_editor->setPlainText(s.caseFile.summary);
    }
    m_shown = s.caseFile.summary;
}

void NotesPanel::saveNotes() {
    if (!m_snapshot || m_editor->toPlainText() == m_snapshot->caseFile.summary) {
        return;
    }
    CaseRecord before = m_snapshot->caseFile;
    CaseRecord after = before;
    after.summary = m_editor->toPlainText();
    m_shown = after.summary;
    auto* command = new EditCaseCommand(m_env.context, tr("Edit case notes"), before, after);
    if (auto st = pushUndoable(m_env.undoStack, command); !st) {
        emit failed(st.error().message);
    }
}

LinksPanel::LinksPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_incident = new QLabel(this);
    m_incident->setWordWrap(true);
    m_table = makeTable({tr("Case"), tr("Note")}, this);
    m_table->setObjectName(QStringLiteral("linkedCasesTable"));
    layout->addWidget(m_incident);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto* link = makeButton(tr("Link a case…"), this, QStringLiteral("linkCaseButton"));
    auto* unlink = makeButton(tr("Unlink"), this, QStringLiteral("unlinkCaseButton"));
    auto* open = makeButton(tr("Open case"), this, QStringLiteral("openLinkedButton"));
    row->addWidget(link);
    row->addWidget(unlink);
    row->addStretch();
    row->addWidget(open);
    layout->addLayout(row);
    auto openSelected = [this] {
        if (const QString id = selectedRecordId(m_table); !id.isEmpty()) {
            emit m_env.navigator.openCase(id);
        }
    };
    connect(m_table, &QTableWidget::cellActivated, this, openSelected);
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(link, &QPushButton::clicked, this, &LinksPanel::linkCase);
    connect(unlink, &QPushButton::clicked, this, [this] {
        const QString other = selectedRecordId(m_table);
        if (other.isEmpty() || !m_snapshot) {
            return;
        }
        QString note;
        for (const CaseLink& l : m_snapshot->linkedCases) {
            if (l.caseId == other) {
                note = l.note;
            }
        }
        runCommand(new LinkCasesCommand(m_env.context, m_env.caseId, other, note, false));
    });
}

LinkCaseDialog* LinksPanel::linkCase() {
    return present(new LinkCaseDialog(m_env.context, m_env.undoStack, m_env.caseId, this));
}

void LinksPanel::render(const CaseSnapshot& s) {
    if (s.incident) {
        m_incident->setText(tr("Incident: %1 (%2), %3, %4")
                                .arg(s.incident->title, incidentKindName(s.incident->kind),
                                     displayDate(s.incident->occurredOn), s.incident->location));
    } else {
        m_incident->setText(tr("This case is not linked to an incident."));
    }
    m_table->setRowCount(0);
    int r = 0;
    for (const CaseLink& l : s.linkedCases) {
        setTableRow(m_table, r++, {l.label, l.note}, l.caseId);
    }
}

} // namespace caselink
