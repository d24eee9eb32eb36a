// Placeholder bodies so the main window can open case and person tabs while the workspaces are built; replaced by
// caseworkspace.cpp and personprofile.cpp.
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/personprofile.h"

namespace caselink {

CaseWorkspace::CaseWorkspace(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack,
                             const QString& caseId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator)
    , m_undoStack(undoStack)
    , m_caseId(caseId)
    , m_tabs(new QTabWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

CaseWorkspace::~CaseWorkspace() = default;

QString CaseWorkspace::title() const {
    return m_caseId;
}

void CaseWorkspace::addPage(QWidget* page, const QString& title) {
    m_tabs->addTab(page, title);
}

PersonProfile::PersonProfile(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack,
                             const QString& personId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator)
    , m_undoStack(undoStack)
    , m_personId(personId) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(personId));
}

PersonProfile::~PersonProfile() = default;

QString PersonProfile::title() const {
    return m_personId;
}

} // namespace caselink
