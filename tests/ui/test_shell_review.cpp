// Deadlines and duplicate review in the real main window: an overdue remand stands out (text and icon, not colour
// alone) in the Deadlines section and on the Dashboard; a duplicate pair found by the scan is merged and the merge
// is undone through Edit > Undo.
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <QLabel>

#include "models/pagedtablemodel.h"
#include "shellfixture.h"
#include "ui/language.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/deadlinesview.h"
#include "ui/shell/duplicatereview.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestShellReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        Settings::setFilePath(m_settingsDir.filePath(u"review.ini"_s));
        applyLanguage(u"en"_s);
    }

    void overdueRemandStandsOut() {
        test::TestDatabase db;
        QString caseId;
        {
            test::Writer w(db, test::kAdmin);
            caseId = w.caseFile(u"C-12/2025"_s, QDate::currentDate().addDays(-9), u"Remand test"_s);
            const QString accused = w.person(u"Rana Tariq"_s);
            QVERIFY(w.accused(caseId, accused));
            QVERIFY(!w.arrestWithRemand(caseId, accused, 8, 2).isEmpty()); // remand ended two days ago
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, db, test::kAdmin));
        QVERIFY(window.showSection(u"deadlines"_s));
        auto* view = qobject_cast<DeadlinesView*>(window.sectionWidget(u"deadlines"_s));
        QVERIFY(view && view->isVisible());
        QStandardItemModel* model = view->model();
        int remandRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row, DeadlinesView::Kind)->text() == u"Remand expires"_s) {
                remandRow = row;
            }
        }
        QVERIFY(remandRow >= 0);
        QCOMPARE(model->item(remandRow, DeadlinesView::Case)->text(), u"C-12/2025"_s);
        QCOMPARE(model->item(remandRow, DeadlinesView::Person)->text(), u"Rana Tariq"_s);
        QVERIFY(model->item(remandRow, 0)->data(DeadlinesView::OverdueRole).toBool());
        // "Overdue by 2 days" once the catalogue has its plural forms; the source text reads "day(s)".
        QVERIFY(model->item(remandRow, DeadlinesView::Status)->text().startsWith(u"Overdue by 2 day"_s));
        QVERIFY(!model->item(remandRow, DeadlinesView::Status)->icon().isNull());
        // Enter opens the case.
        view->view()->setFocus();
        view->view()->setCurrentIndex(model->index(remandRow, 0));
        QTest::keyClick(view->view(), Qt::Key_Return);
        QCOMPARE(window.tabs()->openRecords(), QStringList{u"case:"_s + caseId});

        // The Dashboard lists it among the nearest deadlines, marked overdue.
        window.overviewPage()->refreshFigures();
        QTreeWidget* nearest = window.overviewPage()->deadlinesList();
        bool found = false;
        for (int i = 0; i < nearest->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = nearest->topLevelItem(i);
            found = found || (item->text(1) == u"Remand expires"_s && item->text(0).contains(u"overdue"_s));
        }
        QVERIFY(found);
        QCOMPARE(window.findChild<QLabel*>(u"overviewCases"_s)->text(), u"1"_s);
    }

    void duplicateMergeIsUndoneFromTheEditMenu() {
        test::TestDatabase db;
        QString keep;
        QString duplicate;
        {
            test::Writer w(db, test::kAdmin);
            keep = w.person(u"Imran Akhtar"_s, u"عمران اختر"_s, u"34101-2345678-9"_s, u"+923001234567"_s);
            duplicate = w.person(u"Imran Akhter"_s, u"عمران اختر"_s, u"34101-2345678-9"_s, u"03001234567"_s);
            QVERIFY(!keep.isEmpty() && !duplicate.isEmpty());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, db, test::kAdmin));
        window.findDuplicates();
        auto* review = qobject_cast<DuplicateReview*>(window.tabs()->currentWidget());
        QVERIFY(review);
        review->scan();
        QVERIFY(review->model()->rowCount() >= 1);
        review->view()->setCurrentIndex(review->model()->index(0, 0));
        QVERIFY(review->mergeSelected(true));

        auto* people = qobject_cast<ListPage*>(window.sectionWidget(u"people"_s));
        QVERIFY(people);
        const auto personCount = [people] {
            return *people->model()->totalCount();
        };
        QCOMPARE(personCount(), 1);
        QVERIFY(window.undoAction()->isEnabled());
        QVERIFY(window.undoAction()->text().contains(u"Undo"_s));
        window.undoAction()->trigger();
        QCOMPARE(personCount(), 2);
        auto merged = PersonRepository(*window.context()).get(duplicate);
        QVERIFY(merged);
        QVERIFY(merged->mergedInto.isEmpty());
        QVERIFY(window.redoAction()->isEnabled());
        window.redoAction()->trigger();
        QCOMPARE(personCount(), 1);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestShellReview)
#include "test_shell_review.moc"
