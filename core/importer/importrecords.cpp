#include "importer/importrecords.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>

#include "repo/aggregatesupport.h"
#include "text/namesearchforms.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ImportRecords)
};

constexpr qint64 kMicrosPerUnit = 1'000'000;

const QString kOffloadEvent = u"INTERCEPTED_AT_AIRPORT"_s;

QString chainKey(const QString& caseId, const QString& personId) {
    return caseId + u'/' + personId;
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The SQL of each kind, as the repositories write it (column lists and order included).
std::vector<std::pair<QString, QString>> statementsFor(ImportKind kind) {
    switch (kind) {
    case ImportKind::Victims:
        return {
            {u"role_exists"_s, u"SELECT 1 FROM case_persons WHERE case_id = ? AND person_id = ? AND role = ?"_s},
            {u"role"_s,
             u"INSERT INTO case_persons (role, nominated_in_fir, arrest_status, victim_outcome, exploitation, "
             "notes, case_id, person_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s},
            {u"district"_s, u"SELECT 1 FROM person_addresses WHERE person_id = ? AND lower(district) = lower(?)"_s},
        };
    case ImportKind::Payments:
        return {
            {u"payment"_s, u"INSERT INTO payments (payer_person_id, payee_person_id, amount_minor, currency, paid_on, "
                           "pkr_minor, rate_to_pkr, channel, instalment_of, fmu_reference, case_id, id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s},
        };
    case ImportKind::Routes:
        return {
            {u"chain"_s, u"SELECT count(*) FROM route_legs WHERE case_id = :case AND person_id IS :person"_s},
            {u"leg"_s, u"INSERT INTO route_legs (from_country, from_place, to_country, to_place, mode, border_point, "
                       "leg_date, facilitator_person_id, document_id, outcome, case_id, person_id, seq, id) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"_s},
        };
    case ImportKind::RedBook:
        return {
            {u"edition"_s, u"SELECT id, year FROM red_book_editions WHERE edition = ?"_s},
            {u"edition_insert"_s,
             u"INSERT INTO red_book_editions (id, edition, year, published_on) VALUES (?, ?, ?, ?)"_s},
            {u"serial_holder"_s, u"SELECT person_id FROM red_book_entries WHERE edition_id = ? AND serial = ?"_s},
            {u"in_edition"_s, u"SELECT 1 FROM red_book_entries WHERE edition_id = ? AND person_id = ?"_s},
            {u"max_serial"_s, u"SELECT coalesce(max(serial), 0) FROM red_book_entries WHERE edition_id = ?"_s},
            {u"entry"_s, u"INSERT INTO red_book_entries (id, edition_id, person_id, zone_id, serial, status, "
                         "status_on) VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
        };
    case ImportKind::Offloads:
        return {
            {u"offload_exists"_s, u"SELECT 1 FROM events WHERE person_id = ? AND event_type = ? AND occurred_at = ? "
                                  "AND case_id IS NULL"_s},
            {u"event"_s,
             u"INSERT INTO events (event_type, occurred_at, legal_ref, description, case_id, person_id, id) "
             "SELECT code, ?2, legal_ref, ?4, NULL, ?6, ?7 FROM ref_event_types WHERE code = ?1"_s},
        };
    case ImportKind::Persons:
    case ImportKind::Arrests:
    case ImportKind::WatchList:
        break;
    }
    return {};
}

} // namespace

ImportRecords::ImportRecords(RepositoryContext& context, const RowParseContext& parse)
    : m_context(context)
    , m_parse(parse) {
}

Status ImportRecords::prepare() {
    for (const auto& [name, sql] : statementsFor(m_parse.kind)) {
        auto prepared = m_context.db().prepare(sql);
        if (!prepared) {
            return std::unexpected(prepared.error());
        }
        m_statements[name] = std::move(*prepared);
    }
    return ok();
}

void ImportRecords::issue(std::vector<ImportIssue>& issues, const ParsedRow& row, const QString& field,
                          Severity severity, const QString& code, const QString& message) const {
    issues.push_back({row.row, importColumnName(m_parse, field), severity, code, message});
}

Result<bool> ImportRecords::exists(Statement& statement) {
    auto row = statement.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    const bool found = *row;
    statement.reset();
    return found;
}

Result<RowVerdict> ImportRecords::check(const ParsedRow& row, const QString& caseId, const RowPersons& persons,
                                        std::vector<ImportIssue>& issues) {
    switch (m_parse.kind) {
    case ImportKind::Victims:
        return checkVictim(row, caseId, persons, issues);
    case ImportKind::Payments:
        if (!persons.person.isEmpty() && persons.person == persons.payee) {
            issue(issues, row, u"payee_name"_s, Severity::Error, u"payment.same_person"_s,
                  Tr::tr("The payer and the payee are the same person."));
            return RowVerdict::Reject;
        }
        return RowVerdict::Write;
    case ImportKind::Routes:
        return checkRouteLeg(row, caseId, persons, issues);
    case ImportKind::RedBook:
        return checkRedBook(row, persons, issues);
    case ImportKind::Offloads:
        return checkOffload(row, persons, issues);
    case ImportKind::Persons:
    case ImportKind::Arrests:
    case ImportKind::WatchList:
        break;
    }
    return RowVerdict::Write;
}

Result<RowVerdict> ImportRecords::checkVictim(const ParsedRow& row, const QString& caseId, const RowPersons& persons,
                                              std::vector<ImportIssue>& issues) {
    if (persons.person.isEmpty()) {
        return RowVerdict::Write;
    }
    Statement& role = m_statements[u"role_exists"_s];
    role.bind(1, caseId).bind(2, persons.person).bind(3, personRoleKey(row.victimRole));
    auto recorded = exists(role);
    if (!recorded) {
        return std::unexpected(recorded.error());
    }
    if (*recorded) {
        issue(issues, row, u"fir"_s, Severity::Warning, u"import.victim_recorded"_s,
              Tr::tr("This person is already recorded as \"%1\" in case %2; the row is not imported again.")
                  .arg(personRoleDisplayName(row.victimRole), row.fir.display()));
        return RowVerdict::Skip;
    }
    // An existing record is not changed by a victims import: its home district stays as recorded.
    const QString district = row.person.addresses.empty() ? QString() : row.person.addresses.front().district;
    if (!district.isEmpty()) {
        Statement& known = m_statements[u"district"_s];
        known.bind(1, persons.person).bind(2, district);
        auto has = exists(known);
        if (!has) {
            return std::unexpected(has.error());
        }
        if (!*has) {
            issue(issues, row, u"district"_s, Severity::Warning, u"import.district_not_added"_s,
                  Tr::tr("The person is on record already; the home district in the file is not added to the "
                         "record. Edit the person to add it."));
        }
    }
    return RowVerdict::Write;
}

Result<int> ImportRecords::chainLength(const QString& caseId, const QString& personId) {
    const QString key = chainKey(caseId, personId);
    if (const auto it = m_chains.constFind(key); it != m_chains.constEnd()) {
        return *it;
    }
    int length = 0;
    Statement& chain = m_statements[u"chain"_s];
    chain.reset();
    chain.bindNamed(":case", caseId);
    chain.bindNamed(":person", orNull(personId));
    auto st = chain.forEachRow([&](Statement& s) { length = int(s.columnInt(0)); });
    if (!st) {
        return std::unexpected(st.error());
    }
    m_chains.insert(key, length);
    return length;
}

Result<RowVerdict> ImportRecords::checkRouteLeg(const ParsedRow& row, const QString& caseId, const RowPersons& persons,
                                                std::vector<ImportIssue>& issues) {
    // A person the import creates has no legs yet, and the same person twice in the file is matched (not created)
    // the second time; so only existing travellers and the general route need the checks.
    if (row.hasPerson && persons.person.isEmpty()) {
        return RowVerdict::Write;
    }
    if (row.seq > 0 && m_seqs.contains({caseId, persons.person, row.seq})) {
        issue(issues, row, u"seq"_s, Severity::Error, u"route.seq_twice"_s,
              Tr::tr("Leg %1 of this traveller in case %2 appears twice in the file.")
                  .arg(row.seq)
                  .arg(row.fir.display()));
        return RowVerdict::Reject;
    }
    auto length = chainLength(caseId, persons.person);
    if (!length) {
        return std::unexpected(length.error());
    }
    if (*length > 0 && row.seq > 0) {
        issue(issues, row, u"seq"_s, Severity::Warning, u"route.appended"_s,
              Tr::tr("The route already has %n leg(s) in this case; the file's legs follow them.", nullptr, *length));
    }
    return RowVerdict::Write;
}

Result<std::optional<ImportRecords::Edition>> ImportRecords::edition(int number) {
    if (const auto it = m_editions.find(number); it != m_editions.end()) {
        return std::optional<Edition>(it->second);
    }
    Statement& find = m_statements[u"edition"_s];
    find.reset();
    find.bind(1, number);
    std::optional<Edition> found;
    auto st = find.forEachRow([&](Statement& s) { found = Edition{s.columnText(0), int(s.columnInt(1))}; });
    if (!st) {
        return std::unexpected(st.error());
    }
    if (found) {
        m_editions[number] = *found;
    }
    return found;
}

Result<RowVerdict> ImportRecords::checkRedBook(const ParsedRow& row, const RowPersons& persons,
                                               std::vector<ImportIssue>& issues) {
    auto ed = edition(row.edition);
    if (!ed) {
        return std::unexpected(ed.error());
    }
    if (!*ed) {
        if (row.editionYear <= 0) {
            issue(
                issues, row, u"edition"_s, Severity::Error, u"red_book.edition_year"_s,
                Tr::tr("Edition %1 of the Red Book is not recorded yet; give its year to create it.").arg(row.edition));
            return RowVerdict::Reject;
        }
        return RowVerdict::Write; // a new edition holds no entry yet
    }
    if (row.editionYear > 0 && row.editionYear != (*ed)->year) {
        issue(issues, row, u"edition_year"_s, Severity::Error, u"red_book.year_mismatch"_s,
              Tr::tr("Edition %1 of the Red Book is recorded for %2, not %3.")
                  .arg(row.edition)
                  .arg((*ed)->year)
                  .arg(row.editionYear));
        return RowVerdict::Reject;
    }
    if (row.serial > 0) {
        Statement& holder = m_statements[u"serial_holder"_s];
        holder.reset();
        holder.bind(1, (*ed)->id).bind(2, row.serial);
        QString holderId;
        bool taken = false;
        auto st = holder.forEachRow([&](Statement& s) {
            holderId = s.columnText(0);
            taken = true;
        });
        if (!st) {
            return std::unexpected(st.error());
        }
        if (taken && !persons.person.isEmpty() && holderId == persons.person) {
            issue(issues, row, u"serial"_s, Severity::Warning, u"red_book.recorded"_s,
                  Tr::tr("The person is entry %1 of edition %2 already; the row is not imported again.")
                      .arg(row.serial)
                      .arg(row.edition));
            return RowVerdict::Skip;
        }
        if (taken) {
            issue(issues, row, u"serial"_s, Severity::Error, u"red_book.serial_taken"_s,
                  Tr::tr("Serial %1 is taken in edition %2 by another person.").arg(row.serial).arg(row.edition));
            return RowVerdict::Reject;
        }
        return RowVerdict::Write;
    }
    if (!persons.person.isEmpty()) {
        Statement& listed = m_statements[u"in_edition"_s];
        listed.bind(1, (*ed)->id).bind(2, persons.person);
        auto in = exists(listed);
        if (!in) {
            return std::unexpected(in.error());
        }
        if (*in) {
            issue(issues, row, u"name"_s, Severity::Warning, u"red_book.recorded"_s,
                  Tr::tr("The person is in edition %1 already; the row is not imported again.").arg(row.edition));
            return RowVerdict::Skip;
        }
    }
    return RowVerdict::Write;
}

Result<RowVerdict> ImportRecords::checkOffload(const ParsedRow& row, const RowPersons& persons,
                                               std::vector<ImportIssue>& issues) {
    if (persons.person.isEmpty()) {
        return RowVerdict::Write;
    }
    Statement& recorded = m_statements[u"offload_exists"_s];
    recorded.bind(1, persons.person).bind(2, kOffloadEvent).bind(3, isoUtc(row.offloadedAt));
    auto found = exists(recorded);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (*found) {
        issue(issues, row, u"offloaded_at"_s, Severity::Warning, u"offload.recorded"_s,
              Tr::tr("This offloading of the person is on record already; the row is not imported again."));
        return RowVerdict::Skip;
    }
    return RowVerdict::Write;
}

Status ImportRecords::write(const ParsedRow& row, const QString& caseId, const RowPersons& persons) {
    switch (m_parse.kind) {
    case ImportKind::Victims:
        return writeVictim(row, caseId, persons.person);
    case ImportKind::Payments:
        return writePayment(row, caseId, persons);
    case ImportKind::Routes:
        if (row.seq > 0) {
            m_seqs.emplace(caseId, persons.person, row.seq);
        }
        m_legs.push_back({row.row, row.seq, caseId, persons.person, row.fromCountry, row.fromPlace, row.toCountry,
                          row.toPlace, travelModeKey(row.mode), row.borderPoint, isoDate(row.legDate),
                          legOutcomeKey(row.legOutcome)});
        return ok();
    case ImportKind::RedBook:
        return writeRedBook(row, persons.person);
    case ImportKind::Offloads:
        return writeOffload(row, persons.person);
    case ImportKind::Persons:
    case ImportKind::Arrests:
    case ImportKind::WatchList:
        break;
    }
    return ok();
}

Status ImportRecords::writeVictim(const ParsedRow& row, const QString& caseId, const QString& personId) {
    Statement& s = m_statements[u"role"_s];
    s.reset();
    s.bind(1, personRoleKey(row.victimRole))
        .bind(2, 0)
        .bind(3, arrestStatusKey(ArrestStatus::NotApplicable))
        .bind(4, row.victimOutcome ? victimOutcomeKey(*row.victimOutcome) : QString())
        .bind(5, nn(row.exploitation))
        .bind(6, u""_s)
        .bind(7, caseId)
        .bind(8, personId)
        .bind(9, newUuid());
    return s.run();
}

Status ImportRecords::writePayment(const ParsedRow& row, const QString& caseId, const RowPersons& persons) {
    Statement& s = m_statements[u"payment"_s];
    s.reset();
    s.bind(1, orNull(persons.person))
        .bind(2, orNull(persons.payee))
        .bind(3, row.amount.minorUnits)
        .bind(4, row.amount.currency)
        .bind(5, isoDate(row.paidOn))
        .bind(8, paymentChannelKey(row.channel))
        .bind(9, QString())
        .bind(10, nn(row.fmuReference))
        .bind(11, caseId)
        .bind(12, newUuid());
    if (row.pkr) {
        // As PaymentRepository: micros / 10^6 as REAL is exact for every rate parseExchangeRate accepts.
        s.bind(6, row.pkr->minorUnits).bind(7, double(row.rateMicros) / double(kMicrosPerUnit));
    } else {
        s.bindNull(6).bindNull(7);
    }
    return s.run();
}

Status ImportRecords::writeRedBook(const ParsedRow& row, const QString& personId) {
    auto ed = edition(row.edition);
    if (!ed) {
        return std::unexpected(ed.error());
    }
    if (!*ed) {
        const Edition created{newUuid(), row.editionYear};
        Statement& insert = m_statements[u"edition_insert"_s];
        insert.reset();
        insert.bind(1, created.id).bind(2, row.edition).bind(3, created.year).bind(4, QString());
        if (auto st = insert.run(); !st) {
            return st;
        }
        m_editions[row.edition] = created;
        m_editionsCreated.append(row.edition);
        *ed = created;
    }
    int serial = row.serial;
    if (serial <= 0) {
        Statement& max = m_statements[u"max_serial"_s];
        max.reset();
        max.bind(1, (*ed)->id);
        auto st = max.forEachRow([&](Statement& s) { serial = int(s.columnInt(0)) + 1; });
        if (!st) {
            return st;
        }
    }
    Statement& s = m_statements[u"entry"_s];
    s.reset();
    s.bind(1, newUuid())
        .bind(2, (*ed)->id)
        .bind(3, personId)
        .bind(4, row.zoneId)
        .bind(5, serial)
        .bind(6, redBookStatusKey(row.redBookStatus))
        .bind(7, isoDate(row.statusOn));
    return s.run();
}

QString ImportRecords::offloadDescription(const ParsedRow& row) {
    QStringList lines{Tr::tr("Offloaded (airport offload list)")};
    if (!row.airport.isEmpty()) {
        lines << Tr::tr("Airport: %1").arg(row.airport);
    }
    if (!row.flight.isEmpty()) {
        lines << Tr::tr("Flight: %1").arg(row.flight);
    }
    if (!row.destination.isEmpty()) {
        lines << Tr::tr("Destination: %1").arg(row.destination);
    }
    if (!row.reason.isEmpty()) {
        lines << Tr::tr("Reason: %1").arg(row.reason);
    }
    return lines.join(u'\n');
}

Status ImportRecords::writeOffload(const ParsedRow& row, const QString& personId) {
    Statement& s = m_statements[u"event"_s];
    s.reset();
    s.bind(1, kOffloadEvent)
        .bind(2, isoUtc(row.offloadedAt))
        .bind(4, offloadDescription(row))
        .bind(6, personId)
        .bind(7, newUuid());
    if (auto st = s.run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::Integrity,
                    Tr::tr("The event type %1 is missing from the reference data.").arg(kOffloadEvent));
    }
    return ok();
}

Status ImportRecords::finish() {
    if (m_legs.empty()) {
        return ok();
    }
    // Each chain's legs in the order of the file's leg numbers (rows without one after them, in file order), after
    // the legs already recorded: positions stay 1..n without gaps, as RouteRepository keeps them.
    std::stable_sort(m_legs.begin(), m_legs.end(), [](const PendingLeg& a, const PendingLeg& b) {
        if (a.caseId != b.caseId) {
            return a.caseId < b.caseId;
        }
        if (a.personId != b.personId) {
            return a.personId < b.personId;
        }
        const int sa = a.fileSeq > 0 ? a.fileSeq : std::numeric_limits<int>::max();
        const int sb = b.fileSeq > 0 ? b.fileSeq : std::numeric_limits<int>::max();
        return sa != sb ? sa < sb : a.row < b.row;
    });
    Statement& s = m_statements[u"leg"_s];
    QString chain;
    int seq = 0;
    for (const PendingLeg& leg : m_legs) {
        const QString key = chainKey(leg.caseId, leg.personId);
        if (key != chain) {
            chain = key;
            auto length = chainLength(leg.caseId, leg.personId);
            if (!length) {
                return std::unexpected(length.error());
            }
            seq = *length;
        }
        s.reset();
        s.bind(1, leg.fromCountry)
            .bind(2, nn(leg.fromPlace))
            .bind(3, leg.toCountry)
            .bind(4, nn(leg.toPlace))
            .bind(5, leg.mode)
            .bind(6, nn(leg.borderPoint))
            .bind(7, leg.date)
            .bind(8, QString())
            .bind(9, QString())
            .bind(10, leg.outcome)
            .bind(11, leg.caseId)
            .bind(12, orNull(leg.personId))
            .bind(13, ++seq)
            .bind(14, newUuid());
        if (auto st = s.run(); !st) {
            return std::unexpected(Error{st.error().code, Tr::tr("Row %1: %2").arg(leg.row).arg(st.error().message)});
        }
    }
    m_legs.clear();
    return ok();
}

bool ImportRecords::waitsForWholeFile() const {
    return m_parse.kind == ImportKind::Routes;
}

QJsonObject ImportRecords::auditFields() const {
    if (m_editionsCreated.isEmpty()) {
        return {};
    }
    return QJsonObject{{u"red_book_editions_created"_s, m_editionsCreated}};
}

} // namespace caselink
