#include "repo/personinsight.h"

#include <QCoreApplication>
#include <QSet>

#include "crypto/crypto.h"
#include "repo/aggregatesupport.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::PersonInsight)
};

constexpr qsizetype kMaxPhotoBytes = 5 * 1024 * 1024;

QString caseLabelFrom(const Statement& s, int prefixColumn) {
    if (s.columnIsNull(prefixColumn + 1)) {
        return s.columnText(prefixColumn + 3);
    }
    return FirNumber{s.columnText(prefixColumn), int(s.columnInt(prefixColumn + 1)), int(s.columnInt(prefixColumn + 2))}
        .display();
}

// The identifier columns another person can share with this one, as (kind, SQL yielding person_id and value).
struct Shared {
    CorrelationKind kind;
    const char* sql; // ?1 is this person's id; yields (other person id, shared value)
};

const Shared kShared[] = {
    {CorrelationKind::Phone,
     "SELECT b.person_id AS other_id, a.e164 AS value FROM person_phones a JOIN person_phones b ON b.e164 = a.e164 "
     "WHERE a.person_id = :id AND b.person_id <> :id"},
    {CorrelationKind::Cnic, "SELECT b.id AS other_id, a.cnic AS value FROM persons a JOIN persons b ON b.cnic = a.cnic "
                            "WHERE a.id = :id AND a.cnic IS NOT NULL AND b.id <> :id"},
    {CorrelationKind::Passport,
     "SELECT b.person_id AS other_id, a.number AS value FROM person_passports a JOIN person_passports b "
     "ON b.number = a.number WHERE a.person_id = :id AND b.person_id <> :id"},
    {CorrelationKind::Address,
     "SELECT b.person_id AS other_id, a.address_key AS value FROM person_addresses a JOIN person_addresses b "
     "ON b.address_key = a.address_key WHERE a.person_id = :id AND a.address_key <> '' "
     "AND b.person_id <> :id"},
};

} // namespace

Status PersonInsight::requireVisible(const QString& personId) {
    const Scope& scope = m_context.scope();
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT 1 FROM persons p WHERE p.id = :id AND %1")
                                             .arg(scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", personId);
    return readOne(
        *stmt, [](Statement&) {}, Tr::tr("No such person, or not in your scope."));
}

Result<std::vector<PersonCaseRole>> PersonInsight::rolesAcrossCases(const QString& personId) {
    if (auto st = requireVisible(personId); !st) {
        return std::unexpected(st.error());
    }
    const Scope& scope = m_context.scope();
    auto stmt = prepareScoped(
        m_context,
        QStringLiteral("SELECT c.id, c.fir_prefix, c.fir_serial, c.fir_year, c.enquiry_number, c.title, c.status, "
                       "cp.role, cp.arrest_status FROM case_persons cp JOIN cases c ON c.id = cp.case_id "
                       "JOIN persons p ON p.id = cp.person_id WHERE cp.person_id = :id AND %1 AND NOT %2 "
                       "ORDER BY coalesce(c.fir_date, c.enquiry_date, c.created_at) DESC, c.id")
            .arg(scope.caseVisible(QStringLiteral("c")), scope.personProtected(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", personId);
    std::vector<PersonCaseRole> out;
    if (auto st =
            forEachRow(*stmt,
                       [&](Statement& s) {
                           PersonCaseRole r;
                           r.caseId = s.columnText(0);
                           r.caseLabel = caseLabelFrom(s, 1);
                           r.caseTitle = s.columnText(5);
                           r.caseStatus = caseStatusFromKey(s.columnText(6)).value_or(CaseStatus::EnquiryRegistered);
                           r.role = personRoleFromKey(s.columnText(7)).value_or(PersonRole::Agent);
                           r.arrestStatus = arrestStatusFromKey(s.columnText(8)).value_or(ArrestStatus::NotApplicable);
                           out.push_back(std::move(r));
                       });
        !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<WatchlistEntry>> PersonInsight::watchlists(const QString& personId) {
    if (auto st = requireVisible(personId); !st) {
        return std::unexpected(st.error());
    }
    // Offloadings at an airport (imported offload lists: INTERCEPTED_AT_AIRPORT events without a case) are shown
    // with the lists as OFFLOADED, dated in Pakistan time, their details (airport, flight, ...) as the reference.
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT list, reference, placed_on, removed_on, id FROM watchlist_entries WHERE person_id = ?1 "
                       "UNION ALL SELECT 'OFFLOADED', replace(description, char(10), '; '), "
                       "date(occurred_at, '+5 hours'), NULL, id FROM events WHERE person_id = ?1 AND case_id IS NULL "
                       "AND event_type = 'INTERCEPTED_AT_AIRPORT' ORDER BY 3, 5"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, personId);
    std::vector<WatchlistEntry> out;
    if (auto st = forEachRow(*stmt,
                             [&](Statement& s) {
                                 out.push_back({s.columnText(0), s.columnText(1), fromIsoDate(s.columnText(2)),
                                                fromIsoDate(s.columnText(3))});
                             });
        !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<Correlation>> PersonInsight::correlations(const QString& personId, int limit) {
    if (auto st = requireVisible(personId); !st) {
        return std::unexpected(st.error());
    }
    const Scope& scope = m_context.scope();
    std::vector<Correlation> out;
    for (const Shared& shared : kShared) {
        // Every case of the other person the user may see, or one row without a case when none is visible.
        auto stmt = prepareScoped(
            m_context,
            QStringLiteral("SELECT o.id, o.name_latin, o.name_urdu, s.value, c.id, c.fir_prefix, c.fir_serial, "
                           "c.fir_year, c.enquiry_number FROM (%1) AS s "
                           "JOIN persons o ON o.id = s.other_id "
                           "LEFT JOIN case_persons cp ON cp.person_id = o.id "
                           "LEFT JOIN cases c ON c.id = cp.case_id AND %2 "
                           "WHERE o.merged_into IS NULL AND %3 AND NOT %4 "
                           "GROUP BY o.id, s.value, c.id ORDER BY o.name_latin, o.id, c.id LIMIT :limit")
                .arg(QLatin1String(shared.sql), scope.caseVisible(QStringLiteral("c")),
                     scope.personVisible(QStringLiteral("o")), scope.personProtected(QStringLiteral("o"))));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bindNamed(":id", personId);
        stmt->bindNamed(":limit", std::int64_t(limit));
        QSet<QString> withCase;
        std::vector<Correlation> rows;
        if (auto st = forEachRow(*stmt,
                                 [&](Statement& s) {
                                     Correlation c;
                                     c.kind = shared.kind;
                                     c.personId = s.columnText(0);
                                     c.personName = s.columnText(1).isEmpty() ? s.columnText(2) : s.columnText(1);
                                     c.value = s.columnText(3);
                                     if (!s.columnIsNull(4)) {
                                         c.caseId = s.columnText(4);
                                         c.caseLabel = caseLabelFrom(s, 5);
                                         withCase.insert(c.personId + u'|' + c.value);
                                     }
                                     rows.push_back(std::move(c));
                                 });
            !st) {
            return std::unexpected(st.error());
        }
        // A person with visible cases needs no extra row for their invisible ones.
        for (Correlation& c : rows) {
            if (c.caseId.isEmpty() && withCase.contains(c.personId + u'|' + c.value)) {
                continue;
            }
            out.push_back(std::move(c));
        }
    }
    return out;
}

Result<PersonPhoto> PersonInsight::photo(const QString& personId) {
    if (auto st = requireVisible(personId); !st) {
        return std::unexpected(st.error());
    }
    const Scope& scope = m_context.scope();
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT ph.mime, ph.data FROM person_photos ph JOIN persons p "
                                                        "ON p.id = ph.person_id WHERE ph.person_id = :id AND NOT %1 "
                                                        "ORDER BY ph.rowid DESC LIMIT 1")
                                             .arg(scope.personProtected(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", personId);
    PersonPhoto photo;
    if (auto st = forEachRow(*stmt,
                             [&](Statement& s) {
                                 photo.mime = s.columnText(0);
                                 photo.data = s.columnBlob(1);
                             });
        !st) {
        return std::unexpected(st.error());
    }
    return photo;
}

Status PersonInsight::setPhoto(const QString& personId, const PersonPhoto& photo) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    if (auto st = requireVisible(personId); !st) {
        return st;
    }
    if (!photo.data.isEmpty() && photo.mime != u"image/jpeg" && photo.mime != u"image/png") {
        return fail(ErrorCode::Input, Tr::tr("The photo must be a JPEG or PNG image."));
    }
    if (photo.data.size() > kMaxPhotoBytes) {
        return fail(ErrorCode::Input, Tr::tr("The photo is larger than 5 MB."));
    }
    const QString hash = photo.data.isEmpty() ? QString() : QString::fromLatin1(crypto::sha256(photo.data).toHex());
    const AuditRecord record{QStringLiteral("person.photo"), QStringLiteral("person"), personId,
                             QJsonObject{{QLatin1String("sha256"), hash}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM person_photos WHERE person_id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, personId);
        if (auto st = del->run(); !st || photo.data.isEmpty()) {
            return st;
        }
        auto insert = m_context.db().prepare(
            QStringLiteral("INSERT INTO person_photos (id, person_id, mime, sha256, data) VALUES (?, ?, ?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, newUuid()).bind(2, personId).bind(3, photo.mime).bind(4, hash).bindBlob(5, photo.data);
        return insert->run();
    });
}

} // namespace caselink
