// The organisation tree as administrators reorganise it: placement rules, duplicates, refusals, audit, and scope
// following the new tree at the next sign-in.
#include <QtTest>

#include "repo/orgunitrepository.h"
#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "signedindatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : SignedInDatabase {
    std::unique_ptr<OrgUnitRepository> units;

    Fixture() { open(kAdmin, kAdminPassword); }
    void openRepositories() override { units = std::make_unique<OrgUnitRepository>(*context); }
    void closeRepositories() override { units.reset(); }
};

OrgUnit unit(const QString& code, const QString& type, const QString& nameEn) {
    return OrgUnit{{}, code, {}, type, nameEn, QStringLiteral("سرکل")};
}

} // namespace

class TestOrgUnitRepository : public QObject {
    Q_OBJECT

private slots:
    void listIsATree() {
        Fixture f;
        auto all = f.units->list();
        QVERIFY(all);
        QCOMPARE(all->front().code, QStringLiteral("HQ"));
        QStringList seen;
        for (const OrgUnit& u : *all) {
            if (!u.parentId.isEmpty()) {
                const auto parent =
                    std::find_if(all->begin(), all->end(), [&](const OrgUnit& p) { return p.id == u.parentId; });
                QVERIFY(parent != all->end());
                QVERIFY2(seen.contains(parent->code), qPrintable(u.code)); // parents come first
            }
            seen << u.code;
        }
    }

    void addPlacesAndAudits() {
        Fixture f;
        auto id = f.units->add(
            unit(QStringLiteral("grw-hfz"), QStringLiteral("CIRCLE"), QStringLiteral("Composite Circle Hafizabad")),
            QStringLiteral("GRW"));
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto added = f.units->byCode(QStringLiteral("GRW-HFZ"));
        QVERIFY(added);
        QCOMPARE(added->type, QStringLiteral("CIRCLE"));
        QCOMPARE(f.session->audit().list(AuditFilter{0, 100, QStringLiteral("org_unit."), {}})->size(), std::size_t(1));
        // Duplicate code, wrong placement, bad code: refused, nothing written.
        const qint64 head = *f.session->audit().headSeq();
        QCOMPARE(f.units
                     ->add(unit(QStringLiteral("GRW-HFZ"), QStringLiteral("CIRCLE"), QStringLiteral("x")),
                           QStringLiteral("GRW"))
                     .error()
                     .code,
                 ErrorCode::Conflict);
        QCOMPARE(f.units
                     ->add(unit(QStringLiteral("ZN-X"), QStringLiteral("ZONE"), QStringLiteral("x")),
                           QStringLiteral("GRW-AHTC"))
                     .error()
                     .code,
                 ErrorCode::Input);
        QCOMPARE(f.units
                     ->add(unit(QStringLiteral("bad code!"), QStringLiteral("CIRCLE"), QStringLiteral("x")),
                           QStringLiteral("GRW"))
                     .error()
                     .code,
                 ErrorCode::Input);
        QCOMPARE(*f.session->audit().headSeq(), head);
    }

    void moveRenameDeactivate() {
        Fixture f;
        QVERIFY(f.units->add(unit(QStringLiteral("TMP-C"), QStringLiteral("CIRCLE"), QStringLiteral("Temporary")),
                             QStringLiteral("LHR")));
        QVERIFY(f.units->move(QStringLiteral("TMP-C"), QStringLiteral("FSD")));
        QVERIFY(!f.units->move(QStringLiteral("FSD"), QStringLiteral("TMP-C"))); // a zone under a circle
        QVERIFY(f.units->rename(QStringLiteral("TMP-C"), QStringLiteral("Composite Circle Jhang"),
                                QStringLiteral("کمپوزٹ سرکل جھنگ")));
        QCOMPARE(f.units->byCode(QStringLiteral("TMP-C"))->nameEn, QStringLiteral("Composite Circle Jhang"));
        QCOMPARE(f.units->deactivate(QStringLiteral("GRW")).error().code, ErrorCode::Conflict); // has circles and users
        QVERIFY(f.units->deactivate(QStringLiteral("TMP-C")));
        QCOMPARE(f.units->byCode(QStringLiteral("TMP-C")).error().code, ErrorCode::NotFound);
    }

    void onlyAdministrators() {
        Fixture f;
        QVERIFY(f.addUser(QStringLiteral("sup"), Role::Supervisor, QStringLiteral("CENTRAL")));
        f.openAs(QStringLiteral("sup"));
        QVERIFY(f.units->list());
        QCOMPARE(
            f.units
                ->add(unit(QStringLiteral("X-1"), QStringLiteral("CIRCLE"), QStringLiteral("x")), QStringLiteral("GRW"))
                .error()
                .code,
            ErrorCode::Permission);
    }

    void scopeFollowsTheNewTree() {
        Fixture f;
        QVERIFY(f.units->add(unit(QStringLiteral("GRW-NEW"), QStringLiteral("CIRCLE"), QStringLiteral("New circle")),
                             QStringLiteral("GRW")));
        QVERIFY(f.addUser(QStringLiteral("io.new"), Role::Investigator, QStringLiteral("GRW-NEW")));
        QVERIFY(f.addUser(QStringLiteral("sup.grw"), Role::Supervisor, QStringLiteral("GRW")));
        f.openAs(QStringLiteral("io.new"));
        PersonRepository persons(*f.context);
        Person p;
        p.nameLatin = QStringLiteral("Recorded In New Circle");
        auto saved = persons.create(p);
        QVERIFY(saved);
        f.openAs(QStringLiteral("sup.grw"));
        PersonRepository zone(*f.context);
        QVERIFY(zone.get(saved->id)); // the zone supervisor sees the new circle's records
    }
};

QTEST_GUILESS_MAIN(TestOrgUnitRepository)
#include "test_orgunitrepository.moc"
