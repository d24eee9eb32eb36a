#include "repo/assetrepository.h"

#include "domain/localtime.h"
#include "repo/recordupdate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AssetRepository)
};

constexpr qsizetype kMaxKind = 100;
constexpr qsizetype kMaxReference = 100;
constexpr qsizetype kMaxDescription = 2000;

const QString kColumns = QStringLiteral("x.id, x.case_id, x.person_id, x.kind, x.description, x.value_pkr, x.action, "
                                        "x.action_date, x.order_ref");

Asset readAsset(Statement& s) {
    Asset a;
    a.id = s.columnText(0);
    a.caseId = s.columnText(1);
    a.personId = s.columnText(2);
    a.kind = s.columnText(3);
    a.description = s.columnText(4);
    if (!s.columnIsNull(5)) {
        a.valueRupees = s.columnInt(5);
        a.valueText = QString::number(*a.valueRupees);
    }
    a.action = assetActionFromKey(s.columnText(6)).value_or(AssetAction::Seized);
    a.actionDate = fromIsoDate(s.columnText(7));
    a.orderRef = s.columnText(8);
    return a;
}

} // namespace

Result<std::vector<Issue>> AssetRepository::normalise(Asset& a) {
    std::vector<Issue> issues;
    cleanText(a.kind, kMaxKind, issues);
    cleanText(a.description, kMaxDescription, issues, LineMode::MultiLine);
    cleanText(a.orderRef, kMaxReference, issues);
    if (a.kind.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("asset.kind"),
                          Tr::tr("Say what kind of asset it is (vehicle, bank account, house, ...).")});
    }
    a.valueRupees = wholeRupees(a.valueText, QStringLiteral("asset.value"), issues);
    if (a.actionDate.isValid() && a.actionDate > officeToday(parseStoredInstant(m_context.now()))) {
        issues.push_back({Severity::Warning, QStringLiteral("asset.future_date"),
                          Tr::tr("The date of the order is "
                                 "in the future.")});
    }
    if (auto st = checkVisiblePerson(m_context, a.personId, QStringLiteral("asset.person"), Tr::tr("owner"), issues);
        !st) {
        return std::unexpected(st.error());
    }
    return refuseOnErrors(std::move(issues));
}

Status AssetRepository::writeRow(const Asset& a, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO assets (person_id, kind, description, value_pkr, action, "
                                                "action_date, order_ref, case_id, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                               : QStringLiteral("UPDATE assets SET person_id = ?1, kind = ?2, description = ?3, "
                                                "value_pkr = ?4, action = ?5, action_date = ?6, order_ref = ?7 "
                                                "WHERE case_id = ?8 AND id = ?9");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, orNull(a.personId))
        .bind(2, a.kind)
        .bind(3, nn(a.description))
        .bind(4, a.valueRupees ? QVariant(*a.valueRupees) : QVariant())
        .bind(5, assetActionKey(a.action))
        .bind(6, isoDate(a.actionDate))
        .bind(7, nn(a.orderRef))
        .bind(8, a.caseId)
        .bind(9, a.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The asset no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> AssetRepository::create(const Asset& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = requireVisibleCase(m_context, draft.caseId); !st) {
        return std::unexpected(st.error());
    }
    Asset a = draft;
    a.id = newUuid();
    auto warnings = normalise(a);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{
        QStringLiteral("asset.create"), QStringLiteral("asset"), a.id,
        QJsonObject{{QLatin1String("case"), a.caseId}, {QLatin1String("action"), assetActionKey(a.action)}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(a, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{a.id, *warnings};
}

Result<SaveOutcome> AssetRepository::update(const Asset& edited) {
    return updateRecord<Asset>(m_context, edited,
                               {QStringLiteral("asset.update"), QStringLiteral("asset"),
                                [this](const QString& id) { return get(id); },
                                [this](Asset& after, const Asset& before) -> Result<std::vector<Issue>> {
                                    after.caseId = before.caseId;
                                    return normalise(after);
                                },
                                [](const Asset& before, const Asset& after) -> std::vector<ChangedField> {
                                    return {{"owner", before.personId != after.personId},
                                            {"kind", before.kind != after.kind},
                                            {"description", before.description != after.description},
                                            {"value", before.valueRupees != after.valueRupees},
                                            {"action", before.action != after.action},
                                            {"action_date", before.actionDate != after.actionDate},
                                            {"order_ref", before.orderRef != after.orderRef}};
                                },
                                [](const Asset& after) {
                                    return QJsonObject{{QLatin1String("case"), after.caseId}};
                                },
                                [this](const Asset& after) {
                                    return writeRow(after, false);
                                }});
}

Result<std::vector<Asset>> AssetRepository::list(const QString& where, const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT %1 FROM assets x JOIN cases c ON c.id = x.case_id "
                                                        "WHERE (%2) AND %3 ORDER BY x.action_date, x.rowid")
                                             .arg(kColumns, where, m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Asset> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readAsset(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Asset> AssetRepository::get(const QString& id) {
    auto found = list(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such asset, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Asset>> AssetRepository::listForCase(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return list(QStringLiteral("x.case_id = :case"), [&](Statement& s) { s.bindNamed(":case", caseId); });
}

Result<std::vector<AssetTotals>> AssetRepository::totalsByAction() {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT x.action, count(*), coalesce(sum(x.value_pkr), 0) "
                                                        "FROM assets x JOIN cases c ON c.id = x.case_id WHERE %1 "
                                                        "GROUP BY x.action ORDER BY x.action")
                                             .arg(m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<AssetTotals> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back({assetActionFromKey(s.columnText(0)).value_or(AssetAction::Seized),
                       static_cast<int>(s.columnInt(1)), s.columnInt(2)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
