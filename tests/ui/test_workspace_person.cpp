// The person profile on a real encrypted database: roles across cases open the case, a phone shared with a person
// of another case shows as cross-case correlation with links, the photo is stored in the database and undoable, and
// the person editor validates identifiers inline.
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>

#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/personinsight.h"
#include "ui/workspace/persondialog.h"
#include "ui/workspace/personfields.h"
#include "ui/workspace/personprofile.h"
#include "workspacefixture.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

class TestWorkspacePerson : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }

    void sharedPhoneAppearsAsCorrelation() {
        const QString first = addCase(u"C-21/2024"_s, u"Sialkot visa fraud"_s);
        const QString second = addCase(u"C-88/2024"_s, u"Mandi Bahauddin boat departures"_s);
        const QString asif = addPerson(u"Muhammad Asif"_s, u"0300 5556667"_s, first, PersonRole::Kingpin);
        const QString tariq = addPerson(u"Tariq Javed"_s, u"+92 300 5556667"_s, second, PersonRole::MoneyHandler);
        addPerson(u"Unrelated Person"_s, u"0321 9998887"_s, second, PersonRole::Transporter);

        PersonProfile profile(*m_f.context, m_f.navigator, m_f.stack(), asif);
        QVERIFY(profile.isLoaded());
        QCOMPARE(profile.title(), u"Muhammad Asif"_s);
        QCOMPARE(profile.casesTable()->rowCount(), 1);
        QCOMPARE(profile.casesTable()->item(0, 0)->text(), u"C-21/2024"_s);

        QTableWidget* correlation = profile.correlationTable();
        QCOMPARE(correlation->rowCount(), 1);
        QCOMPARE(correlation->item(0, 2)->text(), u"Tariq Javed"_s);
        QCOMPARE(correlation->item(0, 3)->text(), u"C-88/2024"_s);
        QVERIFY(correlation->item(0, 1)->text().contains(u"5556667"_s));

        QSignalSpy openedCase(&m_f.navigator, &Navigator::openCase);
        QSignalSpy openedPerson(&m_f.navigator, &Navigator::openPerson);
        emit correlation->cellActivated(0, 3);
        QCOMPARE(openedCase.count(), 1);
        QCOMPARE(openedCase.at(0).at(0).toString(), second);
        emit correlation->cellActivated(0, 2);
        QCOMPARE(openedPerson.at(0).at(0).toString(), tariq);
        profile.casesTable()->setCurrentCell(0, 0);
        emit profile.casesTable()->cellActivated(0, 0);
        QCOMPARE(openedCase.at(1).at(0).toString(), first);
        m_asif = asif;
    }

    void photoIsStoredAndUndoable() {
        PersonProfile profile(*m_f.context, m_f.navigator, m_f.stack(), m_asif);
        QVERIFY(!profile.photoLabel()->pixmap().isNull() == false);
        QImage image(60, 80, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        profile.setPhoto(png, u"image/png"_s);
        QTRY_VERIFY(!profile.photoLabel()->pixmap().isNull());
        QCOMPARE(PersonInsight(*m_f.context).photo(m_asif)->data, png);
        m_f.stack().undo();
        QTRY_VERIFY(profile.photoLabel()->pixmap().isNull());
        QVERIFY(PersonInsight(*m_f.context).photo(m_asif)->data.isEmpty());
    }

    void editorValidatesAndSavesUndoably() {
        PersonProfile profile(*m_f.context, m_f.navigator, m_f.stack(), m_asif);
        PersonDialog* dialog = profile.editPerson();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModified());
        dialog->fields()->phones()->setText(u"0300 5556667, 12345"_s);
        QVERIFY(!dialog->feedback(dialog->fields()->phones()).isEmpty());
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->fields()->phones()->setText(u"0300 5556667"_s);
        dialog->fields()->nameUrdu()->setText(u"محمد آصف"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->accept();
        QTRY_VERIFY(profile.findChild<QLabel*>(u"nameUrduLabel"_s)->text() == u"محمد آصف"_s);
        m_f.stack().undo();
        QTRY_VERIFY(profile.findChild<QLabel*>(u"nameUrduLabel"_s)->text().isEmpty());
    }

private:
    QString addCase(const QString& fir, const QString& title) {
        CaseRecord c;
        c.firNumber = fir;
        c.firDate = QDate(2024, 3, 12);
        c.status = CaseStatus::UnderInvestigation;
        c.title = title;
        auto saved = CaseRepository(*m_f.context).create(c);
        return saved ? saved->id : QString();
    }
    QString addPerson(const QString& name, const QString& phone, const QString& caseId, PersonRole role) {
        Person p;
        p.nameLatin = name;
        p.phones = {phone};
        auto saved = PersonRepository(*m_f.context).create(p);
        if (!saved) {
            return {};
        }
        CaseRole r;
        r.caseId = caseId;
        r.personId = saved->id;
        r.role = role;
        r.arrestStatus = ArrestStatus::Wanted;
        return CaseRoleRepository(*m_f.context).add(r) ? saved->id : QString();
    }

    WorkspaceFixture m_f;
    QString m_asif;
};

QTEST_MAIN(TestWorkspacePerson)
#include "test_workspace_person.moc"
