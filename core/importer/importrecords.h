// The records of the kinds beyond persons, arrests and watch lists, written inside the import's transaction exactly
// as the repositories write them, so imported and hand-entered records cannot be told apart:
// - victims: a case_persons row (SMUGGLED_MIGRANT or TRAFFICKING_VICTIM, outcome, form of exploitation) as
//   CaseRepository::addRole writes it; a new victim's home district is a person_addresses row as PersonRepository
//   writes it (it feeds the victims-by-district statistics);
// - payments: a payments row as PaymentRepository::create writes it (amount in minor units, PKR equivalent and rate);
// - route legs: route_legs rows as RouteRepository::add writes them, one gap-free chain per case and traveller: the
//   file's legs follow the legs already recorded, in the order of the file's leg numbers (file order without them);
// - Red Book: red_book_entries rows as RedBookRepository::addEntry writes them; an edition the database lacks is
//   created as RedBookRepository::addEdition creates it;
// - airport offload lists: an INTERCEPTED_AT_AIRPORT event on the person (no case), as EventRepository::add writes it,
//   with the airport, flight, destination and reason in its description. An offload is a dated occurrence, not a
//   standing order like ECL or a stop list, so it is an event: it shows on the person's timeline and profile (Watch
//   lists tab, as OFFLOADED), the person is matched by CNIC, passport and phone or held for review like every
//   imported person, and `match --list OFFLOADED` runs the offloaded passengers against every person. No schema
//   change is needed.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <vector>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "importer/rowparser.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {

// What a row's database checks decided.
enum class RowVerdict {
    Write,  // write the record
    Skip,   // the record is there already (a warning says so); nothing is written
    Reject, // an error: the row is written nowhere
};

// The persons a row names, once matched: an id for an existing record, empty for a person the import will create.
struct RowPersons {
    QString person; // the victim, traveller, listed or offloaded person; the payer for payments
    QString payee;
};

class ImportRecords {
public:
    ImportRecords(RepositoryContext& context, const RowParseContext& parse);

    Status prepare();
    // The checks that need the database, before anything of the row is written.
    Result<RowVerdict> check(const ParsedRow& row, const QString& caseId, const RowPersons& persons,
                             std::vector<ImportIssue>& issues);
    // Writes the row's record; persons now hold the ids of the persons created for the row.
    Status write(const ParsedRow& row, const QString& caseId, const RowPersons& persons);
    // Writes what waits for the whole file (the route legs, in chain order).
    Status finish();
    // Whether this kind writes anything only at the end (then an import is one transaction, not parts).
    bool waitsForWholeFile() const;
    // For the import's audit entry: the Red Book editions created (numbers, never names).
    QJsonObject auditFields() const;

    // The text of an offload event's description (translated labels, one per line).
    static QString offloadDescription(const ParsedRow& row);

private:
    struct PendingLeg {
        qint64 row = 0;
        int fileSeq = 0;
        QString caseId;
        QString personId;
        QString fromCountry;
        QString fromPlace;
        QString toCountry;
        QString toPlace;
        QString mode;
        QString borderPoint;
        QString date;
        QString outcome;
    };
    struct Edition {
        QString id;
        int year = 0;
    };

    void issue(std::vector<ImportIssue>& issues, const ParsedRow& row, const QString& field, Severity severity,
               const QString& code, const QString& message) const;
    Result<bool> exists(Statement& statement);
    Result<RowVerdict> checkVictim(const ParsedRow& row, const QString& caseId, const RowPersons& persons,
                                   std::vector<ImportIssue>& issues);
    Result<RowVerdict> checkRouteLeg(const ParsedRow& row, const QString& caseId, const RowPersons& persons,
                                     std::vector<ImportIssue>& issues);
    Result<RowVerdict> checkRedBook(const ParsedRow& row, const RowPersons& persons, std::vector<ImportIssue>& issues);
    Result<RowVerdict> checkOffload(const ParsedRow& row, const RowPersons& persons, std::vector<ImportIssue>& issues);
    Result<std::optional<Edition>> edition(int number);
    Status writeVictim(const ParsedRow& row, const QString& caseId, const QString& personId);
    Status writePayment(const ParsedRow& row, const QString& caseId, const RowPersons& persons);
    Status writeRedBook(const ParsedRow& row, const QString& personId);
    Status writeOffload(const ParsedRow& row, const QString& personId);
    Result<int> chainLength(const QString& caseId, const QString& personId);

    RepositoryContext& m_context;
    const RowParseContext& m_parse;
    std::map<QString, Statement> m_statements;
    QHash<QString, int> m_chains;                       // case + traveller -> legs recorded before the import
    std::set<std::tuple<QString, QString, int>> m_seqs; // case, traveller, file's leg number: each once
    std::vector<PendingLeg> m_legs;
    std::map<int, Edition> m_editions;
    QJsonArray m_editionsCreated;
};

} // namespace caselink
