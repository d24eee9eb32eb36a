// export-case, verify-bundle, import-bundle and keys through the real caselink-cli binary, as a script would run them:
// offices exchange public keys and check fingerprints out of band; the stock-tool procedure of a bundle's README.txt
// passes on the genuine bundle and fails on a doctored one; import takes only bundles signed by a trusted key unless
// an administrator accepts one explicitly.
#include <QTemporaryDir>
#include <QtTest>

#include "bundletools.h"
#include "crypto/crypto.h"
#include "evidencefixture.h"
#include "security/accountadmin.h"
#include "security/officekeys.h"

using namespace caselink;
using namespace caselink::test;

namespace {

using Run = ProcessResult;

Run cli(const QStringList& arguments, const QString& password = {}) {
    return runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, password);
}

QStringList db(const QString& path, const QString& user) {
    return {QStringLiteral("--db"), path, QStringLiteral("--user"), user};
}

// What an import changes, read through a session; unlocking itself appends session entries to the audit log, so the
// log is compared by the entries an import writes.
QString importState(const TestDatabase& database) {
    auto session = database.unlock();
    QStringList out;
    for (const char* sql :
         {"SELECT count(*) FROM cases", "SELECT count(*) FROM persons", "SELECT count(*) FROM evidence_items",
          "SELECT count(*) FROM bundle_imports", "SELECT count(*) FROM audit_log WHERE action LIKE 'bundle.%'"}) {
        out << session->database().scalar(QString::fromLatin1(sql))->toString();
    }
    return out.join(QLatin1Char(','));
}

void addInvestigator(const TestDatabase& database, const QString& office) {
    auto admin = database.unlock();
    QVERIFY(
        AccountAdmin(*admin).addUser(NewUser{QStringLiteral("io.b"), {}, Role::Investigator, office, false, fastKdf()},
                                     secret(passwordOf(QStringLiteral("io.b")))));
}

} // namespace

class TestCliBundle : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceFixture> m_a;
    QTemporaryDir m_out;
    QString m_grantPassword = passwordOf(kGrantUser);

    std::unique_ptr<TestDatabase> m_b; // office B, which trusts A's key
    QString m_fingerprintA;

    QString file(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase() {
        m_a = std::make_unique<EvidenceFixture>();
        QVERIFY(m_a->session->close()); // the CLI opens the database on its own
        m_a->context.reset();
        m_a->session.reset();
        m_b = std::make_unique<TestDatabase>(QStringLiteral("ISB-AHTC"));
        addInvestigator(*m_b, QStringLiteral("ISB-AHTC"));
    }

    void keysAreExchangedAndCheckedOutOfBand() {
        const Run help = cli({QStringLiteral("keys"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"keys export", "keys trust", "keys list", "keys revoke"}) {
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        }
        // A prints its key and fingerprint, and writes the PEM to send.
        const Run printed =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("export")} + db(m_a->db.path(), kGrantUser),
                m_grantPassword);
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY(printed.out.contains(QStringLiteral("Office: GRW-AHTC")));
        QVERIFY(printed.out.contains(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
        m_fingerprintA = printed.out.section(QStringLiteral("Fingerprint: "), 1).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(m_fingerprintA.size(), 79);
        const Run exported =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("export")} + db(m_a->db.path(), kGrantUser) +
                    QStringList{QStringLiteral("--out"), file(QStringLiteral("grw.pub.pem"))},
                m_grantPassword);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(m_fingerprintA));
        // The stock tools agree on the fingerprint (README's command).
        const ProcessResult der =
            run(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("openssl pkey -pubin -in '%1' -outform DER | "
                                                      "tail -c 32 | sha256sum")
                                           .arg(file(QStringLiteral("grw.pub.pem")))});
        QCOMPARE(der.out.left(64), QString(m_fingerprintA).remove(QLatin1Char(' ')));

        // B's administrator is read a fingerprint that is not the file's: refused, nothing trusted.
        const QStringList trust = QStringList{QStringLiteral("keys"), QStringLiteral("trust")} +
                                  db(m_b->path(), kAdmin) +
                                  QStringList{QStringLiteral("--office"), QStringLiteral("GRW-AHTC"),
                                              QStringLiteral("--pem"), file(QStringLiteral("grw.pub.pem"))};
        QString wrong = m_fingerprintA;
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const Run mismatch = cli(trust + QStringList{QStringLiteral("--fingerprint"), wrong}, kAdminPassword);
        QCOMPARE(mismatch.exitCode, 3);
        QVERIFY2(mismatch.err.contains(QStringLiteral("not the one you were given")), qPrintable(mismatch.err));
        const Run investigator =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("trust")} + db(m_b->path(), QStringLiteral("io.b")) +
                    QStringList{QStringLiteral("--office"), QStringLiteral("GRW-AHTC"), QStringLiteral("--pem"),
                                file(QStringLiteral("grw.pub.pem"))},
                passwordOf(QStringLiteral("io.b")));
        QCOMPARE(investigator.exitCode, 2);
        const Run empty =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("list")} + db(m_b->path(), QStringLiteral("io.b")) +
                    QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                passwordOf(QStringLiteral("io.b")));
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));
        QVERIFY(!empty.out.contains(m_fingerprintA));
        QVERIFY(empty.out.contains(QStringLiteral("\"own\"")));

        // The right fingerprint, as read out: trusted, and listed for everyone.
        const Run trusted = cli(trust + QStringList{QStringLiteral("--fingerprint"), m_fingerprintA.toUpper(),
                                                    QStringLiteral("--note"), QStringLiteral("read out by SI Kamran")},
                                kAdminPassword);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        QVERIFY(trusted.out.contains(QStringLiteral("Trusted the key of GRW-AHTC")));
        const Run listed =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("list")} + db(m_b->path(), QStringLiteral("io.b")),
                passwordOf(QStringLiteral("io.b")));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(m_fingerprintA));
        QVERIFY(listed.out.contains(QStringLiteral("read out by SI Kamran")));
        QCOMPARE(cli(trust, kAdminPassword).exitCode, 4); // trusted already
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
        QVERIFY(verified.out.contains(QStringLiteral("Whose key that is was not checked")));
        // With the sending office's key obtained separately, the origin is checked too.
        QVERIFY(writeFile(
            file(QStringLiteral("a.pem")),
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("export")} + db(m_a->db.path(), kGrantUser),
                m_grantPassword)
                .out.toLatin1()));
        const Run fromA = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("partner.zip")),
                               QStringLiteral("--trusted-key"), file(QStringLiteral("a.pem"))});
        QVERIFY2(fromA.exitCode == 0, qPrintable(fromA.err));
        QVERIFY(fromA.out.contains(QStringLiteral("signed by the trusted key in")));
        const auto stranger = *crypto::ed25519Generate();
        QVERIFY(writeFile(file(QStringLiteral("stranger.pem")), crypto::ed25519PublicPem(stranger.publicKey)));
        const Run notFromStranger = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("partner.zip")),
                                         QStringLiteral("--trusted-key"), file(QStringLiteral("stranger.pem"))});
        QCOMPARE(notFromStranger.exitCode, 3);
        QVERIFY(notFromStranger.err.contains(QStringLiteral("signed by another key")));
        QVERIFY(notFromStranger.out.contains(QStringLiteral("key fingerprint"))); // printed all the same

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

    // What a recipient without CaseLink does: the commands of README.txt, word for word, with real openssl and
    // sha256sum, and the fingerprint of A's key as it was read out (m_fingerprintA).
    void stockProcedureFromReadmeCannotBeFooled() {
        const QString genuine = file(QStringLiteral("stock-genuine"));
        QVERIFY(unzipTo(file(QStringLiteral("partner.zip")), genuine));
        const QStringList commands =
            readmeCommands(QString::fromUtf8(readFile(genuine + QStringLiteral("/README.txt"))));
        QCOMPARE(commands.size(), 3);
        const StockCheck passed = runStockProcedure(commands, genuine, m_fingerprintA);
        QVERIFY2(passed.passed, qPrintable(passed.log));
        QVERIFY(passed.log.contains(QStringLiteral("casefile.pdf: OK")));

        // The case file edited and its SHA256SUMS line with it: sha256sum is satisfied, the signature is not.
        const auto doctor = [](const QString& dir) {
            const QByteArray pdf = readFile(dir + QStringLiteral("/casefile.pdf")) + "\n% doctored\n";
            return writeFile(dir + QStringLiteral("/casefile.pdf"), pdf) &&
                   writeFile(dir + QStringLiteral("/SHA256SUMS"),
                             withSumsLine(readFile(dir + QStringLiteral("/SHA256SUMS")), QStringLiteral("casefile.pdf"),
                                          pdf));
        };
        const QString doctored = file(QStringLiteral("stock-doctored"));
        QVERIFY(unzipTo(file(QStringLiteral("partner.zip")), doctored));
        QVERIFY(doctor(doctored));
        QCOMPARE(
            run(QStringLiteral("/usr/bin/sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, doctored)
                .exitCode,
            0);
        const StockCheck fooled = runStockProcedure(commands, doctored, m_fingerprintA);
        QVERIFY2(!fooled.passed, qPrintable(fooled.log));
        QVERIFY(fooled.log.contains(QStringLiteral("Signature Verification Failure")));
        ZipEntries entries;
        for (const QString& name : QDir(doctored).entryList(QDir::Files)) {
            entries.emplace_back(name, readFile(doctored + QLatin1Char('/') + name));
        }
        QVERIFY(writeZip(file(QStringLiteral("doctored.zip")), entries));
        const Run refused = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("doctored.zip"))});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("casefile.pdf")), qPrintable(refused.err));

        // Signed again with a key of the forger's own, shipped as office.pub.pem: the signature and every checksum
        // pass, and only the fingerprint read out by A tells it apart, as step 1 of README.txt says.
        const auto forger = *crypto::ed25519Generate();
        QVERIFY(writeFile(doctored + QStringLiteral("/office.pub.pem"), crypto::ed25519PublicPem(forger.publicKey)));
        const QByteArray sums =
            withSumsLine(readFile(doctored + QStringLiteral("/SHA256SUMS")), QStringLiteral("office.pub.pem"),
                         readFile(doctored + QStringLiteral("/office.pub.pem")));
        QVERIFY(writeFile(doctored + QStringLiteral("/SHA256SUMS"), sums));
        QVERIFY(writeFile(doctored + QStringLiteral("/SHA256SUMS.sig"), *crypto::ed25519Sign(forger.privateKey, sums)));
        const StockCheck forged = runStockProcedure(commands, doctored, m_fingerprintA);
        QVERIFY2(!forged.passed, qPrintable(forged.log));
        QVERIFY(forged.log.contains(QStringLiteral("Signature Verified Successfully")));
        QVERIFY(!forged.fingerprint.isEmpty());
        QVERIFY(forged.fingerprint != QString(m_fingerprintA).remove(QLatin1Char(' ')));
    }

    // A bundle written before SHA256SUMS was signed still verifies, and verify-bundle says the stock check of its
    // README.txt is not enough on its own.
    void formatOneBundleVerifiesWithANote() {
        ZipEntries entries;
        {
            auto session = m_a->db.unlock(kGrantUser, m_grantPassword);
            auto key = loadOfficeKey(session->database());
            QVERIFY(key);
            entries = asFormat1(readZip(file(QStringLiteral("partner.zip"))), key->privateKey);
        }
        QVERIFY(writeZip(file(QStringLiteral("format1.zip")), entries));
        const Run verified = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("format1.zip"))});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QStringLiteral("no (format 1)")));
        QVERIFY(verified.out.contains(QStringLiteral("before SHA256SUMS was signed")));
        const Run current = cli({QStringLiteral("verify-bundle"), file(QStringLiteral("partner.zip"))});
        QVERIFY(!current.out.contains(QStringLiteral("before SHA256SUMS was signed")));
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

        TestDatabase& b = *m_b; // trusts A's key since keysAreExchangedAndCheckedOutOfBand
        const Run imported =
            cli({QStringLiteral("import-bundle"), QStringLiteral("--db"), b.path(), QStringLiteral("--user"),
                 QStringLiteral("io.b"), file(QStringLiteral("full.zip.enc")),
                 QStringLiteral("--transport-password-file"), file(QStringLiteral("transport.txt"))},
                passwordOf(QStringLiteral("io.b")));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Imported case C-188/2023 from GRW-AHTC")),
                 qPrintable(imported.out));
        QVERIFY(
            imported.out.contains(QStringLiteral("Signed by the trusted key of GRW-AHTC (%1).").arg(m_fingerprintA)));
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

    void untrustedSignerIsRefusedUnlessAnAdministratorAccepts() {
        TestDatabase c(QStringLiteral("LHR-AHTC")); // has never heard of A's key
        addInvestigator(c, QStringLiteral("LHR-AHTC"));
        const QStringList bundle{file(QStringLiteral("partner.zip"))};
        const QString before = importState(c);
        const Run refused =
            cli(QStringList{QStringLiteral("import-bundle")} + db(c.path(), QStringLiteral("io.b")) + bundle,
                passwordOf(QStringLiteral("io.b")));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(m_fingerprintA), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("keys trust")));
        QCOMPARE(importState(c), before);
        const Run investigatorAccepts =
            cli(QStringList{QStringLiteral("import-bundle"), QStringLiteral("--accept-untrusted-key")} +
                    db(c.path(), QStringLiteral("io.b")) + bundle,
                passwordOf(QStringLiteral("io.b")));
        QCOMPARE(investigatorAccepts.exitCode, 2);
        QCOMPARE(importState(c), before);

        const Run accepted =
            cli(QStringList{QStringLiteral("import-bundle"), QStringLiteral("--accept-untrusted-key")} +
                    db(c.path(), kAdmin) + bundle,
                kAdminPassword);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY(accepted.out.contains(QStringLiteral("ORIGIN NOT VERIFIED")));
        QVERIFY(accepted.out.contains(m_fingerprintA));
        auto session = c.unlock();
        const auto audit =
            *session->audit().list(AuditFilter{0, 10, QStringLiteral("bundle.untrusted_key_accepted"), {}});
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit.front().fields.value(QStringLiteral("key_fingerprint")).toString(), m_fingerprintA);
    }

    void revokedKeyIsRefused() {
        const Run revoked =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("revoke")} + db(m_b->path(), kAdmin) +
                    QStringList{QStringLiteral("--fingerprint"), m_fingerprintA.left(14), QStringLiteral("--reason"),
                                QStringLiteral("laptop stolen")},
                kAdminPassword);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        const Run listed =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("list")} + db(m_b->path(), QStringLiteral("io.b")),
                passwordOf(QStringLiteral("io.b")));
        QVERIFY(listed.out.contains(QStringLiteral("revoked")));
        QVERIFY(listed.out.contains(QStringLiteral("laptop stolen")));
        const QString before = importState(*m_b);
        const Run refused = cli(QStringList{QStringLiteral("import-bundle")} + db(m_b->path(), QStringLiteral("io.b")) +
                                    QStringList{file(QStringLiteral("partner.zip"))},
                                passwordOf(QStringLiteral("io.b")));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("revoked")), qPrintable(refused.err));
        QCOMPARE(importState(*m_b), before);
        const Run unknown =
            cli(QStringList{QStringLiteral("keys"), QStringLiteral("revoke")} + db(m_b->path(), kAdmin) +
                    QStringList{QStringLiteral("--fingerprint"), m_fingerprintA},
                kAdminPassword);
        QCOMPARE(unknown.exitCode, 4);
    }
};

QTEST_MAIN(TestCliBundle)
#include "test_cli_bundle.moc"
