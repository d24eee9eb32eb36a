// export-case, verify-bundle and import-bundle through the real caselink-cli binary, as a script would run them.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "../core/test_bundle_support.h"
#include "../core/test_evidence_fixture.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QString& password = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty()) {
        environment.insert(QStringLiteral("CASELINK_PASSWORD"), password);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASELINK_CLI_PATH), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliBundle : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceFixture> m_a;
    QTemporaryDir m_out;
    QString m_grantPassword = QStringLiteral("password of ") + kGrantUser;

    QString file(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase() {
        m_a = std::make_unique<EvidenceFixture>();
        QVERIFY(m_a->session->close()); // the CLI opens the database on its own
        m_a->context.reset();
        m_a->session.reset();
    }

    void exportVerifyAndTamper() {
        const Run exported =
            cli({QStringLiteral("export-case"), QStringLiteral("--db"), m_a->db.path(), QStringLiteral("--user"),
                 kGrantUser, QStringLiteral("--case"), QStringLiteral("C-188/2023"), QStringLiteral("--profile"),
                 QStringLiteral("partner"), QStringLiteral("--out"), file(QStringLiteral("partner.zip"))},
                m_grantPassword);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("partner.zip")));
        const Run verified = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("partner.zip"))});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QStringLiteral("C-188/2023")));
        QVERIFY(verified.out.contains(QStringLiteral("partner")));
        QVERIFY(verified.out.contains(QStringLiteral("key fingerprint")));

        ZipEntries entries = readZip(file(QStringLiteral("partner.zip")));
        for (auto& [name, bytes] : entries) {
            if (name == QStringLiteral("manifest.json")) {
                bytes.replace("\"partner\"", "\"prosecutor\"");
            }
        }
        QVERIFY(writeZip(file(QStringLiteral("tampered.zip")), entries));
        const Run refused = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("tampered.zip"))});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.err.contains(QStringLiteral("manifest")));

        const Run badProfile =
            cli({QStringLiteral("export-case"), QStringLiteral("--db"), m_a->db.path(), QStringLiteral("--user"),
                 kGrantUser, QStringLiteral("--case"), QStringLiteral("C-188/2023"), QStringLiteral("--profile"),
                 QStringLiteral("press"), QStringLiteral("--out"), file(QStringLiteral("x.zip"))},
                m_grantPassword);
        QCOMPARE(badProfile.exitCode, 1);
        QVERIFY(badProfile.err.contains(QStringLiteral("unknown profile 'press'")));
        const Run unknownCase =
            cli({QStringLiteral("export-case"), QStringLiteral("--db"), m_a->db.path(), QStringLiteral("--user"),
                 kGrantUser, QStringLiteral("--case"), QStringLiteral("C-999/2020"), QStringLiteral("--profile"),
                 QStringLiteral("partner"), QStringLiteral("--out"), file(QStringLiteral("y.zip"))},
                m_grantPassword);
        QVERIFY(unknownCase.exitCode != 0);
        QVERIFY(unknownCase.err.contains(QStringLiteral("C-999/2020")));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("y.zip"))));
    }

    void encryptedExportAndImportIntoAnotherOffice() {
        QVERIFY(writeFile(file(QStringLiteral("transport.txt")), "a long transport password\n"));
        const Run exported =
            cli({QStringLiteral("export-case"), QStringLiteral("--db"), m_a->db.path(), QStringLiteral("--user"),
                 kGrantUser, QStringLiteral("--case"), m_a->caseId, QStringLiteral("--profile"),
                 QStringLiteral("prosecutor"), QStringLiteral("--out"), file(QStringLiteral("full.zip.enc")),
                 QStringLiteral("--transport-password-file"), file(QStringLiteral("transport.txt"))},
                m_grantPassword);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("openssl enc -d -aes-256-cbc -pbkdf2 -iter 600000")));
        const Run noPassword = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("full.zip.enc"))});
        QCOMPARE(noPassword.exitCode, 4);
        QVERIFY(noPassword.err.contains(QStringLiteral("--transport-password-file")));
        const Run verified = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("full.zip.enc")),
                                  QStringLiteral("--transport-password-file"), file(QStringLiteral("transport.txt"))});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));

        TestDatabase b(QStringLiteral("ISB-AHTC"));
        const Run imported = cli({QStringLiteral("import-bundle"), QStringLiteral("--db"), b.path(),
                                  QStringLiteral("--user"), kAdmin, file(QStringLiteral("full.zip.enc")),
                                  QStringLiteral("--transport-password-file"), file(QStringLiteral("transport.txt"))},
                                 kAdminPassword);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Imported case C-188/2023 from GRW-AHTC")),
                 qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("Added (")));
        auto session = b.unlock();
        QCOMPARE(session->database()
                     .scalar(QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(m_a->caseId))
                     ->toInt(),
                 1);
        QCOMPARE(session->audit().list(AuditFilter{0, 10, QStringLiteral("bundle.import"), {}})->size(),
                 std::size_t(1));
        const Run twice = cli({QStringLiteral("import-bundle"), QStringLiteral("--db"), b.path(),
                               QStringLiteral("--user"), kAdmin, file(QStringLiteral("full.zip.enc")),
                               QStringLiteral("--transport-password-file"), file(QStringLiteral("transport.txt"))},
                              kAdminPassword);
        QVERIFY(twice.exitCode != 0);
        QVERIFY(twice.err.contains(QStringLiteral("imported already")));

        auto a = m_a->db.unlock(kGrantUser, m_grantPassword);
        QVERIFY(a->audit().list(AuditFilter{0, 10, QStringLiteral("case.export"), {}})->size() >= 2);
    }
};

QTEST_MAIN(TestCliBundle)
#include "test_cli_bundle.moc"
