// The workspace of one case, opened as a tab of the main window: overview, people and roles, arrests and custody,
// victims, payments, route, documents, evidence, notes, linked cases and the case history.
#pragma once

#include <QString>
#include <QWidget>

class QUndoStack;

namespace caselink {

class Navigator;
class RepositoryContext;

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

signals:
    void titleChanged(const QString& title);

private:
    RepositoryContext& m_context;
    Navigator& m_navigator;
    QUndoStack& m_undoStack;
    QString m_caseId;
    class QTabWidget* m_tabs = nullptr;
};

} // namespace caselink
