// Assets through the repository: values in lakh/crore kept as whole rupees, totals per action, audit, scope and
// refused input.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/assetrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString caseId = insertCase();

    Asset asset(const QString& value, AssetAction action = AssetAction::Frozen) const {
        Asset a;
        a.caseId = caseId;
        a.kind = QStringLiteral("Bank account");
        a.valueText = value;
        a.action = action;
        a.actionDate = QDate(2024, 5, 2);
        a.orderRef = QStringLiteral("AMLA/ATT/17/2024");
        return a;
    }
};

} // namespace

class TestAssetRepository : public QObject {
    Q_OBJECT

private slots:
    void valuesAndTotals() {
        Fixture f;
        auto assets = f.repo<AssetRepository>();
        auto frozen = assets.create(f.asset(QStringLiteral("1 crore 25 lakh")));
        QVERIFY2(frozen, frozen ? "" : qPrintable(frozen.error().message));
        QCOMPARE(*assets.get(frozen->id)->valueRupees, qint64(12'500'000));
        QVERIFY(assets.create(f.asset(QStringLiteral("Rs. 35,00,000/-"), AssetAction::Seized)));
        QVERIFY(assets.create(f.asset(QString(), AssetAction::Seized))); // value not yet assessed
        auto totals = assets.totalsByAction();
        QVERIFY(totals);
        QCOMPARE(totals->size(), std::size_t(2));
        QCOMPARE(totals->at(0).action, AssetAction::Frozen);
        QCOMPARE(totals->at(0).valueRupees, qint64(12'500'000));
        QCOMPARE(totals->at(1).action, AssetAction::Seized);
        QCOMPARE(totals->at(1).count, 2);
        QCOMPARE(totals->at(1).valueRupees, qint64(3'500'000));

        Asset edit = *assets.get(frozen->id);
        edit.action = AssetAction::Attached;
        QVERIFY(assets.update(edit));
        QCOMPARE(*assets.get(frozen->id)->valueRupees, qint64(12'500'000)); // the value survives the round trip
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("asset."), {}});
        QCOMPARE(audit->size(), std::size_t(4));
        QCOMPARE(audit->back().fields.value(QLatin1String("changed")).toArray(), QJsonArray{QLatin1String("action")});
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::newRow("foreign currency") << "USD 5,000"
                                          << "Cash";
        QTest::newRow("paisa") << "1,000.50"
                               << "Cash";
        QTest::newRow("garbage value") << "a lot"
                                       << "Cash";
        QTest::newRow("no kind") << "5 lakh"
                                 << "";
        QTest::newRow("sql kind") << "5 lakh" << QString(500, QLatin1Char('\''));
    }
    void badInputChangesNothing() {
        QFETCH(QString, value);
        QFETCH(QString, kind);
        Fixture f;
        Asset a = f.asset(value);
        a.kind = kind;
        const qint64 head = f.auditHead();
        auto saved = f.repo<AssetRepository>().create(a);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM assets")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void scopeHidesOtherOffices() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto saved = f.repo<AssetRepository>().create(f.asset(QStringLiteral("5 lakh")));
        QVERIFY(saved);
        f.openAs(QStringLiteral("io.karachi"));
        auto assets = f.repo<AssetRepository>();
        QCOMPARE(assets.get(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(assets.listForCase(f.caseId).error().code, ErrorCode::NotFound);
        QVERIFY(assets.totalsByAction()->empty());
        const qint64 head = f.auditHead();
        QCOMPARE(assets.create(f.asset(QStringLiteral("1 lakh"))).error().code, ErrorCode::NotFound);
        QCOMPARE(f.auditHead(), head);
    }
};

QTEST_GUILESS_MAIN(TestAssetRepository)
#include "test_assetrepository.moc"
