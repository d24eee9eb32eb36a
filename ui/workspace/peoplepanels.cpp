#include "ui/workspace/peoplepanels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/commands/recordcommands.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "ui/navigator.h"
#include "ui/workspace/addpersondialog.h"

namespace caselink {
namespace {

QString yesNo(bool value) {
    return value ? PeoplePanel::tr("yes") : PeoplePanel::tr("no");
}

} // namespace

PeoplePanel::PeoplePanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Accused side"), this));
    m_accused = makeTable({tr("Name"), tr("Role"), tr("In FIR"), tr("Arrest status")}, this);
    m_accused->setObjectName(QStringLiteral("accusedTable"));
    layout->addWidget(m_accused, 3);
    layout->addWidget(new QLabel(tr("Other parties"), this));
    m_others = makeTable({tr("Name"), tr("Role"), tr("Notes")}, this);
    m_others->setObjectName(QStringLiteral("othersTable"));
    layout->addWidget(m_others, 2);
    auto* row = new QHBoxLayout;
    auto* addAccused = makeButton(tr("Add accused…"), this, QStringLiteral("addAccusedButton"));
    auto* addOther = makeButton(tr("Add other party…"), this, QStringLiteral("addOtherButton"));
    auto* remove = makeButton(tr("Remove from case"), this, QStringLiteral("removeRoleButton"));
    auto* open = makeButton(tr("Open person"), this, QStringLiteral("openPersonButton"));
    row->addWidget(addAccused);
    row->addWidget(addOther);
    row->addWidget(remove);
    row->addStretch();
    row->addWidget(open);
    layout->addLayout(row);
    connect(addAccused, &QPushButton::clicked, this, [this] { addPerson(true); });
    connect(addOther, &QPushButton::clicked, this, [this] { addPerson(false); });
    connect(remove, &QPushButton::clicked, this, &PeoplePanel::removeSelectedRole);
    for (QTableWidget* table : {m_accused, m_others}) {
        connect(table, &QTableWidget::cellActivated, this, [this, table] {
            const QString roleId = selectedRecordId(table);
            for (const CaseRoleView& view : m_snapshot ? m_snapshot->roles : std::vector<CaseRoleView>{}) {
                if (view.role.id == roleId && !view.person.isProtected) {
                    emit m_env.navigator.openPerson(view.person.id);
                }
            }
        });
    }
    connect(open, &QPushButton::clicked, this, [this] {
        QTableWidget* table = m_others->hasFocus() ? m_others : m_accused;
        emit table->cellActivated(table->currentRow(), 0);
    });
}

AddPersonDialog* PeoplePanel::addPerson(bool accused) {
    return present(new AddPersonDialog(m_env.context, m_env.undoStack, m_env.caseId,
                                       accused ? AddPersonDialog::Mode::Accused : AddPersonDialog::Mode::OtherParty,
                                       this));
}

void PeoplePanel::removeSelectedRole() {
    QString roleId = selectedRecordId(m_accused);
    if (roleId.isEmpty() || m_others->hasFocus()) {
        roleId = selectedRecordId(m_others);
    }
    if (roleId.isEmpty() || !m_snapshot) {
        return;
    }
    for (const CaseRoleView& view : m_snapshot->roles) {
        if (view.role.id != roleId) {
            continue;
        }
        runCommand(new RemoveCaseRoleCommand(m_env.context, view.role, view.person.displayName()));
        return;
    }
}

void PeoplePanel::render(const CaseSnapshot& s) {
    m_accused->setRowCount(0);
    m_others->setRowCount(0);
    int a = 0;
    int o = 0;
    for (const CaseRoleView& view : s.roles) {
        const CaseRole& role = view.role;
        if (isAccusedRole(role.role)) {
            setTableRow(m_accused, a++,
                        {localName(view.person), personRoleDisplayName(role.role), yesNo(role.nominatedInFir),
                         arrestStatusDisplayName(role.arrestStatus)},
                        role.id);
        } else if (!isVictimRole(role.role)) {
            setTableRow(m_others, o++, {localName(view.person), personRoleDisplayName(role.role), role.notes}, role.id);
        }
    }
    m_accused->resizeColumnsToContents();
    m_others->resizeColumnsToContents();
}

VictimsPanel::VictimsPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("victimsRestricted"));
    m_notice->setWordWrap(true);
    m_notice->setText(tr("Restricted: victims' identities are shown only to users with the victims grant. "
                         "Ask your supervisor if your work needs them."));
    m_notice->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 8px; }"));
    m_table = makeTable({tr("Name"), tr("Role"), tr("Outcome"), tr("Exploitation")}, this);
    m_table->setObjectName(QStringLiteral("victimsTable"));
    layout->addWidget(m_notice);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto* add = makeButton(tr("Add victim…"), this, QStringLiteral("addVictimButton"));
    row->addWidget(add);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &VictimsPanel::addVictim);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const QString id = selectedRecordId(m_table); !id.isEmpty()) {
            emit m_env.navigator.openPerson(id);
        }
    });
}

AddPersonDialog* VictimsPanel::addVictim() {
    return present(
        new AddPersonDialog(m_env.context, m_env.undoStack, m_env.caseId, AddPersonDialog::Mode::Victim, this));
}

void VictimsPanel::render(const CaseSnapshot& s) {
    // The repositories already pseudonymise protected persons; without the grant nothing about them is listed here.
    m_notice->setVisible(!s.victimGrant);
    m_table->setVisible(s.victimGrant);
    m_table->setRowCount(0);
    if (!s.victimGrant) {
        return;
    }
    int r = 0;
    for (const CaseRoleView& view : s.roles) {
        if (!isVictimRole(view.role.role)) {
            continue;
        }
        const QString outcome =
            view.role.victimOutcome ? victimOutcomeDisplayName(*view.role.victimOutcome) : QString();
        setTableRow(m_table, r++,
                    {localName(view.person), personRoleDisplayName(view.role.role), outcome, view.role.exploitation},
                    view.person.id);
    }
    m_table->resizeColumnsToContents();
}

} // namespace caselink
