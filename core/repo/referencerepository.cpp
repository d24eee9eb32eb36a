#include "repo/referencerepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "security/users.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ReferenceRepository)
};

constexpr qsizetype kMaxCode = 40;
constexpr qsizetype kMaxTitle = 300;
constexpr qsizetype kMaxPenalty = 1000;

QVariant optionalBool(const std::optional<bool>& value) {
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

std::optional<bool> readOptionalBool(Statement& s, int column) {
    return s.columnIsNull(column) ? std::nullopt : std::optional<bool>(s.columnInt(column) != 0);
}

// Codes are matched exactly and shown in FIRs: plain ASCII, no spaces.
Status checkCode(const QString& code, const QRegularExpression& pattern, const QString& label) {
    if (code.size() > kMaxCode || !pattern.match(code).hasMatch()) {
        return fail(ErrorCode::Input, Tr::tr("\"%1\" is not a valid %2.").arg(visibleInput(code), label));
    }
    return ok();
}

Status cleanFields(std::initializer_list<std::pair<QString*, qsizetype>> fields) {
    std::vector<Issue> issues;
    for (const auto& [field, max] : fields) {
        cleanText(*field, max, issues);
    }
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    return ok();
}

QJsonArray changedNames(std::initializer_list<std::pair<const char*, bool>> fields) {
    QJsonArray out;
    for (const auto& [name, differs] : fields) {
        if (differs) {
            out.append(QLatin1String(name));
        }
    }
    return out;
}

} // namespace

Status ReferenceRepository::requireAdministrator() const {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    if (m_context.scope().role() != Role::Administrator) {
        return fail(ErrorCode::Permission, Tr::tr("Only administrators can change reference data."));
    }
    return ok();
}

Result<std::vector<Offence>> ReferenceRepository::offences(bool includeInactive) {
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT id, code, act, section, title_en, title_ur, penalty, "
                                                      "cognizable, bailable, uncertain, active FROM ref_offences "
                                                      "WHERE active = 1 OR ?1 ORDER BY code"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, includeInactive ? 1 : 0);
    std::vector<Offence> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back(Offence{s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4),
                              s.columnText(5), s.columnText(6), readOptionalBool(s, 7), readOptionalBool(s, 8),
                              s.columnInt(9) != 0, s.columnInt(10) != 0});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<EventType>> ReferenceRepository::eventTypes() {
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT code, phase, legal_ref, title_en, title_ur FROM ref_event_types ORDER BY code"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<EventType> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back(EventType{s.columnText(0), eventPhaseFromKey(s.columnText(1)).value_or(EventPhase::PreTrial),
                                s.columnText(2), s.columnText(3), s.columnText(4)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<Country>> ReferenceRepository::countries() {
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT iso2, name_en, name_ur FROM ref_countries ORDER BY "
                                                      "name_en"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Country> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back(Country{s.columnText(0), s.columnText(1), s.columnText(2)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Offence> ReferenceRepository::offence(const QString& id) {
    auto all = offences(true);
    if (!all) {
        return std::unexpected(all.error());
    }
    for (const Offence& o : *all) {
        if (o.id == id) {
            return o;
        }
    }
    return fail(ErrorCode::NotFound, Tr::tr("No such offence section."));
}

Status ReferenceRepository::checkOffence(Offence& o) {
    static const QRegularExpression code(QStringLiteral("^[A-Z][A-Za-z0-9().\\-/]*$"));
    o.code = o.code.trimmed();
    if (auto st = checkCode(o.code, code, Tr::tr("offence code (e.g. PSMA-6, EO-17(2))")); !st) {
        return st;
    }
    if (auto st = cleanFields({{&o.act, kMaxTitle},
                               {&o.section, kMaxCode},
                               {&o.titleEn, kMaxTitle},
                               {&o.titleUr, kMaxTitle},
                               {&o.penalty, kMaxPenalty}});
        !st) {
        return st;
    }
    if (o.act.isEmpty() || o.section.isEmpty() || o.titleEn.isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("An offence needs its act, section and English title."));
    }
    auto dup = m_context.db().prepare(QStringLiteral("SELECT 1 FROM ref_offences WHERE code = ? AND id <> ?"));
    if (!dup) {
        return std::unexpected(dup.error());
    }
    dup->bind(1, o.code).bind(2, nn(o.id));
    auto st = readOne(
        *dup, [](Statement&) {}, QString());
    if (st) {
        return fail(ErrorCode::Conflict, Tr::tr("The offence code %1 exists already.").arg(o.code));
    }
    return st.error().code == ErrorCode::NotFound ? ok() : st;
}

Status ReferenceRepository::writeOffence(const Offence& o, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO ref_offences (code, act, section, title_en, title_ur, "
                                                "penalty, cognizable, bailable, uncertain, active, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                               : QStringLiteral("UPDATE ref_offences SET code = ?1, act = ?2, section = ?3, "
                                                "title_en = ?4, title_ur = ?5, penalty = ?6, cognizable = ?7, "
                                                "bailable = ?8, uncertain = ?9, active = ?10 WHERE id = ?11");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, o.code)
        .bind(2, o.act)
        .bind(3, o.section)
        .bind(4, o.titleEn)
        .bind(5, nn(o.titleUr))
        .bind(6, nn(o.penalty))
        .bind(7, optionalBool(o.cognizable))
        .bind(8, optionalBool(o.bailable))
        .bind(9, o.uncertain ? 1 : 0)
        .bind(10, o.active ? 1 : 0)
        .bind(11, o.id);
    return stmt->run();
}

Result<QString> ReferenceRepository::addOffence(const Offence& draft) {
    if (auto st = requireAdministrator(); !st) {
        return std::unexpected(st.error());
    }
    Offence o = draft;
    o.id = newUuid();
    if (auto st = checkOffence(o); !st) {
        return std::unexpected(st.error());
    }
    const AuditRecord record{QStringLiteral("reference.offence.create"), QStringLiteral("ref_offence"), o.id,
                             QJsonObject{{QLatin1String("code"), o.code}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeOffence(o, true); }); !st) {
        return std::unexpected(st.error());
    }
    return o.id;
}

Status ReferenceRepository::updateOffence(const Offence& edited) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    auto before = offence(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    Offence o = edited;
    if (auto st = checkOffence(o); !st) {
        return st;
    }
    const QJsonArray changed = changedNames({{"code", before->code != o.code},
                                             {"act", before->act != o.act},
                                             {"section", before->section != o.section},
                                             {"title", before->titleEn != o.titleEn || before->titleUr != o.titleUr},
                                             {"penalty", before->penalty != o.penalty},
                                             {"cognizable", before->cognizable != o.cognizable},
                                             {"bailable", before->bailable != o.bailable},
                                             {"uncertain", before->uncertain != o.uncertain},
                                             {"active", before->active != o.active}});
    const AuditRecord record{QStringLiteral("reference.offence.update"), QStringLiteral("ref_offence"), o.id,
                             QJsonObject{{QLatin1String("code"), o.code}, {QLatin1String("changed"), changed}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeOffence(o, false); });
}

Status ReferenceRepository::deactivateOffence(const QString& id) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    auto o = offence(id);
    if (!o) {
        return std::unexpected(o.error());
    }
    o->active = false;
    const AuditRecord record{QStringLiteral("reference.offence.deactivate"), QStringLiteral("ref_offence"), id,
                             QJsonObject{{QLatin1String("code"), o->code}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeOffence(*o, false); });
}

Status ReferenceRepository::writeEventType(EventType t, bool insert) {
    static const QRegularExpression code(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (auto st = checkCode(t.code, code, Tr::tr("event type code (e.g. FIR_REGISTERED)")); !st) {
        return st;
    }
    if (auto st = cleanFields({{&t.legalRef, kMaxTitle}, {&t.titleEn, kMaxTitle}, {&t.titleUr, kMaxTitle}}); !st) {
        return st;
    }
    if (t.titleEn.isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("An event type needs its English title."));
    }
    auto before = eventTypes();
    if (!before) {
        return std::unexpected(before.error());
    }
    auto old = std::find_if(before->begin(), before->end(), [&](const EventType& e) { return e.code == t.code; });
    if (insert && old != before->end()) {
        return fail(ErrorCode::Conflict, Tr::tr("The event type %1 exists already.").arg(t.code));
    }
    if (!insert && old == before->end()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such event type."));
    }
    QJsonObject fields{{QLatin1String("code"), t.code}};
    if (!insert) {
        fields.insert(QLatin1String("changed"),
                      changedNames({{"phase", old->phase != t.phase},
                                    {"legal_ref", old->legalRef != t.legalRef},
                                    {"title", old->titleEn != t.titleEn || old->titleUr != t.titleUr}}));
    }
    const AuditRecord record{insert ? QStringLiteral("reference.event_type.create")
                                    : QStringLiteral("reference.event_type.update"),
                             QStringLiteral("ref_event_type"), t.code, fields};
    return m_context.write(record, insert ? ChangeNotifier::Kind::Created : ChangeNotifier::Kind::Updated,
                           [&]() -> Status {
                               auto stmt = m_context.db().prepare(
                                   insert ? QStringLiteral("INSERT INTO ref_event_types (phase, legal_ref, title_en, "
                                                           "title_ur, code) VALUES (?1, ?2, ?3, ?4, ?5)")
                                          : QStringLiteral("UPDATE ref_event_types SET phase = ?1, legal_ref = ?2, "
                                                           "title_en = ?3, title_ur = ?4 WHERE code = ?5"));
                               if (!stmt) {
                                   return std::unexpected(stmt.error());
                               }
                               stmt->bind(1, eventPhaseKey(t.phase))
                                   .bind(2, nn(t.legalRef))
                                   .bind(3, t.titleEn)
                                   .bind(4, nn(t.titleUr))
                                   .bind(5, t.code);
                               return stmt->run();
                           });
}

Status ReferenceRepository::addEventType(const EventType& type) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    return writeEventType(type, true);
}

Status ReferenceRepository::updateEventType(const EventType& type) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    return writeEventType(type, false);
}

Status ReferenceRepository::writeCountry(Country c, bool insert) {
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    c.iso2 = c.iso2.trimmed().toUpper();
    if (auto st = checkCode(c.iso2, code, Tr::tr("two-letter country code (ISO 3166)")); !st) {
        return st;
    }
    if (auto st = cleanFields({{&c.nameEn, kMaxTitle}, {&c.nameUr, kMaxTitle}}); !st) {
        return st;
    }
    if (c.nameEn.isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("A country needs its English name."));
    }
    auto before = countries();
    if (!before) {
        return std::unexpected(before.error());
    }
    auto old = std::find_if(before->begin(), before->end(), [&](const Country& e) { return e.iso2 == c.iso2; });
    if (insert && old != before->end()) {
        return fail(ErrorCode::Conflict, Tr::tr("The country %1 exists already.").arg(c.iso2));
    }
    if (!insert && old == before->end()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such country."));
    }
    QJsonObject fields{{QLatin1String("code"), c.iso2}};
    if (!insert) {
        fields.insert(QLatin1String("changed"),
                      changedNames({{"name_en", old->nameEn != c.nameEn}, {"name_ur", old->nameUr != c.nameUr}}));
    }
    const AuditRecord record{insert ? QStringLiteral("reference.country.create")
                                    : QStringLiteral("reference.country.update"),
                             QStringLiteral("ref_country"), c.iso2, fields};
    return m_context.write(
        record, insert ? ChangeNotifier::Kind::Created : ChangeNotifier::Kind::Updated, [&]() -> Status {
            auto stmt =
                m_context.db().prepare(insert ? QStringLiteral("INSERT INTO ref_countries (name_en, name_ur, iso2) "
                                                               "VALUES (?1, ?2, ?3)")
                                              : QStringLiteral("UPDATE ref_countries SET name_en = ?1, name_ur = ?2 "
                                                               "WHERE iso2 = ?3"));
            if (!stmt) {
                return std::unexpected(stmt.error());
            }
            stmt->bind(1, c.nameEn).bind(2, nn(c.nameUr)).bind(3, c.iso2);
            return stmt->run();
        });
}

Status ReferenceRepository::addCountry(const Country& country) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    return writeCountry(country, true);
}

Status ReferenceRepository::updateCountry(const Country& country) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    return writeCountry(country, false);
}

} // namespace caselink
