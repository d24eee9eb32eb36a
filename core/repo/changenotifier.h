// Repositories announce committed changes here as typed events - what kind of record, which one, and the case and
// person it belongs to - so that each view refreshes only when a change touches what it shows (Tiled's change
// events). One per open database. Commits of other processes arrive through DatabaseWatcher as one External event:
// anything may have changed.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace caselink {

enum class RecordKind {
    Case,
    Person,
    Arrest, // and its custody orders and production
    Event,
    Payment,
    RouteLeg,
    Document,
    Evidence,
    Asset,
    Incident,
    CourtProceeding,
    Link, // person-to-person links
    Organisation,
    Membership,
    Officer,
    OrgUnit,
    Reference, // offences and other reference tables
    RedBook,
    WatchList,
    ImportBatch,
    HeldReview,
    TrustedKey,
    Chart,
    User,
    Other,
    External, // committed by another process or connection: anything may have changed
};

// The entity type an audit record names ("case", "route_leg", ...) as a kind; Other for one no view follows.
RecordKind recordKindFromAuditType(const QString& entityType);

enum class ChangeKind { Created, Updated, Deleted };

struct ChangeEvent {
    RecordKind entity = RecordKind::Other;
    ChangeKind change = ChangeKind::Updated;
    QString id;       // the record
    QString caseId;   // the case it belongs to (the case itself for RecordKind::Case), when one
    QString personId; // the person it concerns (the person itself for RecordKind::Person), when one

    bool isExternal() const { return entity == RecordKind::External; }
    bool concernsCase(const QString& id) const { return isExternal() || (!id.isEmpty() && caseId == id); }
    bool concernsPerson(const QString& id) const { return isExternal() || (!id.isEmpty() && personId == id); }
};

class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    using Kind = ChangeKind;

    explicit ChangeNotifier(QObject* parent = nullptr);

    // Called after the transaction committed, never before.
    void notify(const ChangeEvent& event) { emit changed(event); }
    void notify(RecordKind entity, const QString& id, ChangeKind change, const QString& caseId = {},
                const QString& personId = {}) {
        ChangeEvent event{entity, change, id, caseId, personId};
        if (entity == RecordKind::Case && event.caseId.isEmpty()) {
            event.caseId = id;
        }
        if (entity == RecordKind::Person && event.personId.isEmpty()) {
            event.personId = id;
        }
        emit changed(event);
    }
    // Another connection committed (DatabaseWatcher saw PRAGMA data_version move).
    void notifyExternal() { emit changed(ChangeEvent{RecordKind::External, ChangeKind::Updated, {}, {}, {}}); }

signals:
    void changed(const caselink::ChangeEvent& event);
};

} // namespace caselink

Q_DECLARE_METATYPE(caselink::ChangeEvent)
