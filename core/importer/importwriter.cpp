#include "importer/importwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include "repo/personsearchsql.h"
#include "security/session.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ImportWriter)
};

constexpr qsizetype kFormsCache = 200000;

// As ArrestRepository: the ARREST event's id derives from the arrest's id.
QString eventIdFor(const QString& recordId, const char* eventType) {
    return QUuid::createUuidV5(QUuid::fromString(recordId), QByteArray(eventType)).toString(QUuid::WithoutBraces);
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ImportWriter::ImportWriter(RepositoryContext& context)
    : m_context(context) {
}

Status ImportWriter::prepare() {
    m_now = m_context.now();
    m_officeId = m_context.session().user().officeId;
    Database& db = m_context.db();
    const std::vector<std::pair<Statement*, QString>> statements{
        {&m_person, u"INSERT INTO persons (name_latin, name_urdu, relation, relative_latin, relative_urdu, sex, "
                    "birth_date, birth_year, nationality, cnic, cnic_kind, red_book, proclaimed_offender, red_notice, "
                    "notes, updated_at, office_id, created_at, id) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16, ?18)"_s},
        {&m_phone, u"INSERT INTO person_phones (id, person_id, e164) VALUES (?, ?, ?)"_s},
        {&m_passport,
         u"INSERT INTO person_passports (id, person_id, number, issuing_state, status) VALUES (?, ?, ?, ?, ?)"_s},
        {&m_address, u"INSERT INTO person_addresses (id, person_id, country, province, district, tehsil, locality, "
                     "line, address_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_search, QString::fromLatin1(kPersonSearchInsert)},
        {&m_searchScope, QString::fromLatin1(kPersonScopeRefresh)},
        {&m_case, u"SELECT c.id, min(coalesce(c.enquiry_date, c.fir_date), coalesce(c.fir_date, c.enquiry_date)) "
                  "FROM cases c WHERE c.fir_serial = :serial AND c.fir_year = :year "
                  "AND coalesce(c.fir_prefix, '') = :prefix AND (:station = '' OR lower(c.fir_station) = "
                  "lower(:station)) AND %1 LIMIT 2"_s.arg(m_context.scope().caseVisible(u"c"_s))},
        {&m_role, u"SELECT 1 FROM case_persons INDEXED BY case_persons_person WHERE case_id = ? AND person_id = ?"_s},
        {&m_roleInsert, u"INSERT INTO case_persons (id, case_id, person_id, role, arrest_status) "
                        "VALUES (?, ?, ?, ?, ?)"_s},
        {&m_roleArrested, u"UPDATE case_persons INDEXED BY case_persons_person SET arrest_status = ?3 WHERE case_id = "
                          "?1 AND person_id = ?2"_s},
        {&m_arrest, u"INSERT INTO arrests (id, case_id, person_id, arrested_at, place, arresting_office_id, category, "
                    "airport_intercept, stop_list_hit, produced_before_magistrate_at, date_reason, "
                    "production_delay_reason) VALUES (?, ?, ?, ?, ?, ?, ?, 'NONE', 0, ?, ?, ?)"_s},
        {&m_event, u"INSERT INTO events (id, case_id, person_id, event_type, occurred_at, legal_ref, description) "
                   "VALUES (?1, ?2, ?3, ?7, ?4, ?6, ?5)"_s},
        {&m_onList, u"SELECT 1 FROM watchlist_entries WHERE person_id = ? AND list = ? AND removed_on IS NULL"_s},
        {&m_listEntry, u"INSERT INTO watchlist_entries (id, person_id, list, reference, placed_on) "
                       "VALUES (?, ?, ?, ?, ?)"_s},
    };
    for (const auto& [statement, sql] : statements) {
        auto prepared = db.prepare(sql);
        if (!prepared) {
            return std::unexpected(prepared.error());
        }
        *statement = std::move(*prepared);
    }
    // As ArrestRepository, the ARREST event's legal reference comes from the editable reference table; read once
    // here rather than by an INSERT ... SELECT per row (which SQLite runs with a statement journal).
    auto legalRef = db.prepare(
        u"SELECT code, legal_ref FROM ref_event_types WHERE code IN ('ARREST', 'PRODUCED_BEFORE_MAGISTRATE')"_s);
    if (!legalRef) {
        return std::unexpected(legalRef.error());
    }
    if (auto st = legalRef->forEachRow([&](Statement& s) {
            (s.columnText(0) == u"ARREST" ? m_arrestLegalRef : m_productionLegalRef) = nn(s.columnText(1));
        });
        !st) {
        return st;
    }
    return ok();
}

NameSearchForms ImportWriter::forms(const QString& name) {
    const auto it = m_forms.constFind(name);
    if (it != m_forms.constEnd()) {
        return *it;
    }
    if (m_forms.size() > kFormsCache) {
        m_forms.clear();
    }
    return *m_forms.insert(name, searchForms(name));
}

Result<QString> ImportWriter::insertPerson(const Person& p) {
    const QString id = newUuid();
    const QString relation = relationKey(p.relation);
    Statement& s = m_person;
    s.reset();
    s.bind(1, nn(p.nameLatin))
        .bind(2, nn(p.nameUrdu))
        .bind(3, relation.isEmpty() ? QString() : relation)
        .bind(4, nn(p.relativeLatin))
        .bind(5, nn(p.relativeUrdu))
        .bind(6, sexKey(p.sex))
        .bind(7, p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString())
        .bind(8, QVariant(p.birthYear > 0 ? QVariant(p.birthYear) : QVariant()))
        .bind(9, p.nationality.isEmpty() ? u"PK"_s : p.nationality)
        .bind(10, p.cnic.isEmpty() ? QString() : p.cnic)
        .bind(11, p.cnic.isEmpty() ? QString() : (p.nationality == QLatin1String("PK") ? u"CNIC"_s : u"NICOP"_s))
        .bind(12, p.redBook ? 1 : 0)
        .bind(13, p.proclaimedOffender ? 1 : 0)
        .bind(14, p.redNotice ? 1 : 0)
        .bind(15, nn(p.notes))
        .bind(16, m_now)
        .bind(17, m_officeId)
        .bind(18, id);
    if (auto st = s.run(); !st) {
        return std::unexpected(st.error());
    }
    for (const QString& e164 : p.phones) {
        m_phone.reset();
        m_phone.bind(1, newUuid()).bind(2, id).bind(3, e164);
        if (auto st = m_phone.run(); !st) {
            return std::unexpected(st.error());
        }
    }
    for (const PersonPassport& pp : p.passports) {
        m_passport.reset();
        m_passport.bind(1, newUuid()).bind(2, id).bind(3, pp.number).bind(4, pp.issuingState).bind(5, pp.status);
        if (auto st = m_passport.run(); !st) {
            return std::unexpected(st.error());
        }
    }
    for (const PersonAddress& ad : p.addresses) {
        m_address.reset();
        m_address.bind(1, newUuid())
            .bind(2, id)
            .bind(3, ad.country.isEmpty() ? u"PK"_s : ad.country)
            .bind(4, nn(ad.province))
            .bind(5, nn(ad.district))
            .bind(6, nn(ad.tehsil))
            .bind(7, nn(ad.locality))
            .bind(8, nn(ad.line))
            .bind(9, nn(addressKey(ad.locality, ad.tehsil, ad.district)));
        if (auto st = m_address.run(); !st) {
            return std::unexpected(st.error());
        }
    }
    const PersonSearchRow row = personSearchRow(QStringList{p.nameLatin, p.nameUrdu, p.relativeLatin, p.relativeUrdu},
                                                [this](const QString& name) { return forms(name); });
    m_search.reset();
    m_search.bind(1, id).bind(2, nn(row.names)).bind(3, nn(row.keys));
    if (auto st = m_search.run(); !st) {
        return std::unexpected(st.error());
    }
    m_searchScope.reset();
    m_searchScope.bind(1, id);
    if (auto st = m_searchScope.run(); !st) {
        return std::unexpected(st.error());
    }
    return id;
}

Result<QString> ImportWriter::findCase(const FirNumber& fir, const QString& station) {
    const QString key = fir.display() + u'\n' + station.toLower();
    if (const auto it = m_cases.constFind(key); it != m_cases.constEnd()) {
        return *it;
    }
    m_case.reset();
    m_context.scope().bind(m_case);
    m_case.bindNamed(":serial", std::int64_t(fir.serial));
    m_case.bindNamed(":year", std::int64_t(fir.year));
    m_case.bindNamed(":prefix", nn(fir.prefix));
    m_case.bindNamed(":station", nn(station));
    QStringList ids;
    QDate registered;
    if (auto st = m_case.forEachRow([&](Statement& s) {
            ids << s.columnText(0);
            registered = QDate::fromString(s.columnText(1), Qt::ISODate);
        });
        !st) {
        return std::unexpected(st.error());
    }
    if (ids.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("No case with FIR %1 is open to you; register the case first.").arg(fir.display()));
    }
    if (ids.size() > 1) {
        return fail(ErrorCode::Input, Tr::tr("FIR %1 was registered at more than one station; map the station "
                                             "column to tell them apart.")
                                          .arg(fir.display()));
    }
    m_cases.insert(key, ids.front());
    m_caseRegistered.insert(ids.front(), registered);
    return ids.front();
}

Status ImportWriter::insertArrest(const ParsedRow& row, const QString& caseId, const QString& personId,
                                  bool newPerson) {
    if (m_arrestLegalRef.isNull()) {
        return fail(ErrorCode::Integrity, Tr::tr("The event type ARREST is missing from the reference data."));
    }
    // A person this import has just created holds no role anywhere yet.
    Result<bool> hasRole = false;
    if (!newPerson) {
        m_role.reset();
        m_role.bind(1, caseId).bind(2, personId);
        hasRole = m_role.step();
    }
    if (!hasRole) {
        return std::unexpected(hasRole.error());
    }
    Statement& role = *hasRole ? m_roleArrested : m_roleInsert;
    role.reset();
    if (*hasRole) {
        role.bind(1, caseId).bind(2, personId).bind(3, row.arrestStatus);
    } else {
        role.bind(1, newUuid()).bind(2, caseId).bind(3, personId).bind(4, row.role).bind(5, row.arrestStatus);
    }
    if (auto st = role.run(); !st) {
        return st;
    }
    const QString arrestId = newUuid();
    const QString at = isoUtc(row.arrestedAt);
    m_arrest.reset();
    m_arrest.bind(1, arrestId)
        .bind(2, caseId)
        .bind(3, personId)
        .bind(4, at)
        .bind(5, nn(row.place))
        .bind(6, m_officeId)
        .bind(7, arrestCategoryKey(row.category))
        .bind(8, row.producedAt ? isoUtc(*row.producedAt) : QString())
        .bind(9, nn(row.dateReason))
        .bind(10, nn(row.productionDelayReason));
    if (auto st = m_arrest.run(); !st) {
        return st;
    }
    m_event.reset();
    m_event.bind(1, eventIdFor(arrestId, "ARREST"))
        .bind(2, caseId)
        .bind(3, personId)
        .bind(4, at)
        .bind(5, nn(row.place))
        .bind(6, m_arrestLegalRef)
        .bind(7, u"ARREST"_s);
    if (auto st = m_event.run(); !st) {
        return st;
    }
    if (row.producedAt && m_productionLegalRef.isNull()) {
        return fail(ErrorCode::Integrity,
                    Tr::tr("The event type PRODUCED_BEFORE_MAGISTRATE is missing from the reference data."));
    }
    if (row.producedAt) {
        // As ArrestRepository::record: the production is an event of its own, its id derived from the arrest's.
        m_event.reset();
        m_event.bind(1, eventIdFor(arrestId, "PRODUCED_BEFORE_MAGISTRATE"))
            .bind(2, caseId)
            .bind(3, personId)
            .bind(4, isoUtc(*row.producedAt))
            .bind(5, u""_s)
            .bind(6, m_productionLegalRef)
            .bind(7, u"PRODUCED_BEFORE_MAGISTRATE"_s);
        if (auto st = m_event.run(); !st) {
            return st;
        }
    }
    return ok();
}

Result<bool> ImportWriter::insertWatchListEntry(const ParsedRow& row, const QString& personId) {
    m_onList.reset();
    m_onList.bind(1, personId).bind(2, row.list);
    auto listed = m_onList.step();
    if (!listed) {
        return std::unexpected(listed.error());
    }
    if (*listed) {
        return false;
    }
    m_listEntry.reset();
    m_listEntry.bind(1, newUuid())
        .bind(2, personId)
        .bind(3, row.list)
        .bind(4, nn(row.reference))
        .bind(5, row.placedOn.isValid() ? row.placedOn.toString(Qt::ISODate) : QString());
    if (auto st = m_listEntry.run(); !st) {
        return std::unexpected(st.error());
    }
    return true;
}

Status ImportWriter::insertBatch(const QString& batchId, const QString& kind, const QString& fileName,
                                 const QString& sha256, qint64 rows, qint64 imported, qint64 matched, qint64 rejected,
                                 qint64 review, const QString& status) {
    auto s = m_context.db().prepare(
        u"INSERT INTO import_batches (id, kind, file_name, file_sha256, rows, imported, matched, rejected, review, "
        "office_id, user_id, created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!s) {
        return std::unexpected(s.error());
    }
    s->bind(1, batchId)
        .bind(2, kind)
        .bind(3, nn(fileName))
        .bind(4, sha256)
        .bind(5, rows)
        .bind(6, imported)
        .bind(7, matched)
        .bind(8, rejected)
        .bind(9, review)
        .bind(10, m_officeId)
        .bind(11, m_context.session().user().id)
        .bind(12, m_now)
        .bind(13, status);
    return s->run();
}

Status ImportWriter::updateBatch(const QString& batchId, qint64 rows, qint64 imported, qint64 matched, qint64 rejected,
                                 qint64 review, const QString& status) {
    auto s = m_context.db().prepare(u"UPDATE import_batches SET rows = ?, imported = ?, matched = ?, rejected = ?, "
                                    "review = ?, status = ? WHERE id = ?"_s);
    if (!s) {
        return std::unexpected(s.error());
    }
    s->bind(1, rows)
        .bind(2, imported)
        .bind(3, matched)
        .bind(4, rejected)
        .bind(5, review)
        .bind(6, status)
        .bind(7, batchId);
    return s->run();
}

Result<std::optional<ImportBatchCounts>> ImportWriter::stoppedBatch(const QString& kind, const QString& sha256) {
    auto s = m_context.db().prepare(u"SELECT id, rows, imported, matched, rejected, review FROM import_batches "
                                    "WHERE kind = ? AND file_sha256 = ? AND user_id = ? AND status = 'STOPPED' "
                                    "ORDER BY created_at DESC LIMIT 1"_s);
    if (!s) {
        return std::unexpected(s.error());
    }
    s->bind(1, kind).bind(2, sha256).bind(3, m_context.session().user().id);
    auto row = s->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<ImportBatchCounts>();
    }
    return std::optional<ImportBatchCounts>(ImportBatchCounts{s->columnText(0), s->columnInt(1), s->columnInt(2),
                                                              s->columnInt(3), s->columnInt(4), s->columnInt(5)});
}

Status ImportWriter::insertReview(const QString& batchId, qint64 row, const QString& personId,
                                  const QString& candidateId, double score, const QStringList& reasons) {
    auto s = m_context.db().prepare(u"INSERT INTO import_review (id, batch_id, source_row, person_id, candidate_id, "
                                    "score, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!s) {
        return std::unexpected(s.error());
    }
    s->bind(1, newUuid())
        .bind(2, batchId)
        .bind(3, row)
        .bind(4, personId)
        .bind(5, candidateId)
        .bind(6, score)
        .bind(7, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact)));
    return s->run();
}

} // namespace caselink
