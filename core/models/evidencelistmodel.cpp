#include "models/evidencelistmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include "domain/localtime.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::EvidenceListModel)
};

QVariant kindText(const QVariant& kind) {
    return kind.toString() == u"EXHIBIT"_s ? Tr::tr("Physical exhibit") : Tr::tr("File");
}

QVariant sizeText(const QVariant& bytes) {
    if (bytes.isNull()) {
        return {};
    }
    return QLocale().formattedDataSize(bytes.toLongLong());
}

} // namespace

EvidenceListModel::EvidenceListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    PagedQuery q;
    q.from = u"FROM evidence_items e JOIN cases c ON c.id = e.case_id"_s;
    q.where = u"e.complete = 1 AND "_s + scope.caseVisible(u"c"_s);
    q.key = u"e.id"_s;
    q.columns = {
        {Tr::tr("Case"), recordtext::caseNumberSql(u"c"_s), true, false, -1, {}, {}},
        {Tr::tr("Title"), u"e.title"_s, true, false, -1, {}, {}},
        {Tr::tr("Kind"),
         u"e.kind"_s,
         true,
         false,
         -1,
         [](const QVariantList& row) { return kindText(row.at(Kind)); },
         {}},
        {Tr::tr("Size"),
         u"e.size_bytes"_s,
         true,
         true,
         -1,
         [](const QVariantList& row) { return sizeText(row.at(Size)); },
         {}},
        {Tr::tr("SHA-256"),
         u"e.sha256"_s,
         false,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(row.at(Sha256).toString().left(16)); },
         {}},
        {Tr::tr("Malkhana ref."), u"e.malkhana_ref"_s, true, false, -1, {}, {}},
        {Tr::tr("Collected"),
         u"e.collected_at"_s,
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(Collected).toString())); },
         {}},
    };
    q.extras = {u"e.case_id"_s};
    q.extraRoles = {{CaseIdRole, 0}};
    q.filter = [](const QString& text) {
        return PagedFilter{u"e.title LIKE :filter_prefix ESCAPE '\\' OR e.malkhana_ref LIKE :filter_prefix "
                           "ESCAPE '\\' OR c.enquiry_number LIKE :filter_prefix ESCAPE '\\' OR %1 LIKE "
                           ":filter_prefix ESCAPE '\\'"_s.arg(recordtext::firSql(u"c"_s)),
                           {{QByteArrayLiteral(":filter_prefix"), likePrefix(text)}}};
    };
    q.entities = {RecordKind::Evidence, RecordKind::Case};
    q.rowEntity = RecordKind::Evidence;
    setQuery(std::move(q));
}

} // namespace caselink
