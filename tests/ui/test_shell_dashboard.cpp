// The Dashboard's work queue in the real main window: after unlocking, an arrest of an hour ago waits under
// "Production before a magistrate within 24 hours" and the case whose FIR is 15 days old under "Interim challans
// due"; Enter on the production row opens that case in a tab. A supervisor also sees the overdue items by circle.
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "repo/arrestrepository.h"
#include "shellfixture.h"
#include "ui/language.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/workspacetabs.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

QTreeWidgetItem* group(QTreeWidget* tree, const QString& title) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(title)) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace

class TestShellDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        Settings::setFilePath(m_settingsDir.filePath(u"dashboard.ini"_s));
        applyLanguage(u"en"_s);
    }

    void workQueueRowOpensItsCase() {
        test::TestDatabase db;
        QString arrestCase;
        QString challanCase;
        {
            test::Writer w(db, test::kAdmin);
            QVERIFY(w.addUser(u"sup.central"_s, Role::Supervisor, u"CENTRAL"_s));
            const QDate today = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).date();
            arrestCase = w.caseFile(u"C-21/2026"_s, today.addDays(-2), u"Arrest at Sialkot airport"_s);
            challanCase = w.caseFile(u"C-22/2026"_s, today.addDays(-15), u"Challan due"_s);
            const QString accused = w.person(u"Shahid Iqbal"_s);
            QVERIFY(w.accused(arrestCase, accused));
            Arrest a;
            a.caseId = arrestCase;
            a.personId = accused;
            a.arrestedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            a.place = u"Sialkot International Airport"_s;
            QVERIFY(ArrestRepository(*w.context).record(a));
            // A remand that ran out two days ago: overdue, counted for the circle.
            const QString other = w.person(u"Rana Tariq"_s);
            QVERIFY(w.accused(challanCase, other));
            QVERIFY(!w.arrestWithRemand(challanCase, other, 8, 2).isEmpty());
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, db, u"sup.central"_s));
        QVERIFY(window.overviewPage()->isVisible());
        (void)window.grab(); // the first paint queues the figures
        QTRY_VERIFY(window.overviewPage()->figuresLoaded());

        QTreeWidget* queue = window.findChild<QTreeWidget*>(u"overviewWorkQueue"_s);
        QVERIFY(queue && queue->isVisible());
        QTreeWidgetItem* productions = group(queue, u"Production before a magistrate within 24 hours: 1"_s);
        QVERIFY(productions);
        QCOMPARE(productions->childCount(), 1);
        QTreeWidgetItem* production = productions->child(0);
        QCOMPARE(production->text(2), u"C-21/2026"_s);
        QCOMPARE(production->text(3), u"Shahid Iqbal"_s);
        QVERIFY(!production->text(0).contains(u"overdue"_s));
        QTreeWidgetItem* challans = group(queue, u"Interim challans due: 1"_s);
        QVERIFY(challans);
        QCOMPARE(challans->child(0)->text(2), u"C-22/2026"_s);
        QTreeWidgetItem* remands = group(queue, u"Remands running out within 48 hours: 1"_s);
        QVERIFY(remands);
        QVERIFY(remands->child(0)->text(0).contains(u"overdue"_s));
        QVERIFY(!remands->child(0)->icon(0).isNull());
        QVERIFY(group(queue, u"Hearings this week: none"_s));
        // The supervisor of the region sees the circle's overdue count.
        QTreeWidget* circles = window.findChild<QTreeWidget*>(u"overviewOverdueByCircle"_s);
        QVERIFY(circles && circles->isVisible());
        QCOMPARE(circles->topLevelItem(0)->text(0), isolatedLatin(u"GRW-AHTC"_s));
        QCOMPARE(circles->topLevelItem(0)->text(1), u"1"_s);

        // Enter on the production row opens its case.
        queue->setFocus();
        queue->setCurrentItem(production);
        QTest::keyClick(queue, Qt::Key_Return);
        QCOMPARE(window.tabs()->openRecords(), QStringList{u"case:"_s + arrestCase});
    }

    void investigatorHasNoCircleTable() {
        test::TestDatabase db;
        {
            test::Writer w(db, test::kAdmin);
            QVERIFY(w.addUser(u"io.grw"_s, Role::Investigator, u"GRW-AHTC"_s));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, db, u"io.grw"_s));
        (void)window.grab();
        QTRY_VERIFY(window.overviewPage()->figuresLoaded());
        QTreeWidget* queue = window.findChild<QTreeWidget*>(u"overviewWorkQueue"_s);
        QVERIFY(group(queue, u"My open cases: none"_s));
        QVERIFY(!window.findChild<QTreeWidget*>(u"overviewOverdueByCircle"_s)->isVisible());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestShellDashboard)
#include "test_shell_dashboard.moc"
