// The route page of the case workspace: each traveller's chain of places drawn as a chain, and the legs in a table.
#pragma once

#include "ui/workspace/panelsupport.h"

class QTableWidget;

namespace caselink {

class RouteChainWidget;
class RouteLegDialog;

class RoutePanel : public CasePanel {
    Q_OBJECT
public:
    explicit RoutePanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    RouteLegDialog* addLeg();
    RouteChainWidget* chain() const { return m_chain; }
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    RouteChainWidget* m_chain = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace caselink
