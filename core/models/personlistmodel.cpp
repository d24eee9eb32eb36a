#include "models/personlistmodel.h"

#include <QCoreApplication>

#include "domain/cnic.h"
#include "domain/person.h"
#include "repo/personrepository.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::PersonListModel)
};

constexpr int Id = 0;
constexpr int Protected = 1;
constexpr int RelationKey = 2;

// The filter finds what the search field finds (PersonRepository::matchCondition), so the search results page lists
// every person the search counted.
PagedFilter personFilter(const QString& protectedSql, const QString& text) {
    PersonMatchCondition match = PersonRepository::matchCondition(text);
    return {QStringLiteral("%1 AND NOT %2").arg(match.sql, protectedSql), std::move(match.parameters)};
}

QString relativeText(const QVariantList& row) {
    return lineageText(relationFromKey(row.at(PersonListModel::ColumnCount + RelationKey).toString()),
                       row.at(PersonListModel::Relative).toString());
}

QString flagsText(const QVariant& flags) {
    const qint64 bits = flags.toLongLong();
    QStringList out;
    if (bits & 4) {
        out << Tr::tr("Red Book");
    }
    if (bits & 2) {
        out << Tr::tr("Proclaimed offender");
    }
    if (bits & 1) {
        out << Tr::tr("Red Notice");
    }
    return out.join(QLatin1String(", "));
}

} // namespace

PersonListModel::PersonListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    const QString prot = scope.personProtected(QStringLiteral("p"));
    auto redacted = [&](const QString& expression) {
        return QStringLiteral("CASE WHEN %1 THEN NULL ELSE %2 END").arg(prot, expression);
    };
    PagedQuery q;
    q.from = QStringLiteral("FROM persons p");
    q.where = QStringLiteral("p.merged_into IS NULL AND %1").arg(scope.personVisible(QStringLiteral("p")));
    q.key = QStringLiteral("p.id");
    q.columns = {
        {Tr::tr("Name"),
         redacted(QStringLiteral("nullif(p.name_latin, '')")),
         true,
         false,
         NameLatinRole,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             const bool isProtected = row.at(ColumnCount + Protected).toBool();
             return QVariant(isProtected ? pseudonyms.of(row.at(ColumnCount + Id).toString())
                                         : row.at(NameLatin).toString());
         },
         {}},
        {Tr::tr("Name (Urdu)"), redacted(QStringLiteral("nullif(p.name_urdu, '')")), true, false, NameUrduRole, {}, {}},
        {Tr::tr("Father/husband"),
         redacted(QStringLiteral("coalesce(nullif(p.relative_latin, ''), nullif(p.relative_urdu, ''))")),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(relativeText(row)); },
         {}},
        {Tr::tr("CNIC"),
         redacted(QStringLiteral("p.cnic")),
         true,
         false,
         CnicRole,
         [](const QVariantList& row) {
             const QString digits = row.at(Cnic).toString();
             return QVariant(digits.isEmpty() ? QString() : caselink::Cnic{digits}.display());
         },
         {}},
        {Tr::tr("Flags"),
         QStringLiteral("p.red_book * 4 + p.proclaimed_offender * 2 + p.red_notice"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(flagsText(row.at(Flags))); },
         {}},
    };
    q.extras = {QStringLiteral("p.id"), prot, QStringLiteral("p.relation")};
    q.extraRoles = {{ProtectedRole, Protected}};
    q.filter = [prot](const QString& text) {
        return personFilter(prot, text);
    };
    // Roles in cases decide who is protected and who is visible, so case changes matter too.
    q.entities = {RecordKind::Person, RecordKind::Case};
    q.rowEntity = RecordKind::Person;
    setQuery(std::move(q));
}

} // namespace caselink
