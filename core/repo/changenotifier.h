// Repositories announce committed changes here; item models and views listen. One per open database. Commits of
// other processes arrive through DatabaseWatcher, which reads SQLite's data_version (a memory read) once a second.
#pragma once

#include <QObject>
#include <QString>

namespace caselink {

class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    enum class Kind { Created, Updated, Deleted };
    Q_ENUM(Kind)

    using QObject::QObject;

    // The entity type of a change made by another process (or another connection of this one): anything may have
    // changed, so every view refreshes what it shows.
    static inline const QString kExternal = QStringLiteral("external");

    // Called after the transaction committed, never before.
    void notify(const QString& entityType, const QString& id, Kind kind) { emit changed(entityType, id, kind); }
    // Another connection committed (DatabaseWatcher saw PRAGMA data_version move).
    void notifyExternal() { emit changed(kExternal, QString(), Kind::Updated); }
    static bool touches(const QString& entityType, const QString& type) {
        return entityType == type || entityType == kExternal;
    }

signals:
    void changed(const QString& entityType, const QString& id, caselink::ChangeNotifier::Kind kind);
};

} // namespace caselink
