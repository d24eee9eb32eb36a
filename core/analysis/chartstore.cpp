#include "analysis/chartstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "repo/aggregatesupport.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ChartStore)
};

QString toJson(const QJsonValue& value) {
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject optionsJson(const ExtractOptions& o, const QStringList& expanded) {
    QJsonArray types;
    for (EdgeType t : o.types) {
        types.append(edgeTypeKey(t));
    }
    return {{QLatin1String("depth"), o.depth},
            {QLatin1String("types"), types},
            {QLatin1String("from"), o.from.toString(Qt::ISODate)},
            {QLatin1String("to"), o.to.toString(Qt::ISODate)},
            {QLatin1String("expanded"), QJsonArray::fromStringList(expanded)}};
}

void readOptions(SavedChart& chart, const QString& seedKind, const QString& seedIds, const QString& options) {
    chart.options.seedKind = nodeKindFromKey(seedKind).value_or(NodeKind::Person);
    for (const QJsonValue& v : QJsonDocument::fromJson(seedIds.toUtf8()).array()) {
        chart.options.seedIds << v.toString();
    }
    const QJsonObject o = QJsonDocument::fromJson(options.toUtf8()).object();
    chart.options.depth = o.value(QLatin1String("depth")).toInt(2);
    for (const QJsonValue& v : o.value(QLatin1String("types")).toArray()) {
        if (auto t = edgeTypeFromKey(v.toString())) {
            chart.options.types.insert(*t);
        }
    }
    chart.options.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    chart.options.to = QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate);
    for (const QJsonValue& v : o.value(QLatin1String("expanded")).toArray()) {
        chart.expanded << v.toString();
    }
}

} // namespace

QString ChartStore::visible(const QString& c) const {
    const Scope& scope = m_context.scope();
    const QString viaCase = scope.caseIdVisible(c + QStringLiteral(".case_id"));
    if (scope.role() == Role::ProsecutorReader) {
        return QStringLiteral("(%1.case_id IS NOT NULL AND %2)").arg(c, viaCase);
    }
    return QStringLiteral("(%1.office_id IN (SELECT value FROM json_each(:scope_offices)) AND (%1.case_id IS NULL OR "
                          "%2))")
        .arg(c, viaCase);
}

Result<QString> ChartStore::save(const QString& name, const QString& caseId, const ExtractOptions& options,
                                 const QStringList& expanded, const ChartData& chart) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty() || cleanName.size() > 120) {
        return fail(ErrorCode::Input, Tr::tr("A chart needs a name of 1 to 120 characters."));
    }
    if (!caseId.isEmpty()) {
        if (auto st = requireVisibleCase(m_context, caseId); !st) {
            return std::unexpected(st.error());
        }
    }
    const QString officeId = m_context.session().user().officeId;
    QString id;
    {
        auto find = m_context.db().prepare(QStringLiteral("SELECT id FROM charts WHERE office_id = ? AND name = ?"));
        if (!find) {
            return std::unexpected(find.error());
        }
        find->bind(1, officeId).bind(2, cleanName);
        auto row = find->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        id = *row ? find->columnText(0) : newUuid();
    }
    const AuditRecord audit{QStringLiteral("chart.save"), QStringLiteral("chart"), id,
                            QJsonObject{{QLatin1String("name"), cleanName},
                                        {QLatin1String("nodes"), qint64(chart.nodes.size())},
                                        {QLatin1String("seed_kind"), nodeKindKey(options.seedKind)}}};
    auto st = m_context.write(audit, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto up = m_context.db().prepare(QStringLiteral(
            "INSERT INTO charts (id, name, office_id, case_id, seed_kind, seed_ids, options, created_by, "
            "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) "
            "ON CONFLICT(id) DO UPDATE SET case_id = ?4, seed_kind = ?5, seed_ids = ?6, options = ?7, "
            "updated_at = ?9"));
        if (!up) {
            return std::unexpected(up.error());
        }
        up->bind(1, id).bind(2, cleanName).bind(3, officeId).bind(4, orNull(caseId));
        up->bind(5, nodeKindKey(options.seedKind)).bind(6, toJson(QJsonArray::fromStringList(options.seedIds)));
        up->bind(7, toJson(optionsJson(options, expanded))).bind(8, m_context.session().user().id);
        up->bind(9, m_context.now());
        if (auto r = up->run(); !r) {
            return r;
        }
        auto clear = m_context.db().prepare(QStringLiteral("DELETE FROM chart_nodes WHERE chart_id = ?"));
        if (!clear) {
            return std::unexpected(clear.error());
        }
        clear->bind(1, id);
        if (auto r = clear->run(); !r) {
            return r;
        }
        auto node = m_context.db().prepare(
            QStringLiteral("INSERT INTO chart_nodes (chart_id, node_key, x, y, pinned) VALUES (?, ?, ?, ?, ?)"));
        if (!node) {
            return std::unexpected(node.error());
        }
        for (const ChartNode& n : chart.nodes) {
            if (!n.placed && !n.pinned) {
                continue;
            }
            node->reset();
            node->bind(1, id).bind(2, n.key).bind(3, n.pos.x()).bind(4, n.pos.y()).bind(5, n.pinned ? 1 : 0);
            if (auto r = node->run(); !r) {
                return r;
            }
        }
        return ok();
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return id;
}

Result<std::vector<SavedChart>> ChartStore::list() {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT c.id, c.name, coalesce(c.case_id, ''), c.seed_kind, "
                                                        "c.seed_ids, c.options, c.updated_at FROM charts c WHERE %1 "
                                                        "ORDER BY c.updated_at DESC, c.id")
                                             .arg(visible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<SavedChart> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        SavedChart chart;
        chart.id = s.columnText(0);
        chart.name = s.columnText(1);
        chart.caseId = s.columnText(2);
        readOptions(chart, s.columnText(3), s.columnText(4), s.columnText(5));
        chart.updatedAt = s.columnText(6);
        out.push_back(chart);
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<SavedChart> ChartStore::load(const QString& id) {
    auto all = list();
    if (!all) {
        return std::unexpected(all.error());
    }
    for (SavedChart& chart : *all) {
        if (chart.id != id) {
            continue;
        }
        auto stmt = m_context.db().prepare(
            QStringLiteral("SELECT node_key, x, y, pinned FROM chart_nodes WHERE chart_id = ? ORDER BY node_key"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, id);
        auto st = forEachRow(*stmt, [&](Statement& s) {
            chart.placements.push_back(
                {s.columnText(0), QPointF(s.columnDouble(1), s.columnDouble(2)), s.columnInt(3) != 0});
        });
        if (!st) {
            return std::unexpected(st.error());
        }
        return chart;
    }
    return fail(ErrorCode::NotFound, Tr::tr("No such chart, or not in your scope."));
}

Status ChartStore::remove(const QString& id) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto found = load(id);
    if (!found) {
        return std::unexpected(found.error());
    }
    return m_context.write({QStringLiteral("chart.delete"), QStringLiteral("chart"), id,
                            QJsonObject{{QLatin1String("name"), found->name}}},
                           ChangeNotifier::Kind::Deleted, [&]() -> Status {
                               auto del = m_context.db().prepare(QStringLiteral("DELETE FROM charts WHERE id = ?"));
                               if (!del) {
                                   return std::unexpected(del.error());
                               }
                               del->bind(1, id);
                               return del->run();
                           });
}

Result<ChartData> ChartStore::open(const SavedChart& saved) {
    GraphExtractor extractor(m_context);
    auto chart = extractor.extract(saved.options);
    if (!chart) {
        return chart;
    }
    for (const QString& key : saved.expanded) {
        const int at = chart->indexOf(key);
        if (at >= 0) {
            if (auto added = extractor.expand(*chart, at, saved.options); !added) {
                return std::unexpected(added.error());
            }
        }
    }
    applyPlacements(*chart, saved.placements);
    return chart;
}

void ChartStore::applyPlacements(ChartData& chart, const std::vector<ChartPlacement>& placements) {
    for (const ChartPlacement& p : placements) {
        const int at = chart.indexOf(p.key);
        if (at >= 0) {
            ChartNode& node = chart.nodes[std::size_t(at)];
            node.pos = p.pos;
            node.placed = true;
            node.pinned = p.pinned;
        }
    }
}

} // namespace caselink
