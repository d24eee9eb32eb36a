#include "models/heldreviewlistmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "domain/localtime.h"
#include "exchange/heldreview.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::HeldReviewListModel)
};

// Extras, after the columns.
constexpr int SourceKind = 1;
constexpr int HeldId = 2;
constexpr int ExistingId = 3;
constexpr int Withheld = 4;
constexpr int ExistingVisible = 5;
constexpr int SourceRow = 6;

QVariant extra(const QVariantList& row, int which) {
    return row.at(HeldReviewListModel::ColumnCount + which);
}

bool withheld(const QVariantList& row) {
    return extra(row, Withheld).toBool();
}

QString reasonsText(const QVariantList& row) {
    if (withheld(row)) {
        return Tr::tr("Withheld: a protected person");
    }
    QStringList reasons;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(row.at(HeldReviewListModel::Reasons).toString().toUtf8()).array()) {
        reasons << v.toString();
    }
    return reasons.join(QLatin1String("; "));
}

} // namespace

HeldReviewListModel::HeldReviewListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    PagedQuery q;
    q.from = QStringLiteral("FROM %1 h").arg(HeldReview::openItemsSql(context.scope()));
    q.where = QStringLiteral("1");
    q.key = QStringLiteral("h.id");
    q.columns = {
        {Tr::tr("Score"), QStringLiteral("h.score"), true, true, -1,
         [](const QVariantList& row) {
             const QVariant score = row.at(Score);
             return QVariant(score.isNull() ? QStringLiteral("—")
                                            : QLocale().toString(score.toDouble() * 100, 'f', 0) + QLatin1Char('%'));
         },
         QStringLiteral("coalesce(h.score, 0)")},
        {Tr::tr("Held record"),
         QStringLiteral("h.held_name"),
         true,
         false,
         -1,
         [pseudonyms = context.scope().pseudonyms()](const QVariantList& row) {
             return QVariant(withheld(row) ? pseudonyms.of(extra(row, HeldId).toString()) : row.at(Held).toString());
         },
         {}},
        {Tr::tr("May be"),
         QStringLiteral("h.existing_name"),
         true,
         false,
         -1,
         [pseudonyms = context.scope().pseudonyms()](const QVariantList& row) {
             if (withheld(row)) {
                 return QVariant(pseudonyms.of(extra(row, ExistingId).toString()));
             }
             return QVariant(extra(row, ExistingVisible).toBool() ? row.at(Existing).toString()
                                                                  : Tr::tr("A record outside your scope"));
         },
         {}},
        {Tr::tr("Reasons"),
         QStringLiteral("h.reasons"),
         false,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(reasonsText(row)); },
         {}},
        {Tr::tr("Source"),
         QStringLiteral("h.origin"),
         true,
         false,
         -1,
         [](const QVariantList& row) {
             const QString origin = row.at(Source).toString();
             if (extra(row, SourceKind).toString() == QLatin1String("BUNDLE")) {
                 return QVariant(Tr::tr("Bundle from %1").arg(origin));
             }
             return QVariant(Tr::tr("%1, row %2").arg(origin).arg(extra(row, SourceRow).toLongLong()));
         },
         {}},
        {Tr::tr("Held on"),
         QStringLiteral("h.held_at"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(HeldAt).toString())); },
         {}},
    };
    q.extras = {QStringLiteral("h.id"),          QStringLiteral("h.source"),   QStringLiteral("h.held_id"),
                QStringLiteral("h.existing_id"), QStringLiteral("h.withheld"), QStringLiteral("h.existing_visible"),
                QStringLiteral("h.source_row")};
    q.extraRoles = {
        {SourceRole, SourceKind}, {HeldIdRole, HeldId}, {ExistingIdRole, ExistingId}, {WithheldRole, Withheld}};
    q.filter = [](const QString& text) {
        return PagedFilter{QStringLiteral("h.source = :filter_source"), {{QByteArrayLiteral(":filter_source"), text}}};
    };
    // A decision, an import, a merge or a role that makes someone protected all change what is listed.
    q.entities = {RecordKind::HeldReview, RecordKind::ImportBatch, RecordKind::Person, RecordKind::Case};
    q.sortColumn = HeldAt;
    q.sortOrder = Qt::DescendingOrder;
    setQuery(std::move(q));
}

} // namespace caselink
