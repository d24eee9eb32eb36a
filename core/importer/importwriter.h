// The rows of an import as prepared statements inside the import's transaction. Each write replicates exactly what
// the repositories write for the same record (persons with their phones, passports, addresses and person_search row;
// arrests with the case role's arrest status and the ARREST event; watch-list entries), so imported and hand-entered
// records are indistinguishable, at bulk speed.
#pragma once

#include <optional>

#include <QHash>
#include <QString>

#include "importer/rowparser.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"
#include "text/namesearchforms.h"

namespace caselink {

struct ImportBatchCounts {
    QString id;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 matched = 0;
    qint64 rejected = 0;
    qint64 review = 0;
};

class ImportWriter {
public:
    explicit ImportWriter(RepositoryContext& context);

    Status prepare();
    // Inserts a new person (already normalised); returns its id.
    Result<QString> insertPerson(const Person& person);
    // The visible case with this FIR (and station, when given); NotFound / Input (ambiguous) with a message.
    Result<QString> findCase(const FirNumber& fir, const QString& station);
    // The first day a case found by findCase was registered on (enquiry or FIR date); invalid when unknown.
    QDate registrationDay(const QString& caseId) const { return m_caseRegistered.value(caseId); }
    // newPerson: the person was created by this import (so holds no role yet).
    Status insertArrest(const ParsedRow& row, const QString& caseId, const QString& personId, bool newPerson);
    // False when the person is already on the list (an open entry): nothing is written.
    Result<bool> insertWatchListEntry(const ParsedRow& row, const QString& personId);
    // status: STOPPED while parts are being committed (and after a stop), COMPLETE after the last one.
    Status insertBatch(const QString& batchId, const QString& kind, const QString& fileName, const QString& sha256,
                       qint64 rows, qint64 imported, qint64 matched, qint64 rejected, qint64 review,
                       const QString& status);
    Status updateBatch(const QString& batchId, qint64 rows, qint64 imported, qint64 matched, qint64 rejected,
                       qint64 review, const QString& status);
    // This user's latest STOPPED batch of the same kind from the same file (by SHA-256), if any: where a new run of
    // the file continues.
    Result<std::optional<ImportBatchCounts>> stoppedBatch(const QString& kind, const QString& sha256);
    Status insertReview(const QString& batchId, qint64 row, const QString& personId, const QString& candidateId,
                        double score, const QStringList& reasons);

    // The search forms of a name, cached per distinct name (the matcher uses the same cache).
    NameSearchForms forms(const QString& name);

private:
    RepositoryContext& m_context;
    QString m_now;
    QString m_officeId;
    QString m_arrestLegalRef;
    QString m_productionLegalRef;
    Statement m_person;
    Statement m_phone;
    Statement m_passport;
    Statement m_address;
    Statement m_search;
    Statement m_searchScope;
    Statement m_case;
    Statement m_role;
    Statement m_roleInsert;
    Statement m_roleArrested;
    Statement m_arrest;
    Statement m_event;
    Statement m_onList;
    Statement m_listEntry;
    QHash<QString, NameSearchForms> m_forms;
    QHash<QString, QString> m_cases;
    QHash<QString, QDate> m_caseRegistered;
};

} // namespace caselink
