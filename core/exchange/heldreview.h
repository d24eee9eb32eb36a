// Persons held for review after an import, and the officer's decisions on them. Two sources feed one queue:
// a spreadsheet import's new record that may be an existing person (import_review), and a bundle's incoming person
// who may be someone already recorded (bundle_duplicate_reviews, kept as JSON with their roles, arrests and events).
// Each decision is one audited transaction that undo (reopen) reverses exactly:
// - spreadsheet, same person: the created record is merged into the candidate (PersonMerge::merge); different:
//   the pair is only marked so.
// - bundle, same person: the incoming record is created with its own UUID, its roles, arrests, custody and events are
//   written for it, and it is merged into the existing person, whose details are kept as they are; different: the
//   same without the merge.
// Victims first: when either record of an item is protected from the user (Scope::personProtected, or an incoming
// person in a victim, witness or family role), both show as pseudonyms, reasons are withheld and nobody without the
// victim grant can decide.
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "domain/caserecord.h"
#include "domain/person.h"
#include "repo/repositorycontext.h"

namespace caselink {

enum class HeldSource { Spreadsheet, Bundle };
enum class HeldDecision { Same, Different };

struct HeldRole {
    QString caseId;
    QString caseLabel; // FIR display form, else the enquiry number
    PersonRole role = PersonRole::Agent;
};

// One side of a held pair, as this user may see it.
struct HeldRecord {
    QString personId;
    bool recorded = false; // a row of persons; false for a bundle's incoming person before any decision
    bool visible = false;  // false: outside the user's scope (nothing of it is shown)
    bool withheld = false; // identity blank and the name a pseudonym (victim protection)
    Person person;         // as PersonRepository::get returns it, or from the bundle's JSON
    std::vector<HeldRole> roles;
    int arrests = 0; // bundle incoming only: what waits with them
    int events = 0;
};

struct HeldItem {
    QString id;
    HeldSource source = HeldSource::Spreadsheet;
    QString status;              // OPEN, SAME, DIFFERENT (spreadsheet) or OPEN, MERGED, DISTINCT (bundle)
    std::optional<double> score; // 0..1; none for bundle items held before scores were kept
    QStringList reasons;         // translated; empty when withheld
    QString origin;              // the spreadsheet's file name, or the sending office's code
    QDateTime heldAt;            // when the import ran (UTC)
    qint64 sourceRow = 0;        // spreadsheet: the row of the file
    QString caseId;              // bundle: the imported case
    QString caseLabel;
    HeldRecord held;     // the record the import created, or the bundle's incoming person
    HeldRecord existing; // the record it may be
    bool withheld = false;
    bool canDecide = false;
    QString cannotDecide; // translated, when !canDecide
};

// What a decision wrote and what it could not write (translated lines, never identities).
struct HeldOutcome {
    QStringList written;
    QStringList skipped;
};

class HeldReview {
    Q_DECLARE_TR_FUNCTIONS(caselink::HeldReview)

public:
    explicit HeldReview(RepositoryContext& context)
        : m_context(context) {}

    // The open items of both sources in the user's scope as one subquery (alias it), with the columns id, source
    // ('SPREADSHEET' or 'BUNDLE'), score, reasons (JSON array, NULL when withheld), origin, held_at, source_row,
    // case_id, held_id, existing_id, held_name, existing_name (NULL when withheld or out of scope), withheld (0/1).
    // Uses the scope's parameters (Scope::bind).
    static QString openItemsSql(const Scope& scope);
    Result<qint64> openCount();
    // NotFound when the item does not exist or is outside the user's scope.
    Result<HeldItem> get(const QString& itemId);

    Result<HeldOutcome> decide(const QString& itemId, HeldDecision decision);
    // Reverses the decision on a decided item and opens it again (the undo of decide).
    Status reopen(const QString& itemId);

private:
    struct Stored;
    Result<Stored> load(const QString& itemId);
    Status fill(const Stored& stored, HeldItem& item);
    Status fillRecorded(HeldRecord& record);
    Result<HeldOutcome> decideSpreadsheet(const Stored& stored, HeldDecision decision);
    Status reopenSpreadsheet(const Stored& stored);
    Result<HeldOutcome> decideBundle(const Stored& stored, HeldDecision decision);
    Status reopenBundle(const Stored& stored);
    Status mark(const Stored& stored, const QString& status, const QJsonObject& decision);
    AuditRecord auditRecord(const Stored& stored, const QString& action, const QString& status) const;

    RepositoryContext& m_context;
};

} // namespace caselink
