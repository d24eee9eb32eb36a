// One source row read into domain values through the domain validators, with every problem tied to its column.
// Nothing here touches the database, so the wizard's preview and the import share the same rules.
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <QHash>

#include "domain/caserecord.h"
#include "domain/firnumber.h"
#include "domain/money.h"
#include "domain/payment.h"
#include "domain/person.h"
#include "domain/redbook.h"
#include "domain/routeleg.h"
#include "domain/validation.h"
#include "importer/importfields.h"
#include "importer/rowsource.h"

namespace caselink {

struct ImportIssue {
    qint64 row = 0;
    QString column; // the file's header (or "column N"); empty for the row as a whole
    Severity severity = Severity::Error;
    QString code;
    QString message;
};

struct ParsedRow {
    qint64 row = 0;
    // Normalised: CNIC digits, E.164 phones, passport numbers. The payer for payments; the traveller for routes.
    Person person;
    bool hasPerson = true; // false: a route leg of the case's general route, or a payment without a known payer
    Person payee;          // payments
    bool hasPayee = false;
    // Arrests, victims, payments, routes: the case
    FirNumber fir;
    QString station;
    // Arrests
    QDateTime arrestedAt;
    QString place;
    ArrestCategory category = ArrestCategory::General;
    QString role = QStringLiteral("AGENT");
    std::optional<QDateTime> producedAt;               // before a magistrate (s.61), when the register has it
    QString dateReason;                                // why an arrest before the case's registration is right
    QString productionDelayReason;                     // why the production came after 24 hours
    QString arrestStatus = QStringLiteral("ARRESTED"); // the person's status in the case now
    // Watch lists
    QString list;
    QString reference;
    QDate placedOn;
    // Victims
    PersonRole victimRole = PersonRole::SmuggledMigrant;
    std::optional<VictimOutcome> victimOutcome;
    QString exploitation;
    // Payments (the PKR equivalent and rate exactly as PaymentRepository derives them)
    Money amount;
    std::optional<Money> pkr;
    qint64 rateMicros = 0;
    QDate paidOn;
    PaymentChannel channel = PaymentChannel::Cash;
    QString fmuReference;
    // Route legs (countries as ISO codes of ref_countries)
    int seq = 0; // the leg's number in the file, 0 when none: orders the legs of one traveller
    QString fromCountry;
    QString fromPlace;
    QString toCountry;
    QString toPlace;
    TravelMode mode = TravelMode::Land;
    QString borderPoint;
    QDate legDate;
    LegOutcome legOutcome = LegOutcome::Unknown;
    // Red Book
    int edition = 0;
    int editionYear = 0;
    int serial = 0; // 0: the next free serial of the edition
    QString zoneId;
    RedBookStatus redBookStatus = RedBookStatus::Wanted;
    QDate statusOn;
    // Airport offload lists
    QDateTime offloadedAt;
    QString flight;
    QString airport;
    QString destination;
    QString reason;
};

struct RowParseContext {
    ImportKind kind = ImportKind::Persons;
    ColumnMapping mapping;
    QStringList headers;
    QDate today;
    QDateTime now;
    QString defaultList;        // watch lists: the list when the file has no list column
    int defaultEdition = 0;     // Red Book: the edition when the file has no edition column
    int defaultEditionYear = 0; // Red Book: its year
    // Reference data the rows name, read once from the database (Importer::parseContext): normalised ISO code or
    // English or Urdu name -> ISO code of ref_countries; normalised code or name of a ZONE -> its org_units id.
    QHash<QString, QString> countries;
    QHash<QString, QString> zones;
};

// Parses one row; issues are appended. Returns false when the row has an error and must be rejected.
bool parseRow(const RowParseContext& context, const SourceRow& source, ParsedRow& out,
              std::vector<ImportIssue>& issues);

// The file's header of the column mapped to field ("column N" when it has none; empty when the field is unmapped).
QString importColumnName(const RowParseContext& context, const QString& field);
// The key a country or zone is looked up by in RowParseContext (case, spaces and punctuation ignored).
QString referenceKey(const QString& name);

// The lists a watch-list import can fill (watchlist_entries.list).
QStringList watchListKeys();
// Whether the text holds Arabic-script letters (Urdu names go to the Urdu name fields).
bool isArabicScript(const QString& text);

} // namespace caselink
