// A typed, dated link between two persons or organisations (recruited, sub-agent of, paid, family, ...): the edges
// of the relationship charts.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class EntityKind { Person, Organisation };
QString entityKindKey(EntityKind kind); // "PERSON", "ORGANISATION"
std::optional<EntityKind> entityKindFromKey(const QString& key);

enum class LinkType { Recruited, SubAgentOf, Paid, MemberOf, Family, Associate, TravelledWith, ArrestedTogether };
QString linkTypeKey(LinkType type); // "RECRUITED", "SUB_AGENT_OF", ... as the schema CHECKs
std::optional<LinkType> linkTypeFromKey(const QString& key);
QString linkTypeName(LinkType type);

struct EntityRef {
    EntityKind kind = EntityKind::Person;
    QString id;

    friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

struct Link {
    QString id;
    EntityRef from;
    EntityRef to;
    LinkType type = LinkType::Associate;
    QString relation;      // for FAMILY: "SO", "brother", ...
    double strength = 1.0; // (0, 1]: how sure the officer is
    QDate validFrom;
    QDate validTo;
    QString caseId; // the case the link was established in, if any
    QString notes;
};

} // namespace caselink
