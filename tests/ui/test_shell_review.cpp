// Deadlines and duplicate review in the real main window: an overdue remand stands out (text and icon, not colour
// alone) in the Deadlines section and in the Dashboard's work queue; a duplicate pair found by the scan is merged and
// the merge is undone through Edit > Undo; a person held for review by an import is merged from the "Held for review"
// section, whose count in the sidebar and on the Dashboard follows, and Edit > Undo brings the pair back.
#include <algorithm>

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

#include "heldreviewfixture.h"
#include "models/heldreviewlistmodel.h"
#include "models/pagedtablemodel.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/personrepository.h"
#include "shellfixture.h"
#include "ui/language.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/deadlinesview.h"
#include "ui/shell/duplicatereview.h"
#include "ui/shell/heldreviewview.h"
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

        // The Dashboard's work queue lists it among the remands, marked overdue.
        window.overviewPage()->refreshFigures();
        QTreeWidget* queue = window.overviewPage()->workQueueList();
        bool found = false;
        for (int i = 0; i < queue->topLevelItemCount(); ++i) {
            for (int j = 0; j < queue->topLevelItem(i)->childCount(); ++j) {
                QTreeWidgetItem* item = queue->topLevelItem(i)->child(j);
                found =
                    found || (item->text(1).startsWith(u"Remand expires"_s) && item->text(0).contains(u"overdue"_s));
            }
        }
        QVERIFY(found);
        QCOMPARE(window.findChild<QLabel*>(u"overviewCases"_s)->text(), u"1"_s);

        // An arrest recorded meanwhile (here through the window's repositories, as a dialog does) reaches the open
        // Deadlines section and the Dashboard without reopening anything: its production is due within 24 hours.
        const int before = model->rowCount();
        Person arrested;
        arrested.nameLatin = u"Asif Butt"_s;
        auto person = PersonRepository(*window.context()).create(arrested);
        QVERIFY(person);
        QVERIFY(CaseRoleRepository(*window.context())
                    .add({{}, caseId, person->id, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}}));
        Arrest a;
        a.caseId = caseId;
        a.personId = person->id;
        a.arrestedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        a.place = u"FIA Composite Circle"_s;
        QVERIFY(ArrestRepository(*window.context()).record(a));
        QTRY_COMPARE(model->rowCount(), before + 1);
        QTRY_COMPARE(window.findChild<QLabel*>(u"overviewArrests"_s)->text(), u"2"_s);
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
        QSignalSpy scanned(review, &DuplicateReview::scanFinished);
        review->scan();
        QVERIFY(scanned.wait(20000));
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

    void heldPersonMergedFromTheReviewAndUndone() {
        test::TestDatabase db;
        test::HeldFromSpreadsheet held;
        {
            test::Writer w(db, test::kAdmin);
            held = test::holdFromSpreadsheet(*w.context, db.dir());
            QVERIFY(!held.itemId.isEmpty());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, db, test::kAdmin));
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        const auto reviewItem = [sidebar]() -> QListWidgetItem* {
            for (int row = 0; row < sidebar->count(); ++row) {
                if (sidebar->item(row)->data(Qt::UserRole + 1).toString() == u"review"_s) {
                    return sidebar->item(row);
                }
            }
            return nullptr;
        };
        QVERIFY(reviewItem());
        QCOMPARE(reviewItem()->text(), u"Held for review (1)"_s);
        // The Dashboard says so too, and its link opens the section.
        window.overviewPage()->refreshFigures();
        auto* figure = window.findChild<QLabel*>(u"overviewHeld"_s);
        QVERIFY(figure->text().contains(u"1 person(s) to compare"_s) || figure->text().contains(u"1 person to"_s));
        emit figure->linkActivated(u"review"_s);
        QCOMPARE(window.currentSection(), u"review"_s);
        QCOMPARE(window.tabs()->tabText(0), u"Held for review (1)"_s);

        auto* review = qobject_cast<HeldReviewView*>(window.sectionWidget(u"review"_s));
        QVERIFY(review && review->isVisible());
        QTableView* list = review->view();
        QCOMPARE(list->model()->rowCount(), 1);
        // Select the pair as a user does: a click on its row shows the two records side by side.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
        QVERIFY(review->current());
        QCOMPARE(review->current()->id, held.itemId);
        auto* heldBox = review->findChild<QWidget*>(u"heldReviewHeld"_s);
        auto* existingBox = review->findChild<QWidget*>(u"heldReviewExisting"_s);
        const auto shows = [](QWidget* box, const QString& text) {
            const QList<QLabel*> labels = box->findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->text().contains(text); });
        };
        QVERIFY(shows(heldBox, u"Kamran Shah"_s));
        QVERIFY(shows(heldBox, u"s/o Wali Shah"_s));
        QVERIFY(shows(heldBox, u"C-12/2024"_s));
        QVERIFY(shows(existingBox, u"+923007654321"_s));

        // Same person: merge. The list shrinks, the sidebar count goes, the People list has one Kamran Shah.
        QVERIFY(review->sameButton()->isEnabled());
        QTest::mouseClick(review->sameButton(), Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QCOMPARE(reviewItem()->text(), u"Held for review"_s);
        QCOMPARE(PersonRepository(*window.context()).get(held.heldId)->mergedInto, held.existingId);
        QVERIFY(!review->sameButton()->isEnabled());
        QVERIFY(review->findChild<QLabel*>(u"heldReviewStatus"_s)->text().contains(u"Edit > Undo"_s));

        // Edit > Undo brings the pair back, with both records as they were.
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(reviewItem()->text(), u"Held for review (1)"_s);
        QVERIFY(PersonRepository(*window.context()).get(held.heldId)->mergedInto.isEmpty());
        QVERIFY(review->current());
        QCOMPARE(review->current()->id, held.itemId);
        QVERIFY(review->sameButton()->isEnabled());

        // "Open the held record" opens the person in a tab.
        QTest::mouseClick(review->findChild<QPushButton*>(u"heldReviewOpenHeld"_s), Qt::LeftButton);
        QCOMPARE(window.tabs()->openRecords(), QStringList{u"person:"_s + held.heldId});

        // Locked, the sidebar shows no figure from the database.
        window.lock();
        QCOMPARE(reviewItem()->text(), u"Held for review"_s);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestShellReview)
#include "test_shell_review.moc"
