// The scoped person search (scope inside the full-text match, migration 0018) on a generated database: for
// investigators, supervisors, a prosecutor-reader and an administrator, common names find exactly the persons an
// unlimited scoped SQL query returns, the first page lies within them and the total counts them; linking a person to a
// case in another office, moving a case, and unlinking change what a user finds at once; protected persons stay
// unfindable by name without the victim grant.
#include <limits>
#include <map>
#include <set>

#include <QtTest>

#include "repo/caseassignments.h"
#include "repo/caseroles.h"
#include "repo/personrepository.h"
#include "repo/scope.h"
#include "signedindatabase.h"
#include "storage/database.h"
#include "synthetic/syntheticgenerator.h"
#include "text/namesearchforms.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

using Ids = std::set<QString>;

// Every person in the user's scope the query finds, with no limit, from the SQL scope fragments alone.
Ids unlimitedScoped(RepositoryContext& context, const QString& query) {
    const Scope& scope = context.scope();
    const PersonMatchCondition match = PersonRepository::matchCondition(query);
    auto stmt =
        context.db().prepare(u"SELECT p.id FROM persons p WHERE %1 AND p.merged_into IS NULL AND %2 AND NOT %3"_s.arg(
            match.sql, scope.personVisible(u"p"_s), scope.personProtected(u"p"_s)));
    Ids ids;
    if (!stmt) {
        return ids;
    }
    for (const auto& [name, value] : match.parameters) {
        stmt->bindNamed(name.constData(), value.toString());
    }
    scope.bind(*stmt);
    (void)stmt->forEachRow([&](Statement& row) { ids.insert(row.columnText(0)); });
    return ids;
}

// How many persons the full-text index alone counts for the user (what find() reports as the total of a full page):
// stale scope terms show here even where the SQL guards of the listed page hide them.
qint64 counted(RepositoryContext& context, const QString& query) {
    auto match = context.scope().personSearchMatch(context.db(), personMatchQuery(query));
    if (!match || match->isEmpty()) {
        return match ? 0 : -1;
    }
    auto stmt = context.db().prepare(u"SELECT count(*) FROM person_search WHERE person_search MATCH ?"_s);
    stmt->bind(1, *match);
    return stmt && *stmt->step() ? stmt->columnInt(0) : -1;
}

Ids found(RepositoryContext& context, const QString& query) {
    Ids ids;
    if (auto all = PersonRepository(context).find(query, std::numeric_limits<int>::max())) {
        for (const PersonHit& hit : all->hits) {
            ids.insert(hit.id);
        }
    }
    return ids;
}

} // namespace

class TestPersonSearchScope : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSetAsUnlimitedScopedQuery_data();
    void sameSetAsUnlimitedScopedQuery();
    void linksAndCaseMovesShowAtOnce();

private:
    QString unitId(const QString& code);
    QString caseOf(const QString& officeCode);

    SignedInDatabase m_db{u"HQ"_s};
    QStringList m_names;
};

QString TestPersonSearchScope::unitId(const QString& code) {
    auto stmt = m_db.session->database().prepare(u"SELECT id FROM org_units WHERE code = ?"_s);
    stmt->bind(1, code);
    return *stmt->step() ? stmt->columnText(0) : QString();
}

QString TestPersonSearchScope::caseOf(const QString& officeCode) {
    auto stmt = m_db.session->database().prepare(u"SELECT id FROM cases WHERE office_id = ? ORDER BY id LIMIT 1"_s);
    stmt->bind(1, unitId(officeCode));
    return *stmt->step() ? stmt->columnText(0) : QString();
}

void TestPersonSearchScope::initTestCase() {
    QVERIFY(m_db.openAs(kAdmin));
    SyntheticOptions options;
    options.scale = SyntheticScale::Tiny;
    options.seed = 15;
    QVERIFY(SyntheticGenerator(*m_db.session).run(options));
    m_db.addUser(u"io.grw"_s, Role::Investigator, u"GRW-AHTC"_s);
    m_db.addUser(u"io.khi"_s, Role::Investigator, u"KHI-AHTC"_s, true);
    m_db.addUser(u"sup.central"_s, Role::Supervisor, u"CENTRAL"_s);
    m_db.addUser(u"sup.grw"_s, Role::Supervisor, u"GRW"_s);
    m_db.addUser(u"pros"_s, Role::ProsecutorReader, u"LHR-AHTC"_s);
    QVERIFY(m_db.open(kAdmin, kAdminPassword)); // the new accounts are read at sign-in
    const QString prosecutor =
        m_db.session->database().scalar(u"SELECT id FROM users WHERE username = 'pros'"_s)->toString();
    for (const QString& office : {u"LHR-AHTC"_s, u"KHI-AHTC"_s, u"GRW-AHTC"_s}) {
        QVERIFY(!caseOf(office).isEmpty());
        QVERIFY(CaseAssignmentRepository(*m_db.context).assign(caseOf(office), prosecutor));
    }
    // The most common last words of Latin names, a first name and a two-letter prefix of the commonest.
    std::map<QString, int> frequency;
    std::map<QString, int> first;
    auto stmt = m_db.session->database().prepare(u"SELECT name_latin FROM persons WHERE name_latin <> ''"_s);
    QVERIFY(stmt->forEachRow([&](Statement& row) {
        const QStringList words = row.columnText(0).split(u' ', Qt::SkipEmptyParts);
        if (words.size() > 1) {
            ++frequency[words.back()];
            ++first[words.front()];
        }
    }));
    std::vector<std::pair<int, QString>> ranked;
    for (const auto& [name, n] : frequency) {
        ranked.emplace_back(n, name);
    }
    std::sort(ranked.rbegin(), ranked.rend());
    QVERIFY(ranked.size() >= 4);
    for (int i = 0; i < 4; ++i) {
        m_names << ranked[static_cast<std::size_t>(i)].second;
    }
    m_names << std::max_element(first.begin(), first.end(), [](auto& a, auto& b) { return a.second < b.second; })->first
            << m_names.front().left(2);
}

void TestPersonSearchScope::sameSetAsUnlimitedScopedQuery_data() {
    QTest::addColumn<QString>("user");
    for (const char* user : {"admin.test", "io.grw", "io.khi", "sup.central", "sup.grw", "pros"}) {
        QTest::newRow(user) << QString::fromLatin1(user);
    }
}

void TestPersonSearchScope::sameSetAsUnlimitedScopedQuery() {
    QFETCH(QString, user);
    QVERIFY(m_db.openAs(user));
    RepositoryContext& context = *m_db.context;
    PersonRepository persons(context);
    qint64 inScope = 0;
    for (const QString& name : std::as_const(m_names)) {
        const Ids expected = unlimitedScoped(context, name);
        inScope += static_cast<qint64>(expected.size());
        QCOMPARE(found(context, name), expected);
        QCOMPARE(counted(context, name), static_cast<qint64>(expected.size()));
        auto page = persons.find(name, 8);
        QVERIFY(page);
        QCOMPARE(page->total, static_cast<qint64>(expected.size()));
        QCOMPARE(page->hits.size(), std::min<std::size_t>(8, expected.size()));
        for (const PersonHit& hit : page->hits) {
            QVERIFY2(expected.count(hit.id) == 1, qPrintable(name));
        }
    }
    QVERIFY2(inScope > 0, "every user finds someone by these names, or the comparison proves nothing");
    QVERIFY(m_db.openAs(kAdmin));
}

void TestPersonSearchScope::linksAndCaseMovesShowAtOnce() {
    QVERIFY(m_db.openAs(kAdmin));
    Person draft;
    draft.nameLatin = u"Zarvash Qaiserani"_s;
    auto created = PersonRepository(*m_db.context).create(draft); // recorded at HQ: no circle sees the person
    QVERIFY(created);
    const QString person = created->id;
    const QString grwCase = caseOf(u"GRW-AHTC"_s);
    const QString khiCase = caseOf(u"KHI-AHTC"_s);
    auto finds = [&](const QString& user) {
        if (!m_db.openAs(user)) {
            return false;
        }
        const Ids all = found(*m_db.context, u"Qaiserani"_s);
        [&] {
            const Ids expected = unlimitedScoped(*m_db.context, u"Qaiserani"_s);
            QCOMPARE(all, expected);
            QCOMPARE(counted(*m_db.context, u"Qaiserani"_s), static_cast<qint64>(expected.size()));
        }();
        return all.count(person) == 1;
    };
    auto link = [&](const QString& caseId, PersonRole role) {
        m_db.openAs(kAdmin);
        CaseRole r;
        r.caseId = caseId;
        r.personId = person;
        r.role = role;
        auto added = CaseRoleRepository(*m_db.context).add(r);
        return added ? *added : QString();
    };
    QVERIFY(!finds(u"io.grw"_s));
    QVERIFY(!finds(u"sup.grw"_s));
    QVERIFY(!finds(u"pros"_s));

    // A witness only: in the circle's scope now, but protected from users without the victim grant.
    const QString witness = link(grwCase, PersonRole::Witness);
    QVERIFY(!witness.isEmpty());
    QVERIFY(!finds(u"io.grw"_s));
    QVERIFY(!finds(u"sup.grw"_s));
    // Accused in the same case: every user whose scope holds the case finds the person.
    const QString accused = link(grwCase, PersonRole::Agent);
    QVERIFY(!accused.isEmpty());
    QVERIFY(finds(u"io.grw"_s));
    QVERIFY(finds(u"sup.grw"_s));
    QVERIFY(finds(u"sup.central"_s));
    QVERIFY(finds(u"pros"_s)); // the case is assigned to the prosecutor
    QVERIFY(!finds(u"io.khi"_s));

    // Unlinked: gone for all of them.
    QVERIFY(m_db.openAs(kAdmin));
    QVERIFY(CaseRoleRepository(*m_db.context).remove(accused));
    QVERIFY(CaseRoleRepository(*m_db.context).remove(witness));
    QVERIFY(!finds(u"io.grw"_s));
    QVERIFY(!finds(u"sup.central"_s));
    QVERIFY(!finds(u"pros"_s));

    // Linked in Karachi, then the case moves to Gujranwala and back: the scope follows the case's office.
    QVERIFY(!link(khiCase, PersonRole::Agent).isEmpty());
    QVERIFY(finds(u"io.khi"_s));
    QVERIFY(!finds(u"io.grw"_s));
    const QString khi = unitId(u"KHI-AHTC"_s);
    const QString grw = unitId(u"GRW-AHTC"_s);
    QVERIFY(m_db.openAs(kAdmin));
    auto move = [&](const QString& office) {
        auto stmt = m_db.session->database().prepare(u"UPDATE cases SET office_id = ? WHERE id = ?"_s);
        stmt->bind(1, office).bind(2, khiCase);
        return bool(stmt->run());
    };
    QVERIFY(move(grw));
    QVERIFY(finds(u"io.grw"_s));
    QVERIFY(finds(u"sup.central"_s));
    QVERIFY(!finds(u"io.khi"_s));
    QVERIFY(m_db.openAs(kAdmin));
    QVERIFY(move(khi));
    QVERIFY(!finds(u"io.grw"_s));
    QVERIFY(finds(u"io.khi"_s));
}

QTEST_GUILESS_MAIN(TestPersonSearchScope)
#include "test_personsearchscope.moc"
