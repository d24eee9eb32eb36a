// The Red Book: pick an edition, see each zone's share and what became of it (wanted, arrested, abroad, ...), the
// arrests since the edition was published, and the entries of the selected zone. Double-click opens the person.
#pragma once

#include <vector>

#include <QWidget>

#include "domain/redbook.h"

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace caselink {

class RepositoryContext;

class RedBookView : public QWidget {
    Q_OBJECT
public:
    explicit RedBookView(RepositoryContext& context, QWidget* parent = nullptr);

    void reload();
    QStandardItemModel* zoneModel() const { return m_zones; }
    QStandardItemModel* entryModel() const { return m_entries; }

signals:
    void openPerson(const QString& personId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showEdition();
    void showZone(const QString& zoneId);

    RepositoryContext& m_context;
    bool m_loaded = false;
    void followChanges();
    std::vector<RedBookEdition> m_editions;
    QComboBox* m_edition;
    QLabel* m_summary;
    QLabel* m_error;
    QStandardItemModel* m_zones;
    QStandardItemModel* m_entries;
    QTreeView* m_zoneView;
    QTreeView* m_entryView;
};

} // namespace caselink
