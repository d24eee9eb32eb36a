#include <QTemporaryDir>
#include <QTest>

#include "ui/settings.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        Settings::setFilePath(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)));
    }

    void defaults() {
        const Settings& settings = Settings::instance();
        QCOMPARE(settings.language(), u"en"_s);
        QCOMPARE(settings.autoLockMinutes(), 10);
        QVERIFY(settings.recentDatabases().isEmpty());
    }

    void valuesPersistInTheFile() {
        Settings::instance().setValue(Settings::Key::AutoLockMinutes, 3);
        Settings::instance().setValue(Settings::Key::Language, u"ur"_s);
        Settings::instance().sync();
        QSettings raw(m_dir.filePath(u"settings-%1.ini"_s.arg(m_counter)), QSettings::IniFormat);
        QCOMPARE(raw.value(Settings::path(Settings::Key::AutoLockMinutes)).toInt(), 3);
        QCOMPARE(Settings::instance().language(), u"ur"_s);
    }

    void nonsenseFallsBackToDefaults_data() {
        QTest::addColumn<QVariant>("minutes");
        QTest::newRow("zero would disable auto-lock") << QVariant(0);
        QTest::newRow("negative") << QVariant(-5);
        QTest::newRow("text") << QVariant(u"soon"_s);
    }
    void nonsenseFallsBackToDefaults() {
        QFETCH(QVariant, minutes);
        Settings::instance().setValue(Settings::Key::AutoLockMinutes, minutes);
        Settings::instance().setValue(Settings::Key::Language, u"xx"_s);
        QCOMPARE(Settings::instance().autoLockMinutes(), 10);
        QCOMPARE(Settings::instance().language(), u"en"_s);
    }

    void recentDatabasesAreBoundedAndMostRecentFirst() {
        Settings& settings = Settings::instance();
        for (int i = 0; i < Settings::maxRecentDatabases + 3; ++i) {
            settings.addRecentDatabase(m_dir.filePath(u"db%1.caselink"_s.arg(i)));
        }
        settings.addRecentDatabase(m_dir.filePath(u"db5.caselink"_s));
        const QStringList recent = settings.recentDatabases();
        QCOMPARE(recent.size(), Settings::maxRecentDatabases);
        QCOMPARE(recent.first(), m_dir.filePath(u"db5.caselink"_s));
        QCOMPARE(recent.count(m_dir.filePath(u"db5.caselink"_s)), 1);
        settings.removeRecentDatabase(m_dir.filePath(u"db5.caselink"_s));
        QVERIFY(!settings.recentDatabases().contains(m_dir.filePath(u"db5.caselink"_s)));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
