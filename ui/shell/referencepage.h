// Reference data for administrators: offence sections, event types and countries as recorded, read-only (changes go
// through ReferenceRepository's audited methods; an editor is left for later), and the trusted office keys.
#pragma once

#include <QWidget>

class QTabWidget;
class QStandardItemModel;

namespace caselink {

class RepositoryContext;

class ReferencePage : public QWidget {
    Q_OBJECT
public:
    explicit ReferencePage(RepositoryContext& context, QWidget* parent = nullptr);

    QStandardItemModel* offences() const { return m_offences; }

private:
    void load(RepositoryContext& context);

    QTabWidget* m_tabs;
    QStandardItemModel* m_offences;
    QStandardItemModel* m_eventTypes;
    QStandardItemModel* m_countries;
};

} // namespace caselink
