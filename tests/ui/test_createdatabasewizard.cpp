#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "security/accountadmin.h"
#include "security/session.h"
#include "testdatabase.h"
#include "ui/createdatabasewizard.h"
#include "ui/messagebar.h"
#include "ui/settings.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Seven long Words for 2025!"_s;

template <typename T>
T* child(QWidget* parent, const QString& name) {
    auto* found = parent->findChild<T*>(name);
    if (!found) {
        qWarning("missing child widget %s", qPrintable(name));
    }
    return found;
}

} // namespace

class TestCreateDatabaseWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Settings::setFilePath(m_dir.filePath(u"settings.ini"_s));
    }

    void createsADatabaseThatUnlocks() {
        CreateDatabaseWizard wizard;
        wizard.setKdfParams(test::fastKdf());
        wizard.show();

        // Location: the extension is added when missing.
        child<QLineEdit>(&wizard, u"databasePathEdit"_s)->setText(m_dir.filePath(u"office"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::OfficePageId));

        auto* office = child<QComboBox>(&wizard, u"officeCombo"_s);
        QVERIFY(office->count() > 10); // the seeded organisation tree
        const int isb = office->findData(u"ISB-AHTC"_s);
        QVERIFY(isb >= 0);
        office->setCurrentIndex(isb);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::AdministratorPageId));

        QAbstractButton* create = wizard.button(QWizard::CommitButton);
        child<QLineEdit>(&wizard, u"usernameEdit"_s)->setText(u"a.khan"_s);
        child<QLineEdit>(&wizard, u"displayNameEdit"_s)->setText(u"Ayesha Khan"_s);
        QTest::keyClicks(child<QLineEdit>(&wizard, u"passwordEdit"_s), kPassword);
        QTest::keyClicks(child<QLineEdit>(&wizard, u"confirmPasswordEdit"_s), u"Seven long words"_s);
        QVERIFY2(!create->isEnabled(), "mismatched passwords must not create a database");
        child<QLineEdit>(&wizard, u"confirmPasswordEdit"_s)->setText(kPassword);
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::RecoveryKeyPageId));

        const QString path = m_dir.filePath(u"office.caselink"_s);
        QCOMPARE(wizard.createdPath(), path);
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(DatabaseFiles(path).keys));
        // Typed passwords leave the widgets once the database exists.
        QVERIFY(child<QLineEdit>(&wizard, u"passwordEdit"_s)->text().isEmpty());

        const QString recoveryKey = child<QLineEdit>(&wizard, u"recoveryKeyEdit"_s)->text();
        QVERIFY(!recoveryKey.isEmpty());
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        QVERIFY2(!finish->isEnabled(), "Finish needs the written-down confirmation");
        child<QCheckBox>(&wizard, u"writtenDownCheck"_s)->setChecked(true);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(child<QLineEdit>(&wizard, u"recoveryKeyEdit"_s)->text().isEmpty());

        auto session = Session::unlock(path, u"a.khan"_s, SecureBytes::fromUtf8(kPassword));
        QVERIFY2(session.has_value(), qPrintable(session ? QString() : session.error().message));
        QCOMPARE((*session)->user().displayName, u"Ayesha Khan"_s);
        QCOMPARE((*session)->user().role, Role::Administrator);
        QCOMPARE((*session)->user().officeCode, u"ISB-AHTC"_s);
        QVERIFY((*session)->close().has_value());
        session->reset();

        // The key shown once really recovers the administrator.
        const QString newPassword = u"another long passphrase 77"_s;
        QVERIFY(AccountAdmin::recoverAdministrator(path, recoveryKey, u"a.khan"_s, SecureBytes::fromUtf8(newPassword),
                                                   test::fastKdf())
                    .has_value());
        QVERIFY(Session::unlock(path, u"a.khan"_s, SecureBytes::fromUtf8(newPassword)).has_value());
    }

    void refusesToOverwriteAnExistingDatabase() {
        test::TestDatabase existing;
        QVERIFY(existing.isValid());
        const QByteArray before = test::fileSha256(existing.path());
        CreateDatabaseWizard wizard;
        wizard.setKdfParams(test::fastKdf());
        wizard.show();
        child<QLineEdit>(&wizard, u"databasePathEdit"_s)->setText(existing.path());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::LocationPageId));
        auto* bar = wizard.currentPage()->findChild<MessageBar*>();
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Error);
        QCOMPARE(test::fileSha256(existing.path()), before);
    }

    void shortPasswordsCannotBeCommitted() {
        CreateDatabaseWizard wizard;
        wizard.setKdfParams(test::fastKdf());
        wizard.show();
        child<QLineEdit>(&wizard, u"databasePathEdit"_s)->setText(m_dir.filePath(u"short.caselink"_s));
        wizard.next();
        wizard.next();
        child<QLineEdit>(&wizard, u"usernameEdit"_s)->setText(u"admin"_s);
        child<QLineEdit>(&wizard, u"displayNameEdit"_s)->setText(u"Admin"_s);
        child<QLineEdit>(&wizard, u"passwordEdit"_s)->setText(u"short"_s);
        child<QLineEdit>(&wizard, u"confirmPasswordEdit"_s)->setText(u"short"_s);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!QFile::exists(m_dir.filePath(u"short.caselink"_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCreateDatabaseWizard)
#include "test_createdatabasewizard.moc"
