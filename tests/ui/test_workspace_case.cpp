// The case workspace as an investigator uses it, on a real encrypted database: a case created through the dialog,
// an accused and a victim added, an arrest and a remand recorded, the remand expiry deadline shown, all of it undone
// and redone through the undo stack; inline validation; victims hidden from users without the grant.
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>

#include "ui/messagebar.h"
#include "ui/workspace/addpersondialog.h"
#include "ui/workspace/arrestdialogs.h"
#include "ui/workspace/arrestspanel.h"
#include "ui/workspace/casedialog.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/overviewpanel.h"
#include "ui/workspace/peoplepanels.h"
#include "ui/workspace/personfields.h"
#include "workspacefixture.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

// The record id a table keeps in the first cell of a row (setTableRow).
QString selectedRecordIdOfRow(const QTableWidget* table, int row) {
    const QTableWidgetItem* item = table->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

class TestWorkspaceCase : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_f.setUp());
        RecordDialog::setDiscardQuestion([this](QWidget*) {
            ++m_discardAsked;
            return true;
        });
    }

    void createCaseThroughDialog() {
        CaseDialog dialog(*m_f.context, m_f.stack());
        QVERIFY(!dialog.okButton()->isEnabled()); // neither an FIR nor an enquiry number yet
        dialog.firEdit()->setText(u"C-12/2019x"_s);
        QVERIFY(!dialog.feedback(dialog.firEdit()).isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.firEdit()->setText(u"C-12/%1"_s.arg(QDate::currentDate().year()));
        field(&dialog, "firDateEdit")->setText(day(-10));
        QVERIFY(!dialog.okButton()->isEnabled()); // a new registration needs its time too
        QVERIFY(dialog.feedback(dialog.firTimeEdit()).contains(u"HH:MM"_s));
        dialog.firTimeEdit()->setText(u"10:30"_s);
        dialog.titleEdit()->setText(u"Gujrat agents sending migrants via Libya"_s);
        dialog.offenceList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.feedback(dialog.firEdit())));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        m_caseId = dialog.savedCaseId();
        QVERIFY(!m_caseId.isEmpty());
        QCOMPARE(m_f.stack().count(), 1);
    }

    void failedSaveKeepsDialogAndInput() {
        CaseDialog dialog(*m_f.context, m_f.stack());
        const QString fir = u"C-12/%1"_s.arg(QDate::currentDate().year()); // already recorded for this station
        dialog.firEdit()->setText(fir);
        dialog.firDateEdit()->setText(day(-9));
        dialog.firTimeEdit()->setText(u"11:00"_s);
        dialog.titleEdit()->setText(u"A second case typed in full"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
        QVERIFY(!dialog.messageBar()->isHidden());
        QVERIFY(dialog.messageBar()->text().contains(fir));
        QCOMPARE(dialog.titleEdit()->text(), u"A second case typed in full"_s);
        QCOMPARE(m_f.stack().count(), 1);
    }

    void editCaseAndUndo() {
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        CaseDialog* dialog = workspace.overview()->editCase();
        QVERIFY(!dialog->isModified());
        QCOMPARE(dialog->titleEdit()->text(), u"Gujrat agents sending migrants via Libya"_s);
        dialog->titleEdit()->setText(u"Gujrat agents: Libya route"_s);
        dialog->accept();
        QTRY_VERIFY(visibleText(&workspace).contains(u"Gujrat agents: Libya route"_s));
        m_f.stack().undo();
        QTRY_VERIFY(visibleText(&workspace).contains(u"Gujrat agents sending migrants via Libya"_s));
        QCOMPARE(m_f.stack().index(), 1);
        // The undone edit is thrown away by the next command, as in any editor.
    }

    void invalidCnicShowsInlineErrorAndDisablesOk() {
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        AddPersonDialog* dialog = workspace.people()->addPerson(true);
        dialog->createNew()->setChecked(true);
        dialog->fields()->nameLatin()->setText(u"Shahid Mehmood"_s);
        dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(u"AGENT"_s));
        dialog->arrestStatusBox()->setCurrentIndex(dialog->arrestStatusBox()->findData(u"WANTED"_s));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->fields()->cnic()->setText(u"34101-12345"_s);
        QVERIFY(dialog->feedback(dialog->fields()->cnic()).contains(u"13"_s) ||
                !dialog->feedback(dialog->fields()->cnic()).isEmpty());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(field<QLabel>(dialog, "cnicEditFeedback")->isVisibleTo(dialog));
        dialog->fields()->cnic()->setText(u"34101-1234567-1"_s);
        QCOMPARE(dialog->feedback(dialog->fields()->cnic()), QString());
        QVERIFY(dialog->okButton()->isEnabled());
        // Cancelling with edits asks first; the answer here discards.
        const int asked = m_discardAsked;
        dialog->reject();
        QCOMPARE(m_discardAsked, asked + 1);
        QCOMPARE(m_f.stack().index(), 1); // nothing was saved
    }

    void accusedVictimArrestRemandAppearAndUndo() {
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        QCOMPARE(workspace.title(), u"C-12/%1"_s.arg(QDate::currentDate().year()));
        QCOMPARE(workspace.tabs()->count(), 11);

        AddPersonDialog* accused = workspace.people()->addPerson(true);
        accused->createNew()->setChecked(true);
        accused->fields()->nameLatin()->setText(u"Shahid Mehmood"_s);
        accused->fields()->cnic()->setText(u"34101-1234567-1"_s);
        accused->fields()->phones()->setText(u"0300 1234567"_s);
        // Neither a role nor an arrest status is chosen for the officer: saving waits for both.
        QCOMPARE(accused->roleBox()->currentText(), u"Choose…"_s);
        QVERIFY(!accused->okButton()->isEnabled());
        QVERIFY(accused->feedback(accused->roleBox()).contains(u"Choose the person's role"_s));
        accused->roleBox()->setCurrentIndex(accused->roleBox()->findData(u"AGENT"_s));
        QVERIFY(!accused->okButton()->isEnabled());
        accused->arrestStatusBox()->setCurrentIndex(accused->arrestStatusBox()->findData(u"WANTED"_s));
        QVERIFY(accused->okButton()->isEnabled());
        accused->accept();
        QTRY_COMPARE(workspace.people()->accusedTable()->rowCount(), 1);
        QCOMPARE(workspace.people()->accusedTable()->item(0, 0)->text(), u"Shahid Mehmood"_s);

        // An existing person found by search: the accused also recorded as a witness would be odd; pick by CNIC.
        AddPersonDialog* other = workspace.people()->addPerson(false);
        other->searchEdit()->setText(u"34101-1234567-1"_s);
        QCOMPARE(other->results()->count(), 1);
        QVERIFY(!other->okButton()->isEnabled());
        other->results()->setCurrentRow(0);
        QVERIFY(!other->okButton()->isEnabled()); // and the role is the officer's choice
        other->roleBox()->setCurrentIndex(other->roleBox()->findData(u"WITNESS"_s));
        QVERIFY(other->okButton()->isEnabled());
        other->reject();
        QVERIFY(!other->isVisible() || other->result() == QDialog::Rejected);

        AddPersonDialog* victim = workspace.victims()->addVictim();
        victim->createNew()->setChecked(true);
        victim->fields()->nameLatin()->setText(u"Ali Raza"_s);
        victim->fields()->phones()->setText(u"0301 7654321"_s);
        victim->roleBox()->setCurrentIndex(victim->roleBox()->findData(u"SMUGGLED_MIGRANT"_s));
        victim->accept();
        QTRY_COMPARE(workspace.victims()->table()->rowCount(), 1);
        QCOMPARE(workspace.victims()->table()->item(0, 0)->text(), u"Ali Raza"_s);
        QVERIFY(workspace.victims()->restrictedNotice()->isHidden());

        ArrestDialog* arrest = workspace.arrests()->recordArrest();
        QCOMPARE(arrest->personBox()->count(), 2);                        // "Choose…" and the accused side only
        QVERIFY(arrest->personBox()->currentData().toString().isEmpty()); // nobody pre-selected
        arrest->personBox()->setCurrentIndex(1);
        arrest->dateEdit()->setText(day(-2));
        arrest->placeEdit()->setText(u"Gujrat bus stand"_s);
        QVERIFY(arrest->okButton()->isEnabled());
        arrest->accept();
        QTRY_COMPARE(workspace.arrests()->arrestTable()->rowCount(), 1);
        QCOMPARE(workspace.people()->accusedTable()->item(0, 3)->text(),
                 arrestStatusDisplayName(ArrestStatus::Arrested));

        RemandDialog* remand = workspace.arrests()->addRemand();
        remand->arrestBox()->setCurrentIndex(1);
        remand->fromEdit()->setText(day(-1));
        remand->toEdit()->setText(day(20)); // 22 days of physical remand: over the section 167 ceiling
        QVERIFY(!remand->okButton()->isEnabled());
        QVERIFY(!remand->feedback(remand->toEdit()).isEmpty());
        remand->toEdit()->setText(day(3));
        QVERIFY2(remand->okButton()->isEnabled(), qPrintable(remand->feedback(remand->toEdit())));
        remand->accept();
        QTRY_COMPARE(workspace.arrests()->custodyTable()->rowCount(), 1);
        QCOMPARE(workspace.arrests()->arrestTable()->item(0, 5)->text(), u"5 day(s)"_s);
        const QString expiry = day(3);
        QVERIFY2(workspace.arrests()->deadlinesLabel()->text().contains(expiry),
                 qPrintable(workspace.arrests()->deadlinesLabel()->text()));
        QVERIFY(workspace.overview()->deadlinesLabel()->text().contains(expiry));
        QCOMPARE(m_f.stack().count(), 5); // case, accused, victim, arrest, remand
        const QString arrestId = selectedRecordIdOfRow(workspace.arrests()->arrestTable(), 0);
        const QString accusedRoleId = selectedRecordIdOfRow(workspace.people()->accusedTable(), 0);
        QVERIFY(!arrestId.isEmpty() && !accusedRoleId.isEmpty());

        // Undo, step by step, takes each record away again.
        m_f.stack().undo();
        QTRY_COMPARE(workspace.arrests()->custodyTable()->rowCount(), 0);
        QVERIFY(!workspace.arrests()->deadlinesLabel()->text().contains(expiry));
        m_f.stack().undo();
        QTRY_COMPARE(workspace.arrests()->arrestTable()->rowCount(), 0);
        QCOMPARE(workspace.people()->accusedTable()->item(0, 3)->text(), arrestStatusDisplayName(ArrestStatus::Wanted));
        m_f.stack().undo();
        QTRY_COMPARE(workspace.victims()->table()->rowCount(), 0);
        m_f.stack().undo();
        QTRY_COMPARE(workspace.people()->accusedTable()->rowCount(), 0);
        QCOMPARE(m_f.stack().count(), 5);
        QCOMPARE(m_f.stack().index(), 1);

        // Redo brings them back, the deadline with them.
        for (int i = 0; i < 4; ++i) {
            m_f.stack().redo();
        }
        QCOMPARE(m_f.stack().index(), 5);
        QTRY_COMPARE(workspace.arrests()->custodyTable()->rowCount(), 1);
        QCOMPARE(workspace.people()->accusedTable()->rowCount(), 1);
        QCOMPARE(workspace.victims()->table()->rowCount(), 1);
        QCOMPARE(workspace.arrests()->arrestTable()->rowCount(), 1);
        QVERIFY(workspace.arrests()->deadlinesLabel()->text().contains(expiry));
        // The very same records came back: an arrest, a role keep their ids through undo and redo.
        QCOMPARE(selectedRecordIdOfRow(workspace.arrests()->arrestTable(), 0), arrestId);
        QCOMPARE(selectedRecordIdOfRow(workspace.people()->accusedTable(), 0), accusedRoleId);
        // The history page lists it as a sentence naming the person, not as an action key.
        QVERIFY(visibleText(&workspace).contains(u"Arrest recorded: Shahid Mehmood"_s));
        QVERIFY(!visibleText(&workspace).contains(u"arrest.create"_s));
    }

    // A tab re-reads its case when a change touches it - the case, a record of it, one of its persons - and not for
    // changes elsewhere; several changes in a row become one re-read.
    void changesElsewhereLeaveTheTabAlone() {
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        QVERIFY(workspace.isLoaded());
        QSignalSpy refreshed(&workspace, &CaseWorkspace::refreshed);
        CaseRecord other;
        other.firNumber = u"C-99/2025"_s;
        other.firDate = QDate::currentDate().addDays(-3);
        QVERIFY(CaseRepository(*m_f.context).create(other));
        Person stranger;
        stranger.nameLatin = u"Nadeem Akhtar"_s;
        QVERIFY(PersonRepository(*m_f.context).create(stranger));
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 0);

        CaseRepository cases(*m_f.context);
        auto mine = cases.get(m_caseId);
        mine->summary = u"first"_s;
        QVERIFY(cases.update(*mine));
        mine->summary = u"second"_s;
        QVERIFY(cases.update(*mine));
        QTRY_COMPARE(refreshed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 1);
    }

    void userWithoutGrantSeesNoVictimIdentity() {
        QVERIFY(m_f.signInAs(kPlain));
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        QVERIFY(workspace.isLoaded());
        QVERIFY(!workspace.victims()->restrictedNotice()->isHidden());
        QVERIFY(workspace.victims()->table()->isHidden());
        QCOMPARE(workspace.victims()->table()->rowCount(), 0);
        const QString text = visibleText(&workspace);
        QVERIFY(text.contains(u"Shahid Mehmood"_s)); // the accused stays visible
        QVERIFY(!text.contains(u"Ali Raza"_s));
        QVERIFY(!text.contains(u"7654321"_s));
        QVERIFY(m_f.signInAs(kGranted));
    }

private:
    WorkspaceFixture m_f;
    QString m_caseId;
    int m_discardAsked = 0;
};

QTEST_MAIN(TestWorkspaceCase)
#include "test_workspace_case.moc"
