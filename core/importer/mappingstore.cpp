#include "importer/mappingstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "security/session.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::MappingStore)
};

} // namespace

Result<QStringList> MappingStore::names(ImportKind kind) {
    auto s = m_context.db().prepare(
        u"SELECT name FROM import_mappings WHERE office_id = ? AND kind = ? ORDER BY name COLLATE NOCASE"_s);
    if (!s) {
        return std::unexpected(s.error());
    }
    s->bind(1, m_context.session().user().officeId).bind(2, importKindKey(kind));
    QStringList out;
    if (auto st = s->forEachRow([&](Statement& r) { out << r.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<QJsonObject> MappingStore::load(ImportKind kind, const QString& name) {
    auto s =
        m_context.db().prepare(u"SELECT mapping FROM import_mappings WHERE office_id = ? AND kind = ? AND name = ?"_s);
    if (!s) {
        return std::unexpected(s.error());
    }
    s->bind(1, m_context.session().user().officeId).bind(2, importKindKey(kind)).bind(3, name);
    auto row = s->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("There is no saved mapping named %1.").arg(name));
    }
    return QJsonDocument::fromJson(s->columnText(0).toUtf8()).object();
}

Status MappingStore::save(ImportKind kind, const QString& name, const QJsonObject& mapping) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100) {
        return fail(ErrorCode::Input, Tr::tr("Give the mapping a name of at most 100 characters."));
    }
    const AuditRecord record{u"import.mapping_save"_s, u"import_mapping"_s, trimmed,
                             QJsonObject{{u"kind"_s, importKindKey(kind)}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto s = m_context.db().prepare(
            u"INSERT INTO import_mappings (id, name, kind, mapping, office_id, created_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (office_id, kind, name) DO UPDATE SET "
            "mapping = excluded.mapping, updated_at = excluded.updated_at"_s);
        if (!s) {
            return std::unexpected(s.error());
        }
        s->bind(1, newUuid())
            .bind(2, trimmed)
            .bind(3, importKindKey(kind))
            .bind(4, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))
            .bind(5, m_context.session().user().officeId)
            .bind(6, m_context.session().user().id)
            .bind(7, m_context.now());
        return s->run();
    });
}

} // namespace caselink
