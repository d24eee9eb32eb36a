// The workspace of one case, opened as a tab of the main window: overview, people and roles, arrests and custody,
// victims, payments, route, documents, evidence, notes, linked cases and the case history.
#pragma once

#include <memory>

#include <vector>

#include <QString>
#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace caselink {

class ArrestsPanel;
class CasePanel;
class DocumentsPanel;
class EvidencePanel;
class HistoryPanel;
class LinksPanel;
class MessageBar;
class Navigator;
class NotesPanel;
class OverviewPanel;
class PaymentsPanel;
class PeoplePanel;
class RepositoryContext;
class RoutePanel;
class VictimsPanel;
struct CaseSnapshot;
struct WorkspaceEnv;

class CaseWorkspace : public QWidget {
    Q_OBJECT
public:
    CaseWorkspace(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack, const QString& caseId,
                  QWidget* parent = nullptr);
    ~CaseWorkspace() override;

    QString caseId() const { return m_caseId; }
    // The tab title: the FIR or enquiry number, else the case title.
    QString title() const;
    // A further page (the evidence store, a chart) added by the main window after construction.
    void addPage(QWidget* page, const QString& title);

    // Reads the case again and re-renders every page; runs by itself after each committed change.
    void refresh();
    // False when the case is gone or out of scope; the pages then stay empty and a message says why.
    bool isLoaded() const { return m_loaded; }
    QTabWidget* tabs() const { return m_tabs; }
    MessageBar* messageBar() const { return m_messages; }
    const CaseSnapshot& snapshot() const { return *m_snapshot; }
    OverviewPanel* overview() const { return m_overview; }
    PeoplePanel* people() const { return m_people; }
    ArrestsPanel* arrests() const { return m_arrests; }
    VictimsPanel* victims() const { return m_victims; }
    PaymentsPanel* payments() const { return m_payments; }
    RoutePanel* route() const { return m_route; }
    DocumentsPanel* documents() const { return m_documents; }
    EvidencePanel* evidence() const { return m_evidence; }
    NotesPanel* notes() const { return m_notes; }
    LinksPanel* links() const { return m_links; }
    HistoryPanel* history() const { return m_history; }

signals:
    void titleChanged(const QString& title);
    // After each re-read of the case (a change that touched it, or refresh()).
    void refreshed();

private:
    RepositoryContext& m_context;
    Navigator& m_navigator;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QTabWidget* m_tabs = nullptr;

    std::unique_ptr<WorkspaceEnv> m_env;
    std::unique_ptr<CaseSnapshot> m_snapshot;
    MessageBar* m_messages = nullptr;
    OverviewPanel* m_overview = nullptr;
    PeoplePanel* m_people = nullptr;
    ArrestsPanel* m_arrests = nullptr;
    VictimsPanel* m_victims = nullptr;
    PaymentsPanel* m_payments = nullptr;
    RoutePanel* m_route = nullptr;
    DocumentsPanel* m_documents = nullptr;
    EvidencePanel* m_evidence = nullptr;
    NotesPanel* m_notes = nullptr;
    LinksPanel* m_links = nullptr;
    HistoryPanel* m_history = nullptr;
    std::vector<CasePanel*> m_panels;
    QString m_title;
    bool m_loaded = false;
    class CoalescedRefresh* m_refresher = nullptr;
};

} // namespace caselink
