// The people-and-roles and victims pages of the case workspace.
#pragma once

#include "ui/workspace/panelsupport.h"

class QLabel;
class QTableWidget;

namespace caselink {

class AddPersonDialog;

class PeoplePanel : public CasePanel {
    Q_OBJECT
public:
    explicit PeoplePanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    AddPersonDialog* addPerson(bool accused);
    QTableWidget* accusedTable() const { return m_accused; }
    QTableWidget* othersTable() const { return m_others; }
    void removeSelectedRole();

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_accused = nullptr;
    QTableWidget* m_others = nullptr;
};

class VictimsPanel : public CasePanel {
    Q_OBJECT
public:
    explicit VictimsPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    AddPersonDialog* addVictim();
    QTableWidget* table() const { return m_table; }
    QLabel* restrictedNotice() const { return m_notice; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace caselink
