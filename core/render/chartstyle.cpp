#include "render/chartstyle.h"

#include <QCoreApplication>
#include <QPainterPath>

#include "repo/scope.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ChartStyle)
};

QString badge(const QString& role) {
    if (role == QLatin1String("KINGPIN")) {
        return QStringLiteral("K");
    }
    if (role == QLatin1String("AGENT")) {
        return QStringLiteral("A");
    }
    if (role == QLatin1String("SUB_AGENT")) {
        return QStringLiteral("S");
    }
    if (role == QLatin1String("VICTIM")) {
        return QStringLiteral("V");
    }
    if (role == QLatin1String("DECEASED_VICTIM")) {
        return QStringLiteral("\u271D");
    }
    return {};
}

} // namespace

QColor nodeColour(const ChartNode& node) {
    switch (node.kind) {
    case NodeKind::Person:
        if (node.role == QLatin1String("KINGPIN")) {
            return QColor(0xB7, 0x1C, 0x1C);
        }
        if (node.role == QLatin1String("AGENT")) {
            return QColor(0xE6, 0x51, 0x00);
        }
        if (node.role == QLatin1String("SUB_AGENT")) {
            return QColor(0xF5, 0x9E, 0x0B);
        }
        if (node.role == QLatin1String("VICTIM")) {
            return QColor(0x2E, 0x7D, 0x32);
        }
        if (node.role == QLatin1String("DECEASED_VICTIM")) {
            return QColor(0x37, 0x47, 0x4F);
        }
        if (Scope::accusedRoles().contains(node.role)) {
            return QColor(0xC2, 0x41, 0x0C);
        }
        return QColor(0x42, 0x6E, 0xB4);
    case NodeKind::Organisation:
        return QColor(0x6A, 0x1B, 0x9A);
    case NodeKind::Case:
        return QColor(0x15, 0x65, 0xC0);
    case NodeKind::Phone:
        return QColor(0x00, 0x83, 0x8F);
    case NodeKind::Document:
        return QColor(0x79, 0x55, 0x48);
    case NodeKind::Address:
        return QColor(0x55, 0x8B, 0x2F);
    case NodeKind::Incident:
        return QColor(0x26, 0x32, 0x38);
    }
    return Qt::gray;
}

QColor edgeColour(EdgeType type) {
    switch (type) {
    case EdgeType::Paid:
        return QColor(0x2E, 0x7D, 0x32);
    case EdgeType::Recruited:
    case EdgeType::SubAgentOf:
        return QColor(0xC6, 0x28, 0x28);
    case EdgeType::Family:
        return QColor(0x6A, 0x1B, 0x9A);
    default:
        return QColor(0x78, 0x78, 0x78);
    }
}

QColor communityColour(int community) {
    static const QColor palette[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                                     QColor(0xD6, 0x27, 0x28), QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B),
                                     QColor(0xE3, 0x77, 0xC2), QColor(0x7F, 0x7F, 0x7F), QColor(0xBC, 0xBD, 0x22),
                                     QColor(0x17, 0xBE, 0xCF)};
    return palette[std::size_t(std::abs(community)) % std::size(palette)];
}

QString roleName(const QString& role) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("KINGPIN"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Kingpin")},
        {QStringLiteral("AGENT"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Agent")},
        {QStringLiteral("SUB_AGENT"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Sub-agent")},
        {QStringLiteral("DOCUMENT_FORGER"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Document forger")},
        {QStringLiteral("MONEY_HANDLER"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Money handler")},
        {QStringLiteral("TRANSPORTER"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Transporter")},
        {QStringLiteral("SAFE_HOUSE"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Safe house")},
        {QStringLiteral("BOAT_OPERATOR"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Boat operator")},
        {QStringLiteral("CORRUPT_OFFICIAL"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Corrupt official")},
        {QStringLiteral("VICTIM"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Victim")},
        {QStringLiteral("DECEASED_VICTIM"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Deceased victim")},
        {QStringLiteral("WITNESS"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Witness")},
        {QStringLiteral("COMPLAINANT"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Complainant")},
        {QStringLiteral("FAMILY_MEMBER"), QT_TRANSLATE_NOOP("caselink::ChartStyle", "Family member")},
    };
    const auto found = names.constFind(role);
    return found == names.constEnd() ? QString() : Tr::tr(*found);
}

QString displayLabel(const ChartNode& node, bool urdu) {
    return urdu && !node.labelUrdu.isEmpty() ? node.labelUrdu : node.label;
}

void paintNodeSymbol(QPainter& p, const QRectF& r, const ChartNode& node, const QColor& fill) {
    p.save();
    p.setPen(QPen(fill.darker(160), std::max(1.0, r.width() / 16)));
    p.setBrush(fill);
    QPainterPath path;
    const QPointF c = r.center();
    const double w = r.width();
    switch (node.kind) {
    case NodeKind::Person: // head and shoulders
        path.addEllipse(QRectF(c.x() - w * 0.2, r.top(), w * 0.4, w * 0.4));
        path.moveTo(r.left() + w * 0.1, r.bottom());
        path.cubicTo(r.left() + w * 0.1, r.top() + w * 0.4, r.right() - w * 0.1, r.top() + w * 0.4, r.right() - w * 0.1,
                     r.bottom());
        path.closeSubpath();
        break;
    case NodeKind::Organisation: { // hexagon
        for (int i = 0; i < 6; ++i) {
            const double a = M_PI / 3 * i;
            const QPointF pt = c + QPointF(std::cos(a), std::sin(a)) * (w / 2);
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        path.closeSubpath();
        break;
    }
    case NodeKind::Case: // folder
        path.moveTo(r.left(), r.top() + w * 0.2);
        path.lineTo(r.left() + w * 0.4, r.top() + w * 0.2);
        path.lineTo(r.left() + w * 0.5, r.top() + w * 0.3);
        path.lineTo(r.right(), r.top() + w * 0.3);
        path.lineTo(r.right(), r.bottom() - w * 0.1);
        path.lineTo(r.left(), r.bottom() - w * 0.1);
        path.closeSubpath();
        break;
    case NodeKind::Phone:
        path.addRoundedRect(QRectF(c.x() - w * 0.25, r.top(), w * 0.5, w), w * 0.1, w * 0.1);
        break;
    case NodeKind::Document: // page with a folded corner
        path.moveTo(r.left() + w * 0.15, r.top());
        path.lineTo(r.right() - w * 0.35, r.top());
        path.lineTo(r.right() - w * 0.15, r.top() + w * 0.2);
        path.lineTo(r.right() - w * 0.15, r.bottom());
        path.lineTo(r.left() + w * 0.15, r.bottom());
        path.closeSubpath();
        break;
    case NodeKind::Address: // house
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), r.top() + w * 0.45);
        path.lineTo(r.right() - w * 0.12, r.top() + w * 0.45);
        path.lineTo(r.right() - w * 0.12, r.bottom());
        path.lineTo(r.left() + w * 0.12, r.bottom());
        path.lineTo(r.left() + w * 0.12, r.top() + w * 0.45);
        path.lineTo(r.left(), r.top() + w * 0.45);
        path.closeSubpath();
        break;
    case NodeKind::Incident: // diamond
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), c.y());
        path.lineTo(c.x(), r.bottom());
        path.lineTo(r.left(), c.y());
        path.closeSubpath();
        break;
    }
    p.drawPath(path);
    const QString b = node.kind == NodeKind::Person ? badge(node.role) : QString();
    if (!b.isEmpty()) {
        const QRectF disc(r.right() - w * 0.4, r.top() - w * 0.05, w * 0.45, w * 0.45);
        p.setBrush(Qt::white);
        p.setPen(QPen(fill.darker(160), std::max(0.5, w / 24)));
        p.drawEllipse(disc);
        QFont f = p.font();
        f.setPixelSize(std::max(1, int(w * 0.32)));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(disc, Qt::AlignCenter, b);
    }
    p.restore();
}

} // namespace caselink
