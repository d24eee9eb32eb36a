#include "matching/duplicatefinder.h"

#include <algorithm>
#include <set>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "security/session.h"
#include "storage/database.h"
#include "text/namematcher.h"
#include "text/namesearchforms.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::DuplicateFinder)
};

Result<QStringList> column(Statement& stmt) {
    QStringList out;
    if (auto st = stmt.forEachRow([&](Statement& row) { out << row.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

QString ftsQuote(const QString& term) {
    return QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

struct DuplicateFinder::Facts {
    QString id;
    QString name;
    QString relative;
    QString cnic;
    QString birthDate;
    QStringList passports;
    QStringList phones;
    QStringList addressKeys;
    QStringList nameKeys;
};

Result<DuplicateFinder::Facts> DuplicateFinder::facts(const QString& personId) {
    const Scope& scope = m_context.scope();
    Database& db = m_context.db();
    // Protected persons never take part for users without the victim grant: a candidate list would reveal them.
    auto stmt =
        db.prepare(QStringLiteral("SELECT p.id, p.name_latin, p.name_urdu, p.relative_latin, p.relative_urdu, "
                                  "coalesce(p.cnic, ''), coalesce(p.birth_date, '') FROM persons p "
                                  "WHERE p.id = :id AND p.merged_into IS NULL AND %1 AND NOT %2")
                       .arg(scope.personVisible(QStringLiteral("p")), scope.personProtected(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", personId);
    scope.bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("No such person, or not in your scope."));
    }
    Facts f;
    f.id = stmt->columnText(0);
    f.name = stmt->columnText(1).isEmpty() ? stmt->columnText(2) : stmt->columnText(1);
    f.relative = stmt->columnText(3).isEmpty() ? stmt->columnText(4) : stmt->columnText(3);
    f.cnic = stmt->columnText(5);
    f.birthDate = stmt->columnText(6);
    f.nameKeys = searchForms(f.name).keys;
    for (auto [sql, target] :
         {std::pair{"SELECT number FROM person_passports WHERE person_id = ?", &f.passports},
          std::pair{"SELECT e164 FROM person_phones WHERE person_id = ?", &f.phones},
          std::pair{"SELECT address_key FROM person_addresses WHERE person_id = ? AND address_key <> ''",
                    &f.addressKeys}}) {
        auto list = db.prepare(QString::fromLatin1(sql));
        if (!list) {
            return std::unexpected(list.error());
        }
        list->bind(1, personId);
        auto values = column(*list);
        if (!values) {
            return std::unexpected(values.error());
        }
        *target = *values;
    }
    return f;
}

DuplicateCandidate DuplicateFinder::score(const Facts& a, const Facts& b) const {
    DuplicateCandidate c{a.id, b.id, 0, {}};
    const NameMatch names = NameMatcher::matchScore(a.name, a.relative, b.name, b.relative);
    double identifier = 0;
    if (!a.cnic.isEmpty() && a.cnic == b.cnic) {
        identifier = 0.97;
        c.reasons << Tr::tr("same CNIC");
    } else if (!a.cnic.isEmpty() && !b.cnic.isEmpty()) {
        c.reasons << Tr::tr("different CNICs");
    }
    auto shared = [](const QStringList& x, const QStringList& y) {
        return std::any_of(x.begin(), x.end(), [&](const QString& v) { return y.contains(v); });
    };
    if (shared(a.passports, b.passports)) {
        identifier = std::max(identifier, 0.95);
        c.reasons << Tr::tr("same passport number");
    }
    double bonus = 0;
    if (shared(a.phones, b.phones)) {
        bonus += 0.15;
        c.reasons << Tr::tr("share a phone number");
    }
    if (shared(a.addressKeys, b.addressKeys)) {
        bonus += 0.05;
        c.reasons << Tr::tr("same village or mohalla");
    }
    if (!a.birthDate.isEmpty() && a.birthDate == b.birthDate) {
        bonus += 0.05;
        c.reasons << Tr::tr("same date of birth");
    }
    c.reasons << names.reasons;
    // A matching identifier decides unless the names clearly disagree; different CNICs pull the score down hard,
    // since two valid CNICs mean two NADRA identities (duplicates exist, but rarely).
    double s = identifier > 0 ? identifier * (0.7 + 0.3 * names.score) : names.score + bonus;
    if (identifier == 0 && !a.cnic.isEmpty() && !b.cnic.isEmpty() && a.cnic != b.cnic) {
        s *= 0.5;
    }
    c.score = std::clamp(s, 0.0, 1.0);
    return c;
}

Result<QStringList> DuplicateFinder::blockingPartners(const Facts& person) {
    const Scope& scope = m_context.scope();
    QStringList where;
    if (!person.cnic.isEmpty()) {
        where << QStringLiteral("p.cnic = :cnic");
    }
    where << QStringLiteral("p.id IN (SELECT person_id FROM person_passports WHERE number IN (SELECT value FROM "
                            "json_each(:passports)))")
          << QStringLiteral("p.id IN (SELECT person_id FROM person_phones WHERE e164 IN (SELECT value FROM "
                            "json_each(:phones)))");
    if (!person.nameKeys.isEmpty()) {
        // Everyone whose names carry all the phonetic keys of this name: spelling variants in either script.
        where << QStringLiteral("p.id IN (SELECT person_id FROM person_search WHERE person_search MATCH :keys "
                                "LIMIT 500)");
    }
    auto stmt =
        m_context.db().prepare(QStringLiteral("SELECT p.id FROM persons p WHERE p.id <> :id AND "
                                              "p.merged_into IS NULL AND (%1) AND %2 AND NOT %3 LIMIT 500")
                                   .arg(where.join(QLatin1String(" OR ")), scope.personVisible(QStringLiteral("p")),
                                        scope.personProtected(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto json = [](const QStringList& list) -> QString {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    QStringList quotedKeys;
    for (const QString& k : person.nameKeys) {
        quotedKeys << ftsQuote(k);
    }
    stmt->bindNamed(":id", person.id)
        .bindNamed(":cnic", person.cnic)
        .bindNamed(":passports", json(person.passports))
        .bindNamed(":phones", json(person.phones))
        .bindNamed(":keys", QStringLiteral("keys : (%1)").arg(quotedKeys.join(QLatin1String(" AND "))));
    scope.bind(*stmt);
    return column(*stmt);
}

Result<std::vector<DuplicateCandidate>> DuplicateFinder::candidatesFor(const QString& personId, double minimumScore) {
    auto person = facts(personId);
    if (!person) {
        return std::unexpected(person.error());
    }
    auto partners = blockingPartners(*person);
    if (!partners) {
        return std::unexpected(partners.error());
    }
    std::vector<DuplicateCandidate> out;
    for (const QString& id : *partners) {
        auto other = facts(id);
        if (!other) {
            continue; // left scope or merged meanwhile
        }
        DuplicateCandidate c = score(*person, *other);
        if (c.score >= minimumScore) {
            out.push_back(std::move(c));
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    return out;
}

Result<std::vector<DuplicateCandidate>> DuplicateFinder::scan(int limit, double minimumScore) {
    const Scope& scope = m_context.scope();
    // Seeds: persons that share an identifier or a full set of name keys with someone else.
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT p.id FROM persons p WHERE p.merged_into IS NULL AND %1 AND NOT %2 AND ("
                       " p.cnic IN (SELECT cnic FROM persons WHERE cnic IS NOT NULL AND merged_into IS NULL "
                       "   GROUP BY cnic HAVING count(*) > 1)"
                       " OR p.id IN (SELECT person_id FROM person_phones WHERE e164 IN "
                       "   (SELECT e164 FROM person_phones GROUP BY e164 HAVING count(*) > 1))"
                       " OR p.id IN (SELECT person_id FROM person_passports WHERE number IN "
                       "   (SELECT number FROM person_passports GROUP BY number HAVING count(*) > 1))"
                       " OR p.id IN (SELECT person_id FROM person_search WHERE keys IN "
                       "   (SELECT keys FROM person_search WHERE keys <> '' GROUP BY keys HAVING count(*) > 1))"
                       ") ORDER BY p.id LIMIT :limit")
            .arg(scope.personVisible(QStringLiteral("p")), scope.personProtected(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":limit", static_cast<std::int64_t>(limit) * 4);
    scope.bind(*stmt);
    auto seeds = column(*stmt);
    if (!seeds) {
        return std::unexpected(seeds.error());
    }
    std::vector<DuplicateCandidate> out;
    std::set<std::pair<QString, QString>> seen;
    for (const QString& id : *seeds) {
        auto found = candidatesFor(id, minimumScore);
        if (!found) {
            return std::unexpected(found.error());
        }
        for (DuplicateCandidate& c : *found) {
            auto key = std::minmax(c.personA, c.personB);
            if (seen.insert({key.first, key.second}).second) {
                out.push_back(std::move(c));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    if (static_cast<int>(out.size()) > limit) {
        out.resize(static_cast<std::size_t>(limit));
    }
    return out;
}

} // namespace caselink
