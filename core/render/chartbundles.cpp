#include "render/chartbundles.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>

#include "domain/localtime.h"
#include "domain/rupees.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ChartBundles)
};

// Lower is more telling: the colour of a bundle is its most telling link's.
int weight(EdgeType type) {
    switch (type) {
    case EdgeType::Recruited:
        return 0;
    case EdgeType::SubAgentOf:
        return 1;
    case EdgeType::Paid:
        return 2;
    case EdgeType::Family:
        return 3;
    default:
        return 4 + int(type);
    }
}

// "PKR 12.3 lakh", or per currency joined: "PKR 4 lakh + EUR 8,000".
QString totals(const ChartData& chart, const std::vector<int>& payments) {
    std::map<QString, qint64> sums;
    for (int i : payments) {
        const ChartEdge& e = chart.edges[std::size_t(i)];
        sums[e.currency.isEmpty() ? u"PKR"_s : e.currency] += e.amountMinor;
    }
    QStringList parts;
    for (const auto& [currency, minor] : sums) {
        if (minor > 0) {
            parts << (currency == u"PKR"_s ? rupeesShort(Money{minor, currency}) : Money{minor, currency}.display());
        }
    }
    return parts.join(u" + "_s);
}

QString paymentsLabel(const ChartData& chart, const std::vector<int>& payments) {
    const QString total = totals(chart, payments);
    if (payments.size() == 1) {
        const ChartEdge& e = chart.edges[std::size_t(payments.front())];
        QStringList parts{total.isEmpty() ? edgeTypeName(e.type) : total};
        if (e.from.isValid()) {
            parts << displayDate(e.from);
        }
        return parts.join(u" · "_s);
    }
    // Spelled out rather than "%n payment(s)": English has no translation file to resolve the plural.
    const QString count = Tr::tr("%1 payments").arg(payments.size());
    return total.isEmpty() ? count : Tr::tr("%1 · %2", "count · total").arg(count, total);
}

bool worthLabel(const ChartEdge& e) {
    return e.type == EdgeType::Paid || e.type == EdgeType::Family || e.from.isValid();
}

} // namespace

std::pair<int, int> nodePair(const ChartEdge& edge) {
    return {std::min(edge.source, edge.target), std::max(edge.source, edge.target)};
}

std::vector<EdgeBundle> bundleEdges(const ChartData& chart, const std::set<std::pair<int, int>>& expanded) {
    std::vector<EdgeBundle> out;
    std::map<std::pair<int, int>, std::size_t> at;
    for (int i = 0; i < int(chart.edges.size()); ++i) {
        const ChartEdge& e = chart.edges[std::size_t(i)];
        const auto pair = nodePair(e);
        const bool own = expanded.count(pair) > 0;
        auto found = own ? at.end() : at.find(pair);
        if (found == at.end()) {
            EdgeBundle b;
            b.source = e.source;
            b.target = e.target;
            b.type = e.type;
            b.directed = e.directed;
            b.strength = e.strength;
            if (!own) {
                at[pair] = out.size();
            }
            b.edges.push_back(i);
            out.push_back(std::move(b));
            continue;
        }
        EdgeBundle& b = out[found->second];
        b.edges.push_back(i);
        if (weight(e.type) < weight(b.type)) {
            b.type = e.type;
        }
        // Mixed directions (or an undirected link among directed ones) show no arrow rather than a wrong one.
        b.directed = b.directed && e.directed && e.source == b.source;
        b.strength = std::max(b.strength, e.strength);
    }
    return out;
}

QString bundleLabel(const ChartData& chart, const EdgeBundle& bundle) {
    if (bundle.edges.size() == 1) {
        const ChartEdge& e = chart.edges[std::size_t(bundle.edges.front())];
        if (e.type == EdgeType::Paid) {
            return paymentsLabel(chart, bundle.edges);
        }
        return worthLabel(e) ? edgeLabel(e) : QString();
    }
    // One part per type, in order of first appearance; payments counted and summed.
    std::vector<EdgeType> order;
    std::map<EdgeType, std::vector<int>> byType;
    for (int i : bundle.edges) {
        const EdgeType t = chart.edges[std::size_t(i)].type;
        if (byType[t].empty()) {
            order.push_back(t);
        }
        byType[t].push_back(i);
    }
    QStringList parts;
    for (EdgeType t : order) {
        const std::vector<int>& links = byType[t];
        if (t == EdgeType::Paid) {
            parts << paymentsLabel(chart, links);
        } else if (links.size() == 1) {
            parts << edgeLabel(chart.edges[std::size_t(links.front())]);
        } else {
            parts << Tr::tr("%1 × %2", "count × link type").arg(links.size()).arg(edgeTypeName(t));
        }
    }
    return parts.join(u" + "_s);
}

QRectF labelRect(const QLineF& line, const QSizeF& size, const LabelSpot& spot) {
    QPointF centre = line.pointAt(spot.at);
    if (spot.across != 0 && line.length() > 0) {
        QLineF normal = line.normalVector().unitVector();
        centre += (normal.p2() - normal.p1()) * spot.across;
    }
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

std::vector<LabelSpot> placeLabels(const std::vector<QLineF>& lines, const std::vector<QSizeF>& sizes,
                                   const std::vector<QRectF>& obstacles) {
    static const double along[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78};
    std::vector<LabelSpot> out(lines.size());
    std::vector<QRectF> placed;
    placed.reserve(lines.size());
    auto overlap = [&](const QRectF& r) {
        double area = 0;
        for (const QRectF& o : placed) {
            const QRectF i = r.intersected(o);
            area += i.width() * i.height();
        }
        for (const QRectF& o : obstacles) {
            const QRectF i = r.intersected(o);
            area += i.width() * i.height();
        }
        return area;
    };
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (sizes[k].isEmpty()) {
            continue;
        }
        const double shift = sizes[k].height() * 0.7;
        LabelSpot best;
        double bestArea = -1;
        for (double at : along) {
            for (double across : {0.0, shift, -shift, 2 * shift, -2 * shift}) {
                const LabelSpot spot{at, across};
                const double area = overlap(labelRect(lines[k], sizes[k], spot));
                if (bestArea < 0 || area < bestArea) {
                    best = spot;
                    bestArea = area;
                }
                if (area == 0) {
                    break;
                }
            }
            if (bestArea == 0) {
                break;
            }
        }
        best.shown = bestArea <= 0.1 * sizes[k].width() * sizes[k].height();
        out[k] = best;
        if (best.shown) {
            placed.push_back(labelRect(lines[k], sizes[k], best));
        }
    }
    return out;
}

} // namespace caselink
