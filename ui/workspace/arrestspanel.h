// The arrests and custody page of the case workspace: every arrest with its remand totals, the remand orders of the
// selected arrest, and the case's open deadlines.
#pragma once

#include "ui/workspace/panelsupport.h"

class QLabel;
class QTableWidget;

namespace caselink {

class ArrestDialog;
class RemandDialog;

class ArrestsPanel : public CasePanel {
    Q_OBJECT
public:
    explicit ArrestsPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    ArrestDialog* recordArrest();
    RemandDialog* addRemand();
    QTableWidget* arrestTable() const { return m_arrests; }
    QTableWidget* custodyTable() const { return m_custody; }
    QLabel* deadlinesLabel() const { return m_deadlines; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    void showCustody();
    QTableWidget* m_arrests = nullptr;
    QTableWidget* m_custody = nullptr;
    QLabel* m_deadlines = nullptr;
};

} // namespace caselink
