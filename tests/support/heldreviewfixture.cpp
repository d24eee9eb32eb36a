#include "heldreviewfixture.h"

#include <QDir>
#include <QFile>

#include "repo/caserepository.h"
#include "repo/personrepository.h"
#include "storage/database.h"

namespace caselink::test {

Result<ImportSummary> importArrestsSheet(RepositoryContext& context, const QString& path, const QByteArray& csv) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    }
    file.close();
    auto source = RowSource::open(path);
    if (!source) {
        return std::unexpected(source.error());
    }
    ImportOptions options;
    options.kind = ImportKind::Arrests;
    options.mapping = suggestMapping(ImportKind::Arrests, (*source)->headers());
    options.fileName = path;
    options.sha256 = *RowSource::sha256(path);
    return Importer(context).run(**source, options);
}

HeldFromSpreadsheet holdFromSpreadsheet(RepositoryContext& context, const QString& dir, const QString& existingName,
                                        const QString& heldName, const QString& fir, const QString& existingUrdu) {
    HeldFromSpreadsheet out;
    CaseRepository cases(context);
    if (auto found = cases.search(fir, 1); found && !found->empty()) {
        out.caseId = found->front().id;
    } else {
        CaseRecord c;
        c.firNumber = fir;
        c.firDate = QDate(2024, 3, 10);
        c.title = QStringLiteral("Gujrat dunki agents");
        auto created = cases.create(c);
        if (!created) {
            qWarning("case: %s", qPrintable(created.error().message));
            return out;
        }
        out.caseId = created->id;
    }
    Person existing;
    existing.nameLatin = existingName;
    existing.nameUrdu = existingUrdu;
    existing.relation = Relation::SonOf;
    existing.relativeLatin = QStringLiteral("Wali Shah");
    existing.phones << QStringLiteral("0300-7654321");
    auto saved = PersonRepository(context).create(existing);
    if (!saved) {
        qWarning("person: %s", qPrintable(saved.error().message));
        return out;
    }
    out.existingId = saved->id;
    const QByteArray csv = "FIR No,Name,Father Name,Date of Arrest,Place,Category\n" + fir.toUtf8() + ',' +
                           heldName.toUtf8() + ",Wali Shah,16-03-2024,Gujrat bus stand,general\n";
    auto summary = importArrestsSheet(context, QDir(dir).filePath(QStringLiteral("arrests-gujrat.csv")), csv);
    if (!summary || summary->review != 1) {
        qWarning("import: %s", summary ? qPrintable(QStringLiteral("%1 imported, %2 matched, %3 rejected, none held")
                                                        .arg(summary->imported)
                                                        .arg(summary->matched)
                                                        .arg(summary->rejected))
                                       : qPrintable(summary.error().message));
        return out;
    }
    auto row = context.db().prepare(
        QStringLiteral("SELECT id, person_id FROM import_review WHERE batch_id = ? AND candidate_id = ?"));
    if (!row) {
        return out;
    }
    row->bind(1, summary->batchId).bind(2, out.existingId);
    if (auto found = row->step(); found && *found) {
        out.itemId = row->columnText(0);
        out.heldId = row->columnText(1);
    }
    return out;
}

} // namespace caselink::test
