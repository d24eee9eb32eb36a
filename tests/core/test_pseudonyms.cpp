// Protected persons' pseudonyms on a real encrypted database: fifty victims of one case each have a pseudonym of their
// own, not derived from the id, read the same in the person list, the case's roles, the relationship chart and the
// prosecutor case file, and the same again at the next sign-in. The victim grant shows the names instead. The case
// History and the audit log read as sentences that name persons the same way.
#include <set>

#include <QtTest>

#include "analysis/graphextractor.h"
#include "io/casefiledata.h"
#include "models/auditlistmodel.h"
#include "models/personlistmodel.h"
#include "repo/arrestrepository.h"
#include "repo/caseinsight.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/personrepository.h"
#include "signedindatabase.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kVictims = 50;

// person id -> the name the view shows
using Names = std::map<QString, QString>;

Names personList(RepositoryContext& context, const QStringList& ids) {
    PersonListModel model(context);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    Names out;
    for (const QString& id : ids) {
        const int row = model.rowOfKey(id);
        out[id] = row < 0 ? QString() : model.index(row, PersonListModel::NameLatin).data().toString();
    }
    return out;
}

Names caseRoles(RepositoryContext& context, const QString& caseId) {
    Names out;
    if (auto roles = CaseRoleRepository(context).ofCase(caseId)) {
        for (const CaseRoleView& view : *roles) {
            out[view.person.id] = view.person.displayName();
        }
    }
    return out;
}

Names chart(RepositoryContext& context, const QString& caseId) {
    ExtractOptions options;
    options.seedKind = NodeKind::Case;
    options.seedIds = {caseId};
    options.depth = 1;
    Names out;
    if (auto data = GraphExtractor(context).extract(options)) {
        for (const ChartNode& node : data->nodes) {
            if (node.kind == NodeKind::Person) {
                out[node.recordId] = node.label;
            }
        }
    }
    return out;
}

Names caseFile(RepositoryContext& context, const QString& caseId) {
    Names out;
    if (auto data = CaseFileLoader::load(context, caseId, RedactionProfile::Prosecutor)) {
        for (const auto* group : {&data->accused, &data->victims, &data->others}) {
            for (const CaseFileParty& party : *group) {
                out[party.person.id] = party.label;
            }
        }
    }
    return out;
}

} // namespace

class TestPseudonyms : public QObject {
    Q_OBJECT
private slots:
    void victimsOfOneCaseEachHaveTheirOwn() {
        SignedInDatabase f;
        QVERIFY(f.open(kAdmin, kAdminPassword));
        QVERIFY(f.addUser(u"io.plain"_s, Role::Investigator, u"GRW-AHTC"_s, false));
        QVERIFY(f.addUser(u"io.granted"_s, Role::Investigator, u"GRW-AHTC"_s, true));
        CaseRecord record;
        record.firNumber = u"C-12/2025"_s;
        record.firDate = QDate(2025, 3, 1);
        record.title = u"Boat from Gwadar"_s;
        auto created = CaseRepository(*f.context).create(record);
        QVERIFY(created);
        const QString caseId = created->id;
        QStringList victims;
        for (int i = 0; i < kVictims; ++i) {
            Person p;
            p.nameLatin = u"Migrant %1 Baloch"_s.arg(i);
            auto person = PersonRepository(*f.context).create(p);
            QVERIFY(person);
            CaseRole role;
            role.caseId = caseId;
            role.personId = person->id;
            role.role = PersonRole::SmuggledMigrant;
            QVERIFY(CaseRoleRepository(*f.context).add(role));
            victims << person->id;
        }

        QVERIFY(f.openAs(u"io.plain"_s));
        const Names listed = personList(*f.context, victims);
        const Names roles = caseRoles(*f.context, caseId);
        const Names charted = chart(*f.context, caseId);
        const Names printed = caseFile(*f.context, caseId);
        std::set<QString> distinct;
        for (const QString& id : victims) {
            const QString name = listed.at(id);
            QVERIFY2(name.startsWith(u"Protected person "_s), qPrintable(name));
            QVERIFY2(!name.contains(id.left(8), Qt::CaseInsensitive), qPrintable(name)); // not the id's prefix
            QVERIFY(!name.contains(u"Baloch"_s));
            QCOMPARE(roles.at(id), name);
            QCOMPARE(charted.at(id), name);
            QCOMPARE(printed.at(id), name);
            distinct.insert(name);
        }
        QCOMPARE(int(distinct.size()), kVictims);

        // The same at the next sign-in: the secret is the database's, not the session's.
        QVERIFY(f.openAs(u"io.plain"_s));
        QCOMPARE(personList(*f.context, victims), listed);

        // With the victim grant the names show.
        QVERIFY(f.openAs(u"io.granted"_s));
        const Names named = personList(*f.context, victims);
        QCOMPARE(named.at(victims.front()), u"Migrant 0 Baloch"_s);
    }

    // Records written through the repositories read as sentences in the case History and the audit log: the action,
    // then the person by name, or by pseudonym for an account without the victim grant.
    void historyReadsAsSentences() {
        SignedInDatabase f;
        QVERIFY(f.open(kAdmin, kAdminPassword));
        QVERIFY(f.addUser(u"io.plain"_s, Role::Investigator, u"GRW-AHTC"_s, false));
        QVERIFY(f.addUser(u"sup.plain"_s, Role::Supervisor, u"HQ"_s, false));
        CaseRecord record;
        record.firNumber = u"C-31/2025"_s;
        record.firDate = QDate(2025, 4, 2);
        auto created = CaseRepository(*f.context).create(record);
        QVERIFY(created);
        const QString caseId = created->id;
        Person accused;
        accused.nameLatin = u"Zubair Yousafzai"_s;
        auto accusedId = PersonRepository(*f.context).create(accused);
        Person victim;
        victim.nameLatin = u"Rashid Baloch"_s;
        auto victimId = PersonRepository(*f.context).create(victim);
        QVERIFY(accusedId && victimId);
        QVERIFY(CaseRoleRepository(*f.context)
                    .add({{}, caseId, accusedId->id, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}}));
        QVERIFY(CaseRoleRepository(*f.context)
                    .add({{}, caseId, victimId->id, PersonRole::SmuggledMigrant, false, {}, {}, {}, {}}));
        Arrest arrest;
        arrest.caseId = caseId;
        arrest.personId = accusedId->id;
        arrest.arrestedAt = QDateTime(QDate(2025, 4, 3), QTime(10, 0), Qt::UTC);
        arrest.place = u"FIA Composite Circle"_s;
        QVERIFY(ArrestRepository(*f.context).record(arrest));

        QVERIFY(f.openAs(u"io.plain"_s));
        const QString pseudonym = f.context->scope().pseudonyms().of(victimId->id);
        auto history = CaseInsight(*f.context).history(caseId);
        QVERIFY(history);
        QStringList lines;
        for (const CaseHistoryEntry& e : *history) {
            lines << e.text();
        }
        QVERIFY2(lines.contains(u"Arrest recorded: Zubair Yousafzai"_s), qPrintable(lines.join(u" | "_s)));
        QVERIFY2(lines.contains(u"Person added to the case: Zubair Yousafzai"_s), qPrintable(lines.join(u" | "_s)));
        QVERIFY2(lines.contains(u"Person added to the case: "_s + pseudonym), qPrintable(lines.join(u" | "_s)));
        QVERIFY(lines.contains(u"Case registered"_s));
        const QString all = lines.join(u'\n');
        QVERIFY(!all.contains(u"Rashid"_s));
        QVERIFY(!all.contains(u"arrest.create"_s));

        QVERIFY(f.openAs(u"sup.plain"_s));
        AuditListModel log(*f.context);
        while (log.canFetchMore({})) {
            log.fetchMore({});
        }
        QStringList actions;
        for (int row = 0; row < log.rowCount(); ++row) {
            actions << log.index(row, AuditListModel::Action).data().toString();
        }
        QVERIFY2(actions.contains(u"Arrest recorded: Zubair Yousafzai"_s), qPrintable(actions.join(u" | "_s)));
        QVERIFY(actions.contains(u"Person added to the case: "_s + f.context->scope().pseudonyms().of(victimId->id)));
        QVERIFY(actions.contains(u"Person registered: Zubair Yousafzai"_s));
        QVERIFY(!actions.join(u'\n').contains(u"Rashid"_s));
        QCOMPARE(log.index(0, AuditListModel::Action).data(AuditListModel::ActionRole).toString().contains(u'.'), true);
    }

    // Another database names the same person id differently: the pseudonym is keyed by each database's own secret.
    void theKeyIsPerDatabase() {
        SignedInDatabase a;
        SignedInDatabase b;
        QVERIFY(a.open(kAdmin, kAdminPassword));
        QVERIFY(b.open(kAdmin, kAdminPassword));
        const QString id = u"01941f2d-0000-7000-8000-000000000001"_s;
        const QString inA = a.context->scope().pseudonyms().of(id);
        QCOMPARE(a.context->scope().pseudonyms().of(id), inA);
        QVERIFY(inA != b.context->scope().pseudonyms().of(id));
        QVERIFY(inA != a.context->scope().pseudonyms().of(u"01941f2d-0000-7000-8000-000000000002"_s));
    }
};

QTEST_GUILESS_MAIN(TestPseudonyms)
#include "test_pseudonyms.moc"
