#include "repo/personrepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "domain/cnic.h"
#include "domain/passportnumber.h"
#include "domain/phonenumber.h"
#include "domain/textinput.h"
#include "repo/aggregatesupport.h"
#include "repo/personsearchsql.h"
#include "repo/recordtext.h"
#include "security/session.h"
#include "storage/database.h"
#include "text/namenormalizer.h"
#include "text/namesearchforms.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::PersonRepository)
};

constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxNotes = 20000;

const QString kPersonColumns = QStringLiteral(
    "p.id, p.name_latin, p.name_urdu, p.relation, p.relative_latin, p.relative_urdu, p.sex, p.birth_date, "
    "p.birth_year, p.nationality, p.cnic, p.red_book, p.proclaimed_offender, p.red_notice, p.notes, p.office_id, "
    "p.merged_into, p.created_at, p.updated_at");

// The full-text index drives the name search: the match carries the scope's term (Scope::personSearchFilter), so
// FTS5 returns only persons in scope before ORDER BY rank and LIMIT pick the page, and matches outside the scope
// never crowd out those inside it. The SQL scope and protection tests then run on those rows alone.
const QString kNameMatchFrom =
    QStringLiteral("FROM person_search s JOIN persons p ON p.id = s.person_id WHERE s.person_search MATCH :match");

// The identifiers a query may be, looked up exactly before the names: digits (7 to 15) a CNIC or phone number,
// letters then digits a passport number.
std::vector<IdentifierKind> identifierKinds(const QString& query) {
    const QString digits = foldDigits(query).remove(QRegularExpression(QStringLiteral("[\\s\\-+.()]")));
    static const QRegularExpression allDigits(QStringLiteral("^\\d{7,15}$"));
    static const QRegularExpression passportLike(QStringLiteral("^[A-Za-z]{1,3}\\d{5,8}$"));
    if (allDigits.match(digits).hasMatch()) {
        return {IdentifierKind::Cnic, IdentifierKind::Phone};
    }
    if (passportLike.match(digits).hasMatch()) {
        return {IdentifierKind::Passport};
    }
    return {};
}

} // namespace

Result<std::vector<Issue>> PersonRepository::normalise(Person& person) const {
    std::vector<Issue> issues;
    for (QString* field : {&person.nameLatin, &person.nameUrdu, &person.relativeLatin, &person.relativeUrdu}) {
        cleanText(*field, kMaxName, issues);
    }
    for (QString& alias : person.aliases) {
        cleanText(alias, kMaxName, issues);
    }
    person.aliases.removeAll(QString());
    cleanText(person.notes, kMaxNotes, issues, LineMode::MultiLine);
    if (person.nameLatin.isEmpty() && person.nameUrdu.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("person.name_missing"),
                          Tr::tr("Give the person's name in Latin or Urdu script.")});
    }
    if (!person.cnic.trimmed().isEmpty()) {
        auto cnic = validateCnic(person.cnic);
        issues.insert(issues.end(), cnic.issues.begin(), cnic.issues.end());
        if (cnic.value) {
            person.cnic = cnic.value->digits;
            if (auto sexIssue = checkCnicSex(*cnic.value, person.sex)) {
                issues.push_back(*sexIssue);
            }
        }
    } else {
        person.cnic.clear();
    }
    QStringList phones;
    for (const QString& raw : person.phones) {
        if (raw.trimmed().isEmpty()) {
            continue;
        }
        auto phone = validatePhoneNumber(raw);
        issues.insert(issues.end(), phone.issues.begin(), phone.issues.end());
        if (phone.value && !phones.contains(phone.value->e164)) {
            phones << phone.value->e164;
        }
    }
    person.phones = phones;
    for (PersonPassport& passport : person.passports) {
        auto number = validatePassportNumber(passport.number);
        issues.insert(issues.end(), number.issues.begin(), number.issues.end());
        if (number.value) {
            passport.number = number.value->number;
        }
    }
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    return issues;
}

Status PersonRepository::writeRow(const Person& p, bool insert) {
    const QString sql =
        insert ? QStringLiteral(
                     "INSERT INTO persons (name_latin, name_urdu, relation, relative_latin, relative_urdu, sex, "
                     "birth_date, birth_year, nationality, cnic, cnic_kind, red_book, proclaimed_offender, "
                     "red_notice, notes, updated_at, office_id, created_at, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16, ?18)")
               : QStringLiteral(
                     "UPDATE persons SET name_latin = ?1, name_urdu = ?2, relation = ?3, relative_latin = ?4, "
                     "relative_urdu = ?5, sex = ?6, birth_date = ?7, birth_year = ?8, nationality = ?9, "
                     "cnic = ?10, cnic_kind = ?11, red_book = ?12, proclaimed_offender = ?13, red_notice = ?14, "
                     "notes = ?15, updated_at = ?16 WHERE id = ?18");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const QString relation = relationKey(p.relation);
    stmt->bind(1, nn(p.nameLatin))
        .bind(2, nn(p.nameUrdu))
        .bind(3, relation.isEmpty() ? QString() : relation)
        .bind(4, nn(p.relativeLatin))
        .bind(5, nn(p.relativeUrdu))
        .bind(6, sexKey(p.sex))
        .bind(7, p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString())
        .bind(8, QVariant(p.birthYear > 0 ? QVariant(p.birthYear) : QVariant()))
        .bind(9, p.nationality.isEmpty() ? QStringLiteral("PK") : p.nationality)
        .bind(10, p.cnic.isEmpty() ? QString() : p.cnic)
        .bind(11, p.cnic.isEmpty()
                      ? QString()
                      : (p.nationality == QLatin1String("PK") ? QStringLiteral("CNIC") : QStringLiteral("NICOP")))
        .bind(12, p.redBook ? 1 : 0)
        .bind(13, p.proclaimedOffender ? 1 : 0)
        .bind(14, p.redNotice ? 1 : 0)
        .bind(15, nn(p.notes))
        .bind(16, m_context.now())
        .bind(17, p.officeId)
        .bind(18, p.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (!insert && m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The person no longer exists."));
    }
    return writeChildren(p);
}

Status PersonRepository::writeChildren(const Person& p) {
    Database& db = m_context.db();
    for (const char* table : {"person_aliases", "person_phones", "person_passports", "person_addresses"}) {
        auto del = db.prepare(QStringLiteral("DELETE FROM %1 WHERE person_id = ?").arg(QLatin1String(table)));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, p.id);
        if (auto st = del->run(); !st) {
            return st;
        }
    }
    auto alias = db.prepare(QStringLiteral("INSERT INTO person_aliases (id, person_id, alias) VALUES (?, ?, ?)"));
    auto phone = db.prepare(QStringLiteral("INSERT INTO person_phones (id, person_id, e164) VALUES (?, ?, ?)"));
    auto passport = db.prepare(QStringLiteral(
        "INSERT INTO person_passports (id, person_id, number, issuing_state, status) VALUES (?, ?, ?, ?, ?)"));
    auto address = db.prepare(QStringLiteral("INSERT INTO person_addresses (id, person_id, country, province, "
                                             "district, tehsil, locality, line, address_key) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!alias || !phone || !passport || !address) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot prepare the person's details."));
    }
    for (const QString& a : p.aliases) {
        alias->reset();
        alias->bind(1, newUuid()).bind(2, p.id).bind(3, a);
        if (auto st = alias->run(); !st) {
            return st;
        }
    }
    for (const QString& e164 : p.phones) {
        phone->reset();
        phone->bind(1, newUuid()).bind(2, p.id).bind(3, e164);
        if (auto st = phone->run(); !st) {
            return st;
        }
    }
    for (const PersonPassport& pp : p.passports) {
        passport->reset();
        passport->bind(1, newUuid()).bind(2, p.id).bind(3, pp.number).bind(4, pp.issuingState).bind(5, pp.status);
        if (auto st = passport->run(); !st) {
            return st;
        }
    }
    for (const PersonAddress& ad : p.addresses) {
        const QString key = addressKey(ad.locality, ad.tehsil, ad.district);
        address->reset();
        address->bind(1, newUuid())
            .bind(2, p.id)
            .bind(3, ad.country.isEmpty() ? QStringLiteral("PK") : ad.country)
            .bind(4, nn(ad.province))
            .bind(5, nn(ad.district))
            .bind(6, nn(ad.tehsil))
            .bind(7, nn(ad.locality))
            .bind(8, nn(ad.line))
            .bind(9, nn(key));
        if (auto st = address->run(); !st) {
            return st;
        }
    }
    return refreshSearch(p);
}

Status PersonRepository::refreshSearch(const Person& p) {
    const PersonSearchRow row =
        personSearchRow(QStringList{p.nameLatin, p.nameUrdu, p.relativeLatin, p.relativeUrdu} + p.aliases);
    Database& db = m_context.db();
    auto del = db.prepare(QStringLiteral("DELETE FROM person_search WHERE person_id = ?"));
    auto insert = db.prepare(QString::fromLatin1(kPersonSearchInsert));
    auto scope = db.prepare(QString::fromLatin1(kPersonScopeRefresh));
    if (!del || !insert || !scope) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot update the search index."));
    }
    del->bind(1, p.id);
    if (auto st = del->run(); !st) {
        return st;
    }
    insert->bind(1, p.id).bind(2, nn(row.names)).bind(3, nn(row.keys));
    if (auto st = insert->run(); !st) {
        return st;
    }
    scope->bind(1, p.id);
    return scope->run();
}

Result<SaveOutcome> PersonRepository::create(const Person& draft) {
    Person person = draft;
    auto warnings = normalise(person);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    person.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    person.officeId = m_context.session().user().officeId;
    const AuditRecord record{QStringLiteral("person.create"), QStringLiteral("person"), person.id,
                             QJsonObject{{QLatin1String("office"), m_context.session().user().officeCode}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(person, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{person.id, *warnings};
}

Result<SaveOutcome> PersonRepository::update(const Person& edited) {
    auto before = get(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (before->isProtected) {
        return fail(ErrorCode::Permission, Tr::tr("This person's details need the victim grant to change."));
    }
    Person person = edited;
    person.officeId = before->officeId;
    auto warnings = normalise(person);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    // The audit records which fields changed, not their values: identities stay out of the log.
    QJsonArray changed;
    auto note = [&](const char* name, bool differs) {
        if (differs) {
            changed.append(QLatin1String(name));
        }
    };
    note("name_latin", before->nameLatin != person.nameLatin);
    note("name_urdu", before->nameUrdu != person.nameUrdu);
    note("relation", before->relation != person.relation);
    note("relative", before->relativeLatin != person.relativeLatin || before->relativeUrdu != person.relativeUrdu);
    note("sex", before->sex != person.sex);
    note("birth", before->birthDate != person.birthDate || before->birthYear != person.birthYear);
    note("nationality", before->nationality != person.nationality);
    note("cnic", before->cnic != person.cnic);
    note("aliases", before->aliases != person.aliases);
    note("phones", before->phones != person.phones);
    note("passports", before->passports.size() != person.passports.size() ||
                          !std::equal(before->passports.begin(), before->passports.end(), person.passports.begin(),
                                      [](const PersonPassport& a, const PersonPassport& b) {
                                          return a.number == b.number && a.status == b.status &&
                                                 a.issuingState == b.issuingState;
                                      }));
    note("addresses", before->addresses.size() != person.addresses.size());
    note("flags", before->redBook != person.redBook || before->proclaimedOffender != person.proclaimedOffender ||
                      before->redNotice != person.redNotice);
    note("notes", before->notes != person.notes);
    const AuditRecord record{QStringLiteral("person.update"), QStringLiteral("person"), person.id,
                             QJsonObject{{QLatin1String("changed"), changed}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeRow(person, false); });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{person.id, *warnings};
}

Result<Person> PersonRepository::get(const QString& id) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT %1, %2 FROM persons p WHERE p.id = :id AND %3")
            .arg(kPersonColumns, scope.personProtected(QStringLiteral("p")), scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", id);
    scope.bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("No such person, or not in your scope."));
    }
    Person p;
    p.id = stmt->columnText(0);
    p.officeId = stmt->columnText(15);
    p.mergedInto = stmt->columnText(16);
    p.createdAt = QDateTime::fromString(stmt->columnText(17), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(stmt->columnText(18), Qt::ISODateWithMs);
    p.isProtected = stmt->columnInt(19) != 0;
    if (p.isProtected) {
        p.nameLatin = recordtext::pseudonym(scope, p.id);
        return p;
    }
    p.nameLatin = stmt->columnText(1);
    p.nameUrdu = stmt->columnText(2);
    p.relation = relationFromKey(stmt->columnText(3));
    p.relativeLatin = stmt->columnText(4);
    p.relativeUrdu = stmt->columnText(5);
    p.sex = sexFromKey(stmt->columnText(6));
    p.birthDate = QDate::fromString(stmt->columnText(7), Qt::ISODate);
    p.birthYear = static_cast<int>(stmt->columnInt(8));
    p.nationality = stmt->columnText(9);
    p.cnic = stmt->columnText(10);
    p.redBook = stmt->columnInt(11) != 0;
    p.proclaimedOffender = stmt->columnInt(12) != 0;
    p.redNotice = stmt->columnInt(13) != 0;
    p.notes = stmt->columnText(14);
    Database& db = m_context.db();
    auto list = [&](const QString& sql, auto&& each) -> Status {
        auto s = db.prepare(sql);
        if (!s) {
            return std::unexpected(s.error());
        }
        s->bind(1, id);
        return s->forEachRow(each);
    };
    Status st = list(QStringLiteral("SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY rowid"),
                     [&](Statement& s) { p.aliases << s.columnText(0); });
    if (st) {
        st = list(QStringLiteral("SELECT e164 FROM person_phones WHERE person_id = ? ORDER BY rowid"),
                  [&](Statement& s) { p.phones << s.columnText(0); });
    }
    if (st) {
        st = list(QStringLiteral("SELECT number, issuing_state, status FROM person_passports WHERE person_id = ? "
                                 "ORDER BY rowid"),
                  [&](Statement& s) {
                      p.passports.push_back({s.columnText(0), s.columnText(1), s.columnText(2)});
                  });
    }
    if (st) {
        st = list(QStringLiteral("SELECT country, province, district, tehsil, locality, line FROM person_addresses "
                                 "WHERE person_id = ? ORDER BY rowid"),
                  [&](Statement& s) {
                      p.addresses.push_back({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                                             s.columnText(4), s.columnText(5)});
                  });
    }
    if (!st) {
        return std::unexpected(st.error());
    }
    return p;
}

QString PersonRepository::shown(const QString& fromWhere) const {
    const Scope& scope = m_context.scope();
    return QStringLiteral("%1 AND p.merged_into IS NULL AND %2 AND NOT %3")
        .arg(fromWhere, scope.personVisible(QStringLiteral("p")), scope.personProtected(QStringLiteral("p")));
}

Result<std::vector<PersonHit>> PersonRepository::hits(const QString& fromWhere,
                                                      const std::function<void(Statement&)>& bind,
                                                      const QString& matchedBy, const QString& tail) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT p.id, p.name_latin, p.name_urdu, p.relative_latin, p.relative_urdu, p.cnic %1 %2")
            .arg(shown(fromWhere), tail));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    scope.bind(*stmt);
    std::vector<PersonHit> out;
    const Status read = stmt->forEachRow([&](Statement& row) {
        PersonHit hit;
        hit.id = row.columnText(0);
        hit.name = row.columnText(1).isEmpty() ? row.columnText(2) : row.columnText(1);
        hit.nameUrdu = row.columnText(2);
        hit.relative = row.columnText(3).isEmpty() ? row.columnText(4) : row.columnText(3);
        if (!row.columnIsNull(5)) {
            hit.cnic = Cnic{row.columnText(5)}.display();
        }
        hit.matchedBy = matchedBy;
        out.push_back(std::move(hit));
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    return out;
}

Result<std::vector<PersonHit>> PersonRepository::findByIdentifier(IdentifierKind kind, const QString& input) {
    QString value;
    QString where;
    QString label;
    switch (kind) {
    case IdentifierKind::Cnic: {
        auto cnic = validateCnic(input);
        if (!cnic.value) {
            return fail(ErrorCode::Input, errorMessages(cnic.issues));
        }
        value = cnic.value->digits;
        where = QStringLiteral("FROM persons p WHERE p.cnic = :value");
        label = QStringLiteral("cnic");
        break;
    }
    case IdentifierKind::Passport: {
        auto number = validatePassportNumber(input);
        if (!number.value) {
            return fail(ErrorCode::Input, errorMessages(number.issues));
        }
        value = number.value->number;
        where = QStringLiteral(
            "FROM persons p WHERE p.id IN (SELECT person_id FROM person_passports WHERE number = :value)");
        label = QStringLiteral("passport");
        break;
    }
    case IdentifierKind::Phone: {
        auto phone = validatePhoneNumber(input);
        if (!phone.value) {
            return fail(ErrorCode::Input, errorMessages(phone.issues));
        }
        value = phone.value->e164;
        where =
            QStringLiteral("FROM persons p WHERE p.id IN (SELECT person_id FROM person_phones WHERE e164 = :value)");
        label = QStringLiteral("phone");
        break;
    }
    }
    return hits(
        where, [&](Statement& s) { s.bindNamed(":value", value); }, label);
}

Result<PersonSearchResult> PersonRepository::find(const QString& query, int limit) {
    PersonSearchResult result;
    auto addUnique = [&result](std::vector<PersonHit> more) {
        qint64 added = 0;
        for (PersonHit& hit : more) {
            if (std::none_of(result.hits.begin(), result.hits.end(),
                             [&](const PersonHit& h) { return h.id == hit.id; })) {
                result.hits.push_back(std::move(hit));
                ++added;
            }
        }
        return added;
    };
    // Something that looks like an identifier is looked up exactly first.
    for (IdentifierKind kind : identifierKinds(query)) {
        if (auto found = findByIdentifier(kind, query)) {
            result.total += addUnique(std::move(*found));
        }
    }
    const qint64 byIdentifier = result.total;
    const QString nameMatch = personMatchQuery(query.left(kMaxName));
    // The scope is part of the match, so FTS5 ranks and counts only persons the user may find; the SQL scope test
    // stays on the page as a guard, run on its few rows. A user who sees nobody gets no names.
    auto scoped = m_context.scope().personSearchMatch(m_context.db(), nameMatch);
    if (!scoped) {
        return std::unexpected(scoped.error());
    }
    const QString& match = *scoped;
    if (!match.isEmpty() && limit > 0) {
        auto byName = nameHits(query, match, limit);
        if (!byName) {
            return std::unexpected(byName.error());
        }
        const auto page = static_cast<qint64>(byName->size());
        const qint64 repeated = page - addUnique(std::move(*byName));
        qint64 named = page;
        if (page == limit) { // a full page: there may be more, and only a count over the same join tells
            auto counted = countNameMatches(match);
            if (!counted) {
                return std::unexpected(counted.error());
            }
            named = *counted;
        }
        result.total = byIdentifier + named - repeated;
    }
    if (static_cast<int>(result.hits.size()) > limit) {
        result.hits.resize(static_cast<std::size_t>(std::max(limit, 0)));
    }
    return result;
}

PersonMatchCondition PersonRepository::matchCondition(const QString& query) {
    PersonMatchCondition out;
    QStringList any;
    for (IdentifierKind kind : identifierKinds(query)) {
        switch (kind) {
        case IdentifierKind::Cnic:
            if (auto cnic = validateCnic(query); cnic.value) {
                any << QStringLiteral("p.cnic = :match_cnic");
                out.parameters.emplace_back(QByteArrayLiteral(":match_cnic"), cnic.value->digits);
            }
            break;
        case IdentifierKind::Passport:
            if (auto number = validatePassportNumber(query); number.value) {
                any << QStringLiteral(
                    "p.id IN (SELECT person_id FROM person_passports WHERE number = :match_passport)");
                out.parameters.emplace_back(QByteArrayLiteral(":match_passport"), number.value->number);
            }
            break;
        case IdentifierKind::Phone:
            if (auto phone = validatePhoneNumber(query); phone.value) {
                any << QStringLiteral("p.id IN (SELECT person_id FROM person_phones WHERE e164 = :match_phone)");
                out.parameters.emplace_back(QByteArrayLiteral(":match_phone"), phone.value->e164);
            }
            break;
        }
    }
    if (const QString match = personMatchQuery(query.left(kMaxName)); !match.isEmpty()) {
        any << QStringLiteral("p.id IN (SELECT person_id FROM person_search WHERE person_search MATCH :match_name)");
        out.parameters.emplace_back(QByteArrayLiteral(":match_name"), match);
    }
    out.sql = any.isEmpty() ? QStringLiteral("0") : QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    return out;
}

Result<std::vector<PersonHit>> PersonRepository::search(const QString& query, int limit) {
    auto found = find(query, limit);
    if (!found) {
        return std::unexpected(found.error());
    }
    return std::move(found->hits);
}

Result<std::vector<PersonHit>> PersonRepository::nameHits(const QString& query, const QString& match, int limit) {
    auto byName = hits(
        kNameMatchFrom,
        [&](Statement& s) {
            s.bindNamed(":match", match);
            s.bindNamed(":limit", static_cast<std::int64_t>(limit));
        },
        QStringLiteral("name"), QStringLiteral("ORDER BY s.rank LIMIT :limit"));
    if (!byName) {
        return byName;
    }
    // Within the page the name as typed comes first, then names starting with it: bm25 alone can put a longer
    // record (more aliases, a relative sharing the name) ahead of the exact one.
    const QString typed = NameNormalizer::fold(query);
    auto closeness = [&typed](const PersonHit& hit) {
        int best = 0;
        for (const QString& name : {hit.name, hit.nameUrdu}) {
            const QString folded = NameNormalizer::fold(name);
            best = std::max(best, folded == typed ? 2 : folded.startsWith(typed) ? 1 : 0);
        }
        return best;
    };
    std::vector<std::pair<int, PersonHit>> ranked;
    for (PersonHit& hit : *byName) {
        const int score = closeness(hit);
        ranked.emplace_back(score, std::move(hit));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<PersonHit> ordered;
    for (auto& entry : ranked) {
        ordered.push_back(std::move(entry.second));
    }
    return ordered;
}

Result<qint64> PersonRepository::countNameMatches(const QString& match) {
    // The match already holds scope, protection and merges (Scope::personSearchMatch): the full-text index counts
    // alone, without reading a single person row.
    auto stmt =
        m_context.db().prepare(QStringLiteral("SELECT count(*) FROM person_search WHERE person_search MATCH ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, match);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->columnInt(0) : 0;
}

} // namespace caselink
