// The profile of one person, opened as a tab of the main window: names in both scripts, aliases, lineage,
// identifiers, photo, flags, roles across cases, payments and cross-case correlation.
#pragma once

#include <QString>
#include <QWidget>

class QUndoStack;

namespace caselink {

class Navigator;
class RepositoryContext;

class PersonProfile : public QWidget {
    Q_OBJECT
public:
    PersonProfile(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack, const QString& personId,
                  QWidget* parent = nullptr);
    ~PersonProfile() override;

    QString personId() const { return m_personId; }
    // The tab title: the person's name in the user's language.
    QString title() const;

signals:
    void titleChanged(const QString& title);

private:
    RepositoryContext& m_context;
    Navigator& m_navigator;
    QUndoStack& m_undoStack;
    QString m_personId;
};

} // namespace caselink
