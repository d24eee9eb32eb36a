// Repositories announce committed changes here; item models and views listen, nothing polls. One per open database.
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

    // Called after the transaction committed, never before.
    void notify(const QString& entityType, const QString& id, Kind kind) { emit changed(entityType, id, kind); }

signals:
    void changed(const QString& entityType, const QString& id, caselink::ChangeNotifier::Kind kind);
};

} // namespace caselink
