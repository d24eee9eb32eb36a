// Registering and working a case the way a new user does it, through the real main window: File > New case
// (Ctrl+Shift+N) on a fresh database, the accused and the victim, an arrest with its production, a remand; the remand's
// deadline shows in the Deadlines view and on the Dashboard without reopening anything, and Ctrl+Z / Ctrl+Shift+Z take
// it away and bring it back. Also: an enquiry turned into an FIR from the case page, New person and New organisation
// from the list pages, and the Urdu OK/Cancel buttons.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>

#include "models/pagedtablemodel.h"
#include "shellfixture.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/deadlinesview.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"
#include "ui/workspace/addpersondialog.h"
#include "ui/workspace/arrestdialogs.h"
#include "ui/workspace/arrestspanel.h"
#include "ui/workspace/casedialog.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/newrecorddialogs.h"
#include "ui/workspace/overviewpanel.h"
#include "ui/workspace/peoplepanels.h"
#include "ui/workspace/personfields.h"
#include "ui/workspace/personprofile.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

const QString kOfficer = QStringLiteral("io.register");

QString day(int offset) {
    return QDate::currentDate().addDays(offset).toString(u"dd-MM-yyyy"_s);
}

// The dialog the last action opened, as the user sees it: the active modal window.
template <typename Dialog>
Dialog* modalDialog() {
    Dialog* found = nullptr;
    for (int i = 0; i < 100 && !found; ++i) {
        found = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!found) {
            QTest::qWait(20);
        }
    }
    return found;
}

void type(QWidget* field, const QString& text) {
    field->setFocus();
    QTest::keyClicks(field, text);
}

void choose(QComboBox* box, const QString& key) {
    box->setCurrentIndex(box->findData(key));
}

bool menuHas(QMenu* menu, const QString& actionName) {
    for (QAction* action : menu->actions()) {
        if (action->objectName() == actionName) {
            return true;
        }
    }
    return false;
}

// Whether any row of the Deadlines view names the case and reads as a remand expiry.
bool deadlinesViewShows(DeadlinesView* view, const QString& caseLabel) {
    QStandardItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row, DeadlinesView::Case)->text().contains(caseLabel) &&
            model->item(row, DeadlinesView::Kind)->text().contains(u"emand"_s)) {
            return true;
        }
    }
    return false;
}

// Whether the Dashboard's work queue lists the case under its remands bucket (a heading with the rows below it).
bool dashboardShows(OverviewPage* page, const QString& caseLabel) {
    QTreeWidget* queue = page->workQueueList();
    const auto rowText = [](QTreeWidgetItem* item) {
        QStringList cells;
        for (int c = 0; c < item->columnCount(); ++c) {
            cells << item->text(c);
        }
        return cells.join(u' ');
    };
    for (int i = 0; i < queue->topLevelItemCount(); ++i) {
        QTreeWidgetItem* bucket = queue->topLevelItem(i);
        if (!rowText(bucket).contains(u"emand"_s)) {
            continue;
        }
        for (int j = 0; j < bucket->childCount(); ++j) {
            if (rowText(bucket->child(j)).contains(caseLabel)) {
                return true;
            }
        }
    }
    return false;
}

// Ctrl+Z in a text field undoes typing there, as everywhere; the user clicks on the tab bar first.
bool pressUndoKey(MainWindow& window, Qt::KeyboardModifiers modifiers) {
    // Back in the main window after a dialog closed, as when the user clicks into it.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        return false;
    }
    QWidget* neutral = window.tabs()->tabBar();
    neutral->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(neutral, Qt::Key_Z, modifiers);
    return true;
}

} // namespace

class TestRegisterCase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        applyLanguage(u"en"_s);
        Settings::setFilePath(m_settingsDir.filePath(u"settings.ini"_s));
        RecordDialog::setDiscardQuestion([](QWidget*) { return true; });
    }

    void init() {
        m_db = std::make_unique<test::TestDatabase>(); // a fresh database: no case, no person
        QVERIFY(m_db->isValid());
        {
            // The investigator who registers the case; the victim grant lets them see the victim they add.
            test::Writer w(*m_db, test::kAdmin);
            QVERIFY(w.addUser(kOfficer, Role::Investigator, u"GRW-AHTC"_s, true));
        }
        m_window = std::make_unique<MainWindow>();
        wireApplication(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::unlockWindow(*m_window, *m_db, kOfficer));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_db.reset();
        applyLanguage(u"en"_s);
    }

    void registerAndWorkACaseEndToEnd() {
        auto* fileMenu = m_window->menuBar()->findChild<QMenu*>(u"fileMenu"_s);
        QVERIFY(fileMenu);
        QVERIFY(menuHas(fileMenu, u"newCaseAction"_s));
        QVERIFY(menuHas(fileMenu, u"newPersonAction"_s));
        QVERIFY(menuHas(fileMenu, u"newOrganisationAction"_s));

        // The Deadlines view and the Dashboard are loaded once, before anything exists.
        QVERIFY(m_window->showSection(u"deadlines"_s));
        auto* deadlines = qobject_cast<DeadlinesView*>(m_window->sectionWidget(u"deadlines"_s));
        QVERIFY(deadlines);
        QTRY_COMPARE(deadlines->model()->rowCount(), 0);
        QVERIFY(m_window->showSection(u"dashboard"_s));
        OverviewPage* dashboard = m_window->overviewPage();
        QTRY_VERIFY(dashboard->figuresLoaded());

        // File > New case by its shortcut.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto* caseDialog = modalDialog<CaseDialog>();
        QVERIFY2(caseDialog, "Ctrl+Shift+N opened no New case dialog");
        QCOMPARE(caseDialog->windowTitle(), u"New case"_s);
        const QString fir = u"C-5/%1"_s.arg(QDate::currentDate().year());
        type(caseDialog->firEdit(), fir);
        type(caseDialog->firDateEdit(), day(-3));
        QVERIFY(!caseDialog->okButton()->isEnabled()); // the time of registration is still missing
        type(caseDialog->firTimeEdit(), u"09:40"_s);
        type(caseDialog->titleEdit(), u"Mandi Bahauddin agents, Libya route"_s);
        type(caseDialog->summaryEdit(), u"Complainant's son left for Libya in May; the boat sank off Benghazi."_s);
        caseDialog->offenceList()->item(0)->setCheckState(Qt::Checked);
        type(caseDialog->complainantEdit(), u"Ghulam Rasool"_s);
        QVERIFY(caseDialog->feedback(caseDialog->complainantMatches()).contains(u"new person"_s));
        QVERIFY2(caseDialog->okButton()->isEnabled(), qPrintable(caseDialog->feedback(caseDialog->firTimeEdit())));
        QTest::mouseClick(caseDialog->okButton(), Qt::LeftButton);

        // Saved as one undoable step, and the case is open in a tab.
        QCOMPARE(m_window->undoStack()->count(), 1);
        QTRY_VERIFY(qobject_cast<CaseWorkspace*>(m_window->tabs()->currentWidget()));
        auto* workspace = qobject_cast<CaseWorkspace*>(m_window->tabs()->currentWidget());
        QTRY_VERIFY(workspace->isLoaded());
        QCOMPARE(workspace->title(), fir);
        QVERIFY(workspace->overview()->findChild<QLabel*>(u"firValue"_s)->text().contains(u"09:40"_s));

        // The accused: role and arrest status are chosen, never pre-selected.
        QTest::mouseClick(workspace->people()->findChild<QPushButton*>(u"addAccusedButton"_s), Qt::LeftButton);
        auto* accused = modalDialog<AddPersonDialog>();
        QVERIFY(accused);
        accused->createNew()->setChecked(true);
        type(accused->fields()->nameLatin(), u"Shahbaz Ahmed"_s);
        QCOMPARE(accused->roleBox()->currentText(), u"Choose…"_s);
        QVERIFY(!accused->okButton()->isEnabled());
        choose(accused->roleBox(), u"SUB_AGENT"_s);
        choose(accused->arrestStatusBox(), u"WANTED"_s);
        QTest::mouseClick(accused->okButton(), Qt::LeftButton);
        QTRY_COMPARE(workspace->people()->accusedTable()->rowCount(), 1);

        // The victim, from the victims page.
        QTest::mouseClick(workspace->victims()->findChild<QPushButton*>(u"addVictimButton"_s), Qt::LeftButton);
        auto* victim = modalDialog<AddPersonDialog>();
        QVERIFY(victim);
        victim->createNew()->setChecked(true);
        type(victim->fields()->nameLatin(), u"Usman Rasool"_s);
        choose(victim->roleBox(), u"SMUGGLED_MIGRANT"_s);
        QTest::mouseClick(victim->okButton(), Qt::LeftButton);
        QTRY_COMPARE(workspace->victims()->table()->rowCount(), 1);

        // The arrest, first dated before the FIR: refused until the reason is given; then the right date, with the
        // production before the magistrate six hours later.
        QTest::mouseClick(workspace->arrests()->findChild<QPushButton*>(u"recordArrestButton"_s), Qt::LeftButton);
        auto* arrest = modalDialog<ArrestDialog>();
        QVERIFY(arrest);
        QVERIFY(arrest->personBox()->currentData().toString().isEmpty()); // no accused pre-selected
        arrest->personBox()->setCurrentIndex(1);
        type(arrest->dateEdit(), day(-5));
        QVERIFY(!arrest->okButton()->isEnabled());
        QVERIFY2(arrest->feedback(arrest->dateReasonEdit()).contains(u"before the case was registered"_s),
                 qPrintable(arrest->feedback(arrest->dateReasonEdit())));
        arrest->dateEdit()->clear();
        type(arrest->dateEdit(), day(-2));
        arrest->timeEdit()->setTime(QTime(8, 0));
        type(arrest->placeEdit(), u"Gujrat bus stand"_s);
        // Produced 32 hours later: saved only with the reason for the delay, which the arrest then shows.
        arrest->producedCheck()->setFocus();
        QTest::keyClick(arrest->producedCheck(), Qt::Key_Space);
        QVERIFY(arrest->producedCheck()->isChecked());
        type(arrest->producedDateEdit(), day(-1));
        arrest->producedTimeEdit()->setTime(QTime(16, 0));
        QVERIFY(!arrest->okButton()->isEnabled());
        QVERIFY(arrest->feedback(arrest->delayReasonEdit()).contains(u"reason for the delay"_s));
        type(arrest->delayReasonEdit(), u"Duty magistrate on leave"_s);
        QVERIFY2(arrest->okButton()->isEnabled(), qPrintable(arrest->feedback(arrest->producedDateEdit())));
        QTest::mouseClick(arrest->okButton(), Qt::LeftButton);
        QTRY_COMPARE(workspace->arrests()->arrestTable()->rowCount(), 1);
        QVERIFY(workspace->arrests()->arrestTable()->item(0, 8)->text().contains(u"Duty magistrate on leave"_s));

        // The remand order.
        QTest::mouseClick(workspace->arrests()->findChild<QPushButton*>(u"addRemandButton"_s), Qt::LeftButton);
        auto* remand = modalDialog<RemandDialog>();
        QVERIFY(remand);
        remand->arrestBox()->setCurrentIndex(1);
        choose(remand->kindBox(), u"PHYSICAL"_s);
        type(remand->fromEdit(), day(0));
        type(remand->toEdit(), day(1)); // ends within 48 hours: the Dashboard's work queue lists it
        QVERIFY(remand->okButton()->isEnabled());
        QTest::mouseClick(remand->okButton(), Qt::LeftButton);
        QTRY_COMPARE(workspace->arrests()->custodyTable()->rowCount(), 1);
        QCOMPARE(m_window->undoStack()->count(), 5); // case, accused, victim, arrest, remand

        // The remand's expiry reaches the Deadlines view and the Dashboard on its own.
        QTRY_VERIFY(deadlinesViewShows(deadlines, fir));
        QTRY_VERIFY(dashboardShows(dashboard, fir));

        // Ctrl+Z takes the remand back: gone from both; Ctrl+Shift+Z brings it back.
        QVERIFY(pressUndoKey(*m_window, Qt::ControlModifier));
        QTRY_COMPARE(m_window->undoStack()->index(), 4);
        QTRY_VERIFY(!deadlinesViewShows(deadlines, fir));
        QTRY_VERIFY(!dashboardShows(dashboard, fir));
        QVERIFY(pressUndoKey(*m_window, Qt::ControlModifier | Qt::ShiftModifier));
        QTRY_COMPARE(m_window->undoStack()->index(), 5);
        QTRY_VERIFY(deadlinesViewShows(deadlines, fir));
        QTRY_VERIFY(dashboardShows(dashboard, fir));
    }

    void enquiryBecomesAnFirFromTheCasePage() {
        m_window->actions()->action(u"newCaseAction"_s)->trigger();
        auto* caseDialog = modalDialog<CaseDialog>();
        QVERIFY(caseDialog);
        type(caseDialog->enquiryEdit(), u"ENQ-GRW-2026-0007"_s);
        type(caseDialog->enquiryDateEdit(), day(-6));
        type(caseDialog->enquiryTimeEdit(), u"11:05"_s);
        QVERIFY(caseDialog->okButton()->isEnabled());
        QTest::mouseClick(caseDialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<CaseWorkspace*>(m_window->tabs()->currentWidget()));
        auto* workspace = qobject_cast<CaseWorkspace*>(m_window->tabs()->currentWidget());
        QTRY_VERIFY(workspace->isLoaded());
        auto* registerFir = workspace->overview()->findChild<QPushButton*>(u"registerFirButton"_s);
        QVERIFY(registerFir && !registerFir->isHidden());
        QTest::mouseClick(registerFir, Qt::LeftButton);
        auto* dialog = modalDialog<RegisterFirDialog>();
        QVERIFY(dialog);
        const QString fir = u"C-9/%1"_s.arg(QDate::currentDate().year());
        type(dialog->firEdit(), fir);
        type(dialog->dateEdit(), day(-2));
        type(dialog->timeEdit(), u"16:20"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        auto* firValue = workspace->overview()->findChild<QLabel*>(u"firValue"_s);
        auto* status = workspace->overview()->findChild<QLabel*>(u"statusValue"_s);
        QTRY_VERIFY2(firValue->text().contains(fir), qPrintable(firValue->text()));
        QCOMPARE(status->text(), caseStatusDisplayName(CaseStatus::FirRegistered));
        QVERIFY(workspace->overview()->findChild<QLabel*>(u"enquiryValue"_s)->text().contains(u"ENQ-GRW-2026-0007"_s));
        QVERIFY(registerFir->isHidden());
        // Undo returns the enquiry, as it was.
        QVERIFY(pressUndoKey(*m_window, Qt::ControlModifier));
        QTRY_VERIFY(!firValue->text().contains(fir));
        QCOMPARE(status->text(), caseStatusDisplayName(CaseStatus::EnquiryRegistered));
        QVERIFY(!registerFir->isHidden());
    }

    void newPersonAndOrganisationFromTheListPages() {
        QVERIFY(m_window->showSection(u"people"_s));
        auto* people = qobject_cast<ListPage*>(m_window->sectionWidget(u"people"_s));
        QVERIFY(people);
        auto* newPerson = people->findChild<QToolButton*>(u"newPersonButton"_s);
        QVERIFY(newPerson);
        QVERIFY(people->view()->actions().contains(m_window->actions()->action(u"newPersonAction"_s)));
        QTest::mouseClick(newPerson, Qt::LeftButton);
        auto* person = modalDialog<NewPersonDialog>();
        QVERIFY(person);
        type(person->fields()->nameLatin(), u"Nadeem Akhtar"_s);
        QVERIFY(person->okButton()->isEnabled()); // a person on their own needs no case and no role
        QTest::mouseClick(person->okButton(), Qt::LeftButton);
        QTRY_VERIFY(qobject_cast<PersonProfile*>(m_window->tabs()->currentWidget()));
        QTRY_COMPARE(people->model()->rowCount(), 1);

        QVERIFY(m_window->showSection(u"organisations"_s));
        auto* organisations = qobject_cast<ListPage*>(m_window->sectionWidget(u"organisations"_s));
        QVERIFY(organisations);
        QTest::mouseClick(organisations->findChild<QToolButton*>(u"newOrganisationButton"_s), Qt::LeftButton);
        auto* organisation = modalDialog<NewOrganisationDialog>();
        QVERIFY(organisation);
        type(organisation->nameEdit(), u"Al-Noor Travels"_s);
        QVERIFY(!organisation->okButton()->isEnabled()); // the kind is chosen, not assumed
        choose(organisation->kindBox(), u"TRAVEL_AGENCY"_s);
        QTest::mouseClick(organisation->okButton(), Qt::LeftButton);
        QTRY_COMPARE(organisations->model()->rowCount(), 1);
        QVERIFY(pressUndoKey(*m_window, Qt::ControlModifier));
        QTRY_COMPARE(organisations->model()->rowCount(), 0);
    }

    void okAndCancelAreUrduInUrdu() {
        QVERIFY(applyLanguage(u"ur"_s));
        m_window->actions()->action(u"newCaseAction"_s)->trigger();
        auto* dialog = modalDialog<CaseDialog>();
        QVERIFY(dialog);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"ٹھیک ہے"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"منسوخ کریں"_s);
        dialog->reject();
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRegisterCase)
#include "test_register_case.moc"
