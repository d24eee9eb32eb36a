// Bundle import in the desktop application, offscreen, on real databases: an investigator imports an encrypted bundle
// signed by a trusted office through File > Import case bundle, sees the report and opens the case; a bundle whose
// signer is unknown shows the warning and is not imported for an investigator, while an administrator may import it
// anyway after confirming (audited); the administrators' trusted keys page adds a key only when the fingerprint read
// out matches, and revokes. Screenshots of the dialog and the page in English and Urdu.
#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "evidencefixture.h"
#include "exchange/bundlewriter.h"
#include "security/officekeys.h"
#include "shellfixture.h"
#include "ui/bundle/importbundledialog.h"
#include "ui/bundle/trustedkeyspage.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/settings.h"
#include "ui/shell/workspacetabs.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QString kInvestigator = u"io.b"_s;
const QString kTransportPassword = u"a long transport password"_s;

// An office's database with an investigator, trusting the given keys for GRW-AHTC; sessions opened on demand.
struct Office : SignedInDatabase {
    explicit Office(const QString& code, const QList<QByteArray>& trusted = {})
        : SignedInDatabase(code) {
        Writer w(db, kAdmin);
        QVERIFY(w.addUser(kInvestigator, Role::Investigator, code, true));
        TrustedKeyRepository keys(*w.context);
        for (const QByteArray& pem : trusted) {
            QVERIFY(keys.trust({u"GRW-AHTC"_s, pem, {}, {}}));
        }
    }
};

} // namespace

class TestBundleImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceFixture> m_a;
    QString m_plain;     // A's prosecutor bundle
    QString m_encrypted; // the same, encrypted for transport
    QString m_pemPath;
    QByteArray m_pem;

    void save(QWidget& w, const QString& name) {
        QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR)));
        const QString path = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(name);
        QVERIFY(w.grab().save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }
    // Checks path in the dialog and waits for the result.
    bool check(ImportBundleDialog& dialog, const QString& path, const QString& password = {}) {
        QSignalSpy checked(&dialog, &ImportBundleDialog::checked);
        dialog.setBundlePath(path);
        dialog.setTransportPassword(password);
        dialog.startCheck();
        return (!checked.isEmpty() || checked.wait(60000)) && checked.last().at(0).toBool();
    }
    bool import(ImportBundleDialog& dialog, QPushButton* button) {
        QSignalSpy imported(&dialog, &ImportBundleDialog::imported);
        QTest::mouseClick(button, Qt::LeftButton);
        return (!imported.isEmpty() || imported.wait(60000)) && imported.last().at(0).toBool();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        Settings::setFilePath(m_dir.filePath(u"settings.ini"_s));
        QVERIFY(applyLanguage(u"en"_s));
        m_a = std::make_unique<EvidenceFixture>();
        m_plain = m_dir.filePath(u"c188.zip"_s);
        m_encrypted = m_dir.filePath(u"c188.zip.enc"_s);
        QVERIFY(BundleWriter::exportCase(*m_a->context, m_a->caseId, RedactionProfile::Prosecutor, m_plain));
        BundleExportOptions options;
        options.transportPassword = secret(kTransportPassword);
        QVERIFY(
            BundleWriter::exportCase(*m_a->context, m_a->caseId, RedactionProfile::Prosecutor, m_encrypted, options));
        m_pem = TrustedKeyRepository(*m_a->context).ownKey()->pem;
        m_pemPath = m_dir.filePath(u"grw-ahtc.pub.pem"_s);
        QVERIFY(writeFile(m_pemPath, m_pem));
    }

    void init() { QVERIFY(applyLanguage(u"en"_s)); }

    void trustedBundleImportsThroughTheMenuAndOpensTheCase() {
        Office b(u"ISB-AHTC"_s, {m_pem});
        MainWindow window;
        wireApplication(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(unlockWindow(window, b.db, kInvestigator));
        auto* action = window.findChild<QAction*>(u"importBundleAction"_s);
        QVERIFY(action);
        QVERIFY(window.findChild<QMenu*>(u"fileMenu"_s)->actions().contains(action));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = window.findChild<ImportBundleDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // Encrypted: without the password nothing is read; with it, decrypted and checked.
        QSignalSpy checked(dialog, &ImportBundleDialog::checked);
        dialog->setBundlePath(m_encrypted);
        dialog->startCheck();
        QCOMPARE(checked.size(), 1);
        QVERIFY(dialog->statusText().contains(u"password"_s));
        QVERIFY(check(*dialog, m_encrypted, kTransportPassword));
        QCOMPARE(dialog->origin()->trust, KeyTrust::Trusted);
        QVERIFY2(dialog->trustText().contains(u"Trusted"_s), qPrintable(dialog->trustText()));
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(dialog->importAnywayButton()->isHidden());

        QVERIFY(import(*dialog, dialog->importButton()));
        QTreeWidget* report = dialog->reportView();
        QCOMPARE(report->topLevelItemCount(), 3);
        QVERIFY(report->topLevelItem(0)->text(0).startsWith(u"Added ("_s));
        QVERIFY(report->topLevelItem(0)->childCount() > 3);
        QVERIFY(dialog->openCaseButton()->isVisible());
        QVERIFY(dialog->importButton()->isHidden());
        QCOMPARE(dialog->importedCaseId(), m_a->caseId);

        QTest::mouseClick(dialog->openCaseButton(), Qt::LeftButton);
        QTRY_VERIFY(window.tabs()->openRecords().contains(u"case:"_s + m_a->caseId));
    }

    void untrustedBundleWarnsAndIsNotImportedForAnInvestigator() {
        Office c(u"LHR-AHTC"_s);
        c.openAs(kInvestigator);
        {
            ImportBundleDialog dialog(*c.context);
            dialog.show();
            QVERIFY(check(dialog, m_plain));
            QCOMPARE(dialog.origin()->trust, KeyTrust::Unknown);
            QVERIFY(dialog.trustText().contains(u"Unknown"_s));
            QCOMPARE(dialog.messageBar()->type(), MessageBar::Type::Warning);
            QVERIFY(dialog.statusText().contains(u"cannot be imported"_s));
            QVERIFY(!dialog.importButton()->isEnabled());
            QVERIFY(dialog.importAnywayButton()->isHidden());
            QSignalSpy imported(&dialog, &ImportBundleDialog::imported);
            dialog.startImport();
            QCOMPARE(imported.size(), 1);
            QCOMPARE(imported.first().at(0).toBool(), false);
        }
        QCOMPARE(c.count(u"SELECT count(*) FROM cases"_s), 0);
        QCOMPARE(c.count(u"SELECT count(*) FROM bundle_imports"_s), 0);

        // An administrator may, after the warning; declining changes nothing.
        c.openAs(kAdmin);
        ImportBundleDialog dialog(*c.context);
        dialog.show();
        QVERIFY(check(dialog, m_plain));
        QVERIFY(dialog.importAnywayButton()->isVisible());
        QVERIFY(!dialog.importButton()->isEnabled());
        QString shown;
        dialog.setConfirmation([&shown](const QString& warning) {
            shown = warning;
            return false;
        });
        QTest::mouseClick(dialog.importAnywayButton(), Qt::LeftButton);
        QVERIFY(shown.contains(keyFingerprint(*publicKeyFromPem(m_pem, {}))));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(c.count(u"SELECT count(*) FROM cases"_s), 0);
        dialog.setConfirmation([](const QString&) { return true; });
        QVERIFY(import(dialog, dialog.importAnywayButton()));
        QVERIFY(dialog.statusText().contains(u"origin unverified"_s));
        QCOMPARE(c.count(u"SELECT count(*) FROM cases"_s), 1);
        QCOMPARE(c.count(u"SELECT count(*) FROM audit_log WHERE action = 'bundle.untrusted_key_accepted'"_s), 1);
    }

    void trustedKeysPageAddsOnlyAMatchingFingerprintAndRevokes() {
        Office d(u"KHI-AHTC"_s);
        d.openAs(kAdmin);
        TrustedKeysPage page(*d.context);
        page.show();
        QCOMPARE(page.table()->topLevelItemCount(), 1); // the own key
        const QString fingerprint = keyFingerprint(*publicKeyFromPem(m_pem, {}));
        bool ran = false;
        page.setDialogHook([&](AddTrustedKeyDialog& dialog) {
            ran = true;
            QCOMPARE(dialog.fingerprint(), fingerprint);
            dialog.setOffice(u"GRW-AHTC"_s);
            QVERIFY(!dialog.okButton()->isEnabled()); // not compared yet
            QString wrong = fingerprint;
            wrong[3] = wrong[3] == u'0' ? u'1' : u'0';
            dialog.setConfirmedFingerprint(wrong);
            QVERIFY(!dialog.okButton()->isEnabled());
            dialog.setConfirmedFingerprint(fingerprint.left(20));
            QVERIFY(!dialog.okButton()->isEnabled()); // matches so far, not yet confirmed
            dialog.setConfirmedFingerprint(fingerprint.toUpper());
            QVERIFY(dialog.okButton()->isEnabled());
            dialog.setNote(u"read out by Inspector Grant"_s);
            dialog.trustKey();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        });
        page.addFromFile(m_pemPath);
        QVERIFY(ran);
        QCOMPARE(page.table()->topLevelItemCount(), 2);
        QCOMPARE(page.table()->topLevelItem(1)->text(1).replace(u'\n', u' '), fingerprint); // in two lines
        QCOMPARE(TrustedKeyRepository(*d.context).assess(*publicKeyFromPem(m_pem, {}), u"GRW-AHTC"_s)->trust,
                 KeyTrust::Trusted);

        page.table()->setCurrentItem(page.table()->topLevelItem(0));
        page.setReasonPrompt([](const QString&) { return std::optional<QString>(u"never asked"_s); });
        page.revokeSelected(); // the own key cannot be revoked
        QCOMPARE(TrustedKeyRepository(*d.context).list(false)->size(), std::size_t(1));
        page.table()->setCurrentItem(page.table()->topLevelItem(1));
        page.setReasonPrompt([](const QString& question) {
            return question.contains(u"refused"_s) ? std::optional<QString>(u"laptop stolen"_s) : std::nullopt;
        });
        page.revokeSelected();
        QCOMPARE(TrustedKeyRepository(*d.context).list(false)->size(), std::size_t(0));
        QVERIFY(page.table()->topLevelItem(1)->text(2).startsWith(u"Revoked"_s));
        QCOMPARE(page.table()->topLevelItem(1)->text(4), u"laptop stolen"_s);
    }

    void screenshots_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void screenshots() {
        QFETCH(QString, language);
        QVERIFY(applyLanguage(language));
        const Qt::LayoutDirection direction = language == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight;
        Office e(u"MLT-AHTC"_s, {m_pem});
        e.openAs(kAdmin);
        {
            ImportBundleDialog dialog(*e.context);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(check(dialog, m_plain));
            QCOMPARE(dialog.layoutDirection(), direction);
            save(dialog, u"bundle-import-checked-%1.png"_s.arg(language));
            QVERIFY(import(dialog, dialog.importButton()));
            QTest::qWait(30);
            save(dialog, u"bundle-import-report-%1.png"_s.arg(language));
        }
        Office f(u"KHI-AHTC"_s);
        f.openAs(kAdmin);
        {
            ImportBundleDialog dialog(*f.context);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(check(dialog, m_plain));
            QTest::qWait(30);
            save(dialog, u"bundle-import-untrusted-%1.png"_s.arg(language));
        }
        TrustedKeysPage page(*e.context);
        page.resize(1000, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        save(page, u"trusted-keys-%1.png"_s.arg(language));
        QFile pem(m_pemPath);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        AddTrustedKeyDialog add(*f.context, pem.readAll(), m_pemPath);
        add.setOffice(u"GRW-AHTC"_s);
        add.setConfirmedFingerprint(keyFingerprint(*publicKeyFromPem(m_pem, {})).left(24));
        add.show();
        QVERIFY(QTest::qWaitForWindowExposed(&add));
        save(add, u"trusted-key-add-%1.png"_s.arg(language));
        applyLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestBundleImportDialog)
#include "test_bundleimportdialog.moc"
