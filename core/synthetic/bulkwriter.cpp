#include "synthetic/bulkwriter.h"

#include <QCoreApplication>

#include "repo/personsearchsql.h"

namespace caselink::synthetic {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::synthetic::BulkWriter)
};

struct TableSql {
    const char* name;
    const char* sql;
};

// Columns with a NOT NULL '' default take coalesce(?, '') so that a null QString stands for "none".
constexpr std::array<TableSql, kTableCount> kSql{{
    {"persons",
     "INSERT INTO persons (id, name_latin, name_urdu, relation, relative_latin, relative_urdu, sex, birth_date, "
     "birth_year, nationality, cnic, cnic_kind, red_book, proclaimed_offender, red_notice, notes, office_id, "
     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PK', ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?)"},
    {"person_aliases", "INSERT INTO person_aliases (id, person_id, alias) VALUES (?, ?, ?)"},
    {"person_passports",
     "INSERT INTO person_passports (id, person_id, number, issuing_state, issued_on, expires_on, status) "
     "VALUES (?, ?, ?, 'PK', ?, ?, ?)"},
    {"person_phones", "INSERT INTO person_phones (id, person_id, e164, label) VALUES (?, ?, ?, coalesce(?, ''))"},
    {"person_addresses",
     "INSERT INTO person_addresses (id, person_id, country, province, district, tehsil, locality, line, address_key) "
     "VALUES (?, ?, 'PK', ?, ?, ?, ?, '', ?)"},
    {"watchlist_entries",
     "INSERT INTO watchlist_entries (id, person_id, list, reference, placed_on) VALUES (?, ?, ?, ?, ?)"},
    {"organisations",
     "INSERT INTO organisations (id, name, name_urdu, kind, registration, notes, office_id, created_at, updated_at) "
     "VALUES (?, ?, coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?)"},
    {"memberships", "INSERT INTO memberships (id, person_id, organisation_id, role, since) VALUES (?, ?, ?, ?, ?)"},
    {"officers", "INSERT INTO officers (id, name, name_urdu, rank, service_number, office_id, user_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''))"},
    {"incidents",
     "INSERT INTO incidents (id, kind, title, occurred_on, location, country, vessel, departure_port, aboard, "
     "pk_dead, pk_missing, pk_survivors, notes) VALUES (?, ?, ?, ?, coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, "
     "''), ?, ?, "
     "?, ?, coalesce(?, ''))"},
    {"cases",
     "INSERT INTO cases (id, office_id, enquiry_number, enquiry_date, fir_prefix, fir_serial, fir_year, fir_station, "
     "fir_date, status, io_officer_id, court, prosecutor, incident_id, route_code, title, summary, created_at, "
     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?, ?)"},
    {"case_offences",
     "INSERT INTO case_offences (case_id, offence_id) VALUES (?, (SELECT id FROM ref_offences WHERE code = ?))"},
    {"case_persons",
     "INSERT INTO case_persons (id, case_id, person_id, role, victim_outcome, nominated_in_fir, arrest_status) "
     "VALUES (?, ?, ?, ?, ?, ?, ?)"},
    {"arrests", "INSERT INTO arrests (id, case_id, person_id, arrested_at, place, arresting_office_id, category, "
                "airport_intercept, stop_list_hit, red_book_entry_id, produced_before_magistrate_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {"custody_periods", "INSERT INTO custody_periods (id, arrest_id, kind, from_date, to_date, magistrate, order_ref) "
                        "VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''))"},
    {"documents",
     "INSERT INTO documents (id, case_id, person_id, doc_type, number, issuing_state, authenticity, malkhana_ref) "
     "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''))"},
    {"route_legs",
     "INSERT INTO route_legs (id, case_id, person_id, seq, from_country, from_place, to_country, to_place, mode, "
     "border_point, leg_date, facilitator_person_id, document_id, outcome) "
     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?)"},
    {"payments",
     "INSERT INTO payments (id, case_id, payer_person_id, payee_person_id, amount_minor, currency, paid_on, "
     "pkr_minor, rate_to_pkr, channel, instalment_of, fmu_reference) "
     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''))"},
    {"assets",
     "INSERT INTO assets (id, case_id, person_id, kind, description, value_pkr, action, action_date, order_ref) "
     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {"court_proceedings",
     "INSERT INTO court_proceedings (id, case_id, court_kind, court_name, court_case_no, judgment, judgment_date, "
     "sentence, fine_pkr) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?)"},
    {"hearings", "INSERT INTO hearings (id, proceeding_id, held_on, next_on, note) VALUES (?, ?, ?, ?, ?)"},
    {"events", "INSERT INTO events (id, case_id, person_id, event_type, occurred_at, legal_ref, description) "
               "VALUES (?1, ?2, ?3, ?4, ?5, coalesce((SELECT legal_ref FROM ref_event_types WHERE code = ?4), ''), "
               "coalesce(?6, ''))"},
    {"links",
     "INSERT INTO links (id, from_kind, from_id, to_kind, to_id, link_type, relation, strength, valid_from, case_id) "
     "VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?)"},
    {"red_book_editions", "INSERT INTO red_book_editions (id, edition, year, published_on) VALUES (?, ?, ?, ?)"},
    {"red_book_entries", "INSERT INTO red_book_entries (id, edition_id, person_id, zone_id, serial, status, status_on) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)"},
    {"person_search", kPersonSearchInsert}, // scope terms: the case_persons triggers, then the generator's last pass
    {"case_search", "INSERT INTO case_search (case_id, numbers, body) VALUES (?, ?, ?)"},
}};

} // namespace

const char* tableName(Table table) {
    return kSql[static_cast<std::size_t>(table)].name;
}

BulkWriter::BulkWriter(Database& db, int batchRows, ProgressCallback progress, std::int64_t expectedRows)
    : m_db(db)
    , m_batchRows(batchRows > 0 ? batchRows : 10000)
    , m_progress(std::move(progress))
    , m_expected(expectedRows) {
}

BulkWriter::~BulkWriter() = default; // an open batch rolls back with m_transaction

Status BulkWriter::start() {
    for (std::size_t i = 0; i < kSql.size(); ++i) {
        auto statement = m_db.prepare(QString::fromLatin1(kSql[i].sql));
        if (!statement) {
            return std::unexpected(statement.error());
        }
        m_statements[i] = std::move(*statement);
    }
    m_transaction.emplace(m_db);
    return m_transaction->begin();
}

Status BulkWriter::afterBind(Table table) {
    Statement& s = m_statements[static_cast<std::size_t>(table)];
    const Status done = s.run();
    s.reset();
    if (!done) {
        return fail(
            done.error().code,
            Tr::tr("Writing synthetic %1 failed: %2").arg(QLatin1String(tableName(table)), done.error().message));
    }
    ++m_counts[static_cast<std::size_t>(table)];
    ++m_total;
    if (++m_inBatch >= m_batchRows) {
        return commitBatch();
    }
    return ok();
}

Status BulkWriter::commitBatch() {
    if (m_progress && !m_progress(m_total, std::max(m_expected, m_total))) {
        // Cancelled: the open batch goes, everything committed before stays.
        m_transaction.reset();
        m_total = m_committed;
        m_counts = m_committedCounts;
        m_cancelled = true;
        return fail(ErrorCode::Usage, Tr::tr("Synthetic data generation was cancelled."));
    }
    if (const Status committed = m_transaction->commit(); !committed) {
        return committed;
    }
    m_committed = m_total;
    m_committedCounts = m_counts;
    m_inBatch = 0;
    m_transaction.emplace(m_db);
    return m_transaction->begin();
}

Status BulkWriter::finish(const std::function<Status()>& last) {
    if (const Status written = last(); !written) {
        return written;
    }
    if (const Status committed = m_transaction->commit(); !committed) {
        return committed;
    }
    m_transaction.reset();
    m_committed = m_total;
    if (m_progress) {
        m_progress(m_total, m_total);
    }
    return ok();
}

} // namespace caselink::synthetic
