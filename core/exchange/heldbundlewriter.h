// HeldBundleWriter: when the officer decides on a bundle's held person, writes what the import held back with them
// (the record itself, their roles, arrests with custody, chronology events); on reopen, removes exactly that again.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "exchange/heldreview.h"
#include "io/casefiledata.h"
#include "util/result.h"

namespace caselink {

class Database;
class RepositoryContext;

class HeldBundleWriter {
    // The lines it writes are HeldReview's outcome, in HeldReview's catalogue context.
    Q_DECLARE_TR_FUNCTIONS(caselink::HeldReview)

public:
    // Fills outcome with what was written and skipped, and decision with the ids remove() needs.
    HeldBundleWriter(RepositoryContext& context, const QString& caseId, HeldOutcome& outcome, QJsonObject& decision)
        : m_context(context)
        , m_caseId(caseId)
        , m_outcome(outcome)
        , m_decision(decision) {}

    // The incoming person with the sending office's UUID (unless recorded since), their roles and arrests, and the
    // held events. A record-level failure (bad value, conflict, permission) is listed as skipped and the rest goes on.
    Status write(const CaseFileParty& party, const QJsonArray& heldEvents);

    // Removes what write() recorded in decision for personId in caseId; records removed by hand since are passed over.
    static Status remove(RepositoryContext& context, const QJsonObject& decision, const QString& caseId,
                         const QString& personId);

    // Whether table has a row with this id.
    static Result<bool> recorded(Database& db, const QString& table, const QString& id);

private:
    Status person(const Person& incoming);
    Status roles(const CaseFileParty& party);
    Status arrests(const CaseFileParty& party);
    Status events(const QJsonArray& held, const QString& personId);
    Status adoptOrphans(const CaseFileArrest& a, QJsonArray& adopted);
    // A record-level failure is reported and the rest goes on; anything else fails the decision.
    Status skip(const Error& error, const QString& what);

    RepositoryContext& m_context;
    QString m_caseId;
    HeldOutcome& m_outcome;
    QJsonObject& m_decision;
};

} // namespace caselink
