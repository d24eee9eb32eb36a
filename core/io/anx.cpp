// i2 ANX: the definitions (strengths, attribute classes, entity and link types, each with an Id the items refer to),
// then one ChartItem per node and per edge. Element order follows ANB 7's schema: in Chart, StrengthCollection,
// AttributeClassCollection, EntityTypeCollection, LinkTypeCollection, ChartItemCollection; in a ChartItem the End or
// Link first, then its AttributeCollection.
#include "io/anx.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamWriter>

#include "analysis/graphlayout.h"
#include "io/graphexport.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExport)
};

const QStringList kOffenderRoles{
    QStringLiteral("KINGPIN"),         QStringLiteral("AGENT"),         QStringLiteral("SUB_AGENT"),
    QStringLiteral("DOCUMENT_FORGER"), QStringLiteral("MONEY_HANDLER"), QStringLiteral("TRANSPORTER"),
    QStringLiteral("SAFE_HOUSE"),      QStringLiteral("BOAT_OPERATOR"), QStringLiteral("CORRUPT_OFFICIAL")};

const QStringList kEntityTypes{QStringLiteral("Person"),       QStringLiteral("Offender"), QStringLiteral("Victim"),
                               QStringLiteral("Organisation"), QStringLiteral("Case"),     QStringLiteral("Phone"),
                               QStringLiteral("Document"),     QStringLiteral("Address"),  QStringLiteral("Event")};

// Typed attribute classes: ANB puts an item on its timeline by its date, and sums and compares numbers only when the
// class is AttNumber.
struct AttributeClass {
    const char* id;
    const char* name;
    const char* type;
};
constexpr AttributeClass kRole{"AC-role", "Role", "AttText"};
constexpr AttributeClass kKind{"AC-kind", "Kind", "AttText"};
constexpr AttributeClass kDate{"AC-date", "Date", "AttTime"};
constexpr AttributeClass kEndDate{"AC-end-date", "End date", "AttTime"};
constexpr AttributeClass kAmount{"AC-amount", "Amount", "AttNumber"};
constexpr AttributeClass kCurrency{"AC-currency", "Currency", "AttText"};
constexpr AttributeClass kRelation{"AC-relation", "Relation", "AttText"};
constexpr AttributeClass kClasses[] = {kRole, kKind, kDate, kEndDate, kAmount, kCurrency, kRelation};

struct Strength {
    const char* id;
    const char* name;
    const char* dots;
};
constexpr Strength kStrengths[] = {{"ST-confirmed", "Confirmed", "DotStyleSolid"},
                                   {"ST-unconfirmed", "Unconfirmed", "DotStyleDashed"},
                                   {"ST-tentative", "Tentative", "DotStyleDotted"}};

const Strength& strengthOf(double strength) {
    return strength >= 0.99 ? kStrengths[0] : strength >= 0.5 ? kStrengths[1] : kStrengths[2];
}

QString entityTypeId(const QString& type) {
    return QStringLiteral("ET-") + type;
}

QString linkTypeId(EdgeType type) {
    return QStringLiteral("LT-") + edgeTypeKey(type).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

// ANB's date-time form: local, no zone suffix. Dates are whole days, so TimeSet stays false.
QString anxDate(QDate d) {
    return d.isValid() ? d.toString(Qt::ISODate) + QStringLiteral("T00:00:00") : QString();
}

QString anxAmount(qint64 minor) {
    return minor > 0 ? QString::number(double(minor) / 100.0, 'f', 2) : QString();
}

// Positions in ANB's units, all at or beyond a margin from the chart's top-left corner.
std::vector<QPoint> positions(const ChartData& chart) {
    ChartData placed = chart;
    const bool unplaced =
        std::any_of(chart.nodes.begin(), chart.nodes.end(), [](const ChartNode& n) { return !n.placed && !n.pinned; });
    std::vector<QPoint> at(chart.nodes.size());
    if (unplaced && !layoutChart(placed, LayoutOptions{})) {
        // No layout (it cannot fail on a chart that has nodes, but a file must still come out): a grid.
        const int columns = std::max(1, int(std::ceil(std::sqrt(double(chart.nodes.size())))));
        for (std::size_t i = 0; i < at.size(); ++i) {
            at[i] = QPoint(int(i) % columns * 120, int(i) / columns * 120);
        }
    } else {
        for (std::size_t i = 0; i < at.size(); ++i) {
            at[i] = placed.nodes[i].pos.toPoint();
        }
    }
    constexpr int kMargin = 60;
    int left = 0;
    int top = 0;
    for (const QPoint& p : at) {
        left = std::min(left, p.x());
        top = std::min(top, p.y());
    }
    for (QPoint& p : at) {
        p += QPoint(kMargin - left, kMargin - top);
    }
    return at;
}

class AnxWriter {
public:
    AnxWriter(const ChartData& chart, QIODevice& out)
        : m_chart(chart)
        , m_xml(&out)
        , m_ids(exportNodeIds(chart)) {}

    Status write() {
        m_xml.setAutoFormatting(true);
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("Chart"));
        m_xml.writeAttribute(QStringLiteral("IdReferenceLinking"), QStringLiteral("true"));
        m_xml.writeAttribute(QStringLiteral("Rigorous"), QStringLiteral("true"));
        definitions();
        m_xml.writeStartElement(QStringLiteral("ChartItemCollection"));
        const std::vector<QPoint> at = positions(m_chart);
        for (std::size_t i = 0; i < m_chart.nodes.size(); ++i) {
            entity(int(i), at[i]);
        }
        QSet<QString> linkIds;
        for (const ChartEdge& e : m_chart.edges) {
            QString id = exportDerivedId(QStringLiteral("link"), {edgeTypeKey(e.type), e.recordId, m_ids[e.source],
                                                                  m_ids[e.target], e.relation});
            for (int k = 2; linkIds.contains(id); ++k) {
                id = exportDerivedId(QStringLiteral("link"), {id, QString::number(k)});
            }
            linkIds.insert(id);
            link(e, id);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_xml.hasError() ? fail(ErrorCode::Io, Tr::tr("The chart could not be written.")) : ok();
    }

private:
    void definitions() {
        m_xml.writeStartElement(QStringLiteral("StrengthCollection"));
        for (const Strength& s : kStrengths) {
            m_xml.writeStartElement(QStringLiteral("Strength"));
            m_xml.writeAttribute(QStringLiteral("Id"), QLatin1String(s.id));
            m_xml.writeAttribute(QStringLiteral("Name"), QLatin1String(s.name));
            m_xml.writeAttribute(QStringLiteral("DotStyle"), QLatin1String(s.dots));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("AttributeClassCollection"));
        for (const AttributeClass& c : kClasses) {
            m_xml.writeStartElement(QStringLiteral("AttributeClass"));
            m_xml.writeAttribute(QStringLiteral("Id"), QLatin1String(c.id));
            m_xml.writeAttribute(QStringLiteral("Name"), QLatin1String(c.name));
            m_xml.writeAttribute(QStringLiteral("Type"), QLatin1String(c.type));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("EntityTypeCollection"));
        for (const QString& type : kEntityTypes) {
            m_xml.writeStartElement(QStringLiteral("EntityType"));
            m_xml.writeAttribute(QStringLiteral("Id"), entityTypeId(type));
            m_xml.writeAttribute(QStringLiteral("Name"), type);
            m_xml.writeAttribute(QStringLiteral("IconFile"), type);
            m_xml.writeAttribute(QStringLiteral("PreferredRepresentation"), QStringLiteral("RepresentAsIcon"));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("LinkTypeCollection"));
        for (EdgeType t : allEdgeTypes()) {
            m_xml.writeStartElement(QStringLiteral("LinkType"));
            m_xml.writeAttribute(QStringLiteral("Id"), linkTypeId(t));
            m_xml.writeAttribute(QStringLiteral("Name"), edgeTypeName(t));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void attributes(const QList<std::pair<AttributeClass, QString>>& values) {
        if (std::none_of(values.begin(), values.end(), [](const auto& v) { return !v.second.isEmpty(); })) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("AttributeCollection"));
        for (const auto& [cls, value] : values) {
            if (!value.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("Attribute"));
                m_xml.writeAttribute(QStringLiteral("AttributeClass"), QLatin1String(cls.name));
                m_xml.writeAttribute(QStringLiteral("AttributeClassReference"), QLatin1String(cls.id));
                m_xml.writeAttribute(QStringLiteral("Value"), value);
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement();
    }

    void entity(int index, QPoint at) {
        const ChartNode& n = m_chart.nodes[std::size_t(index)];
        const QString id = m_ids[index];
        const QString type = anxEntityType(n);
        m_xml.writeStartElement(QStringLiteral("ChartItem"));
        m_xml.writeAttribute(QStringLiteral("Id"), id);
        m_xml.writeAttribute(QStringLiteral("Label"), n.label);
        m_xml.writeAttribute(QStringLiteral("XPosition"), QString::number(at.x()));
        m_xml.writeStartElement(QStringLiteral("End"));
        m_xml.writeAttribute(QStringLiteral("X"), QString::number(at.x()));
        m_xml.writeAttribute(QStringLiteral("Y"), QString::number(at.y()));
        m_xml.writeAttribute(QStringLiteral("Z"), QStringLiteral("0"));
        m_xml.writeStartElement(QStringLiteral("Entity"));
        m_xml.writeAttribute(QStringLiteral("EntityId"), id);
        m_xml.writeAttribute(QStringLiteral("Identity"), id); // the export id: stable, and no record id if protected
        m_xml.writeAttribute(QStringLiteral("LabelIsIdentity"), QStringLiteral("false"));
        m_xml.writeStartElement(QStringLiteral("Icon"));
        m_xml.writeStartElement(QStringLiteral("IconStyle"));
        m_xml.writeAttribute(QStringLiteral("Type"), type);
        m_xml.writeAttribute(QStringLiteral("EntityTypeReference"), entityTypeId(type));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        attributes({{kRole, n.role}, {kKind, nodeKindKey(n.kind)}});
        m_xml.writeEndElement();
    }

    void link(const ChartEdge& e, const QString& id) {
        const Strength& strength = strengthOf(e.strength);
        m_xml.writeStartElement(QStringLiteral("ChartItem"));
        m_xml.writeAttribute(QStringLiteral("Id"), id);
        m_xml.writeAttribute(QStringLiteral("Label"), edgeLabel(e));
        if (e.from.isValid()) { // a dated link sits on ANB's timeline
            m_xml.writeAttribute(QStringLiteral("DateSet"), QStringLiteral("true"));
            m_xml.writeAttribute(QStringLiteral("TimeSet"), QStringLiteral("false"));
            m_xml.writeAttribute(QStringLiteral("DateTime"), anxDate(e.from));
        }
        m_xml.writeStartElement(QStringLiteral("Link"));
        m_xml.writeAttribute(QStringLiteral("End1Reference"), m_ids[e.source]);
        m_xml.writeAttribute(QStringLiteral("End2Reference"), m_ids[e.target]);
        m_xml.writeStartElement(QStringLiteral("LinkStyle"));
        m_xml.writeAttribute(QStringLiteral("ArrowStyle"),
                             e.directed ? QStringLiteral("ArrowOnHead") : QStringLiteral("ArrowNone"));
        m_xml.writeAttribute(QStringLiteral("Strength"), QLatin1String(strength.name));
        m_xml.writeAttribute(QStringLiteral("StrengthReference"), QLatin1String(strength.id));
        m_xml.writeAttribute(QStringLiteral("Type"), edgeTypeName(e.type));
        m_xml.writeAttribute(QStringLiteral("LinkTypeReference"), linkTypeId(e.type));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        attributes({{kDate, anxDate(e.from)},
                    {kEndDate, anxDate(e.to)},
                    {kAmount, anxAmount(e.amountMinor)},
                    {kCurrency, e.amountMinor > 0 ? e.currency : QString()},
                    {kRelation, e.relation}});
        m_xml.writeEndElement();
    }

    const ChartData& m_chart;
    QXmlStreamWriter m_xml;
    const QStringList m_ids;
};

} // namespace

QString anxEntityType(const ChartNode& node) {
    switch (node.kind) {
    case NodeKind::Person:
        if (kOffenderRoles.contains(node.role)) {
            return QStringLiteral("Offender");
        }
        return node.role == QLatin1String("VICTIM") || node.role == QLatin1String("DECEASED_VICTIM")
                   ? QStringLiteral("Victim")
                   : QStringLiteral("Person");
    case NodeKind::Organisation:
        return QStringLiteral("Organisation");
    case NodeKind::Case:
        return QStringLiteral("Case");
    case NodeKind::Phone:
        return QStringLiteral("Phone");
    case NodeKind::Document:
        return QStringLiteral("Document");
    case NodeKind::Address:
        return QStringLiteral("Address");
    case NodeKind::Incident:
        return QStringLiteral("Event");
    }
    return QStringLiteral("Person");
}

Status writeAnx(const ChartData& chart, QIODevice& out) {
    return AnxWriter(chart, out).write();
}

} // namespace caselink
