// Internals of GraphExtractor shared by its two source files.
#pragma once

#include <QCoreApplication>

#include "analysis/graph.h"
#include "repo/aggregatesupport.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {

QString idsJson(const QStringList& ids);
QString key(NodeKind kind, const QString& id);

// One relation found from the frontier, before the far end is known to be visible.
struct Candidate {
    NodeKind fromKind;
    QString fromId;
    NodeKind toKind;
    QString toId;
    ChartEdge edge;          // source/target filled later
    bool identifier = false; // a phone, document or address edge: dropped for protected persons
    QString toLabel;         // label of an identifier node (number, address)
};

struct GraphExtractor::Impl {
    RepositoryContext& context;
    explicit Impl(RepositoryContext& c)
        : context(c) {}

    ExtractOptions options;
    QStringList openPersons; // frontier persons whose identifiers may be read (not protected)
    bool wants(EdgeType t) const { return options.types.isEmpty() || options.types.contains(t); }
    QString from() const { return options.from.isValid() ? options.from.toString(Qt::ISODate) : QString(); }
    QString to() const { return options.to.isValid() ? options.to.toString(Qt::ISODate) : QString(); }
    // Overlap of [a, b] with the window; NULL window ends and NULL dates pass.
    static QString overlaps(const QString& a, const QString& b) {
        return QStringLiteral("(:wfrom IS NULL OR %2 IS NULL OR %2 >= :wfrom) AND "
                              "(:wto IS NULL OR %1 IS NULL OR %1 <= :wto)")
            .arg(a, b);
    }

    Result<Statement> prepare(const QString& sql, const QStringList& ids) {
        auto stmt = prepareScoped(context, sql);
        if (!stmt) {
            return stmt;
        }
        stmt->bindNamed(":ids", idsJson(ids));
        stmt->bindNamed(":wfrom", from());
        stmt->bindNamed(":wto", to());
        return stmt;
    }

    Status run(const QString& sql, const QStringList& ids, const std::function<void(Statement&)>& each) {
        if (ids.isEmpty()) {
            return ok();
        }
        auto stmt = prepare(sql, ids);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        return forEachRow(*stmt, each);
    }

    // Node rows for ids of one kind, through the scope; ids not returned are not visible.
    Status loadNodes(NodeKind kind, const QStringList& ids, int depth, QHash<QString, ChartNode>& out);
    Status collect(const QHash<NodeKind, QStringList>& frontier, std::vector<Candidate>& out);
    Status collectIdentifiers(const QHash<NodeKind, QStringList>& frontier, std::vector<Candidate>& out);
    Result<int> hop(ChartData& chart, const QHash<NodeKind, QStringList>& frontier, int depth, bool closing,
                    QHash<NodeKind, QStringList>* next, bool* truncated);
};

} // namespace caselink
