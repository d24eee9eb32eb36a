// Signed case bundles end to end: the stock openssl and sha256sum commands from README.txt accept a bundle and refuse
// a file changed together with its SHA256SUMS line; older bundles still verify and say they are older; the
// partner profile leaves no victim or witness name, CNIC or phone in any file (pdftotext for the PDF) while the
// prosecutor profile carries them; every kind of tampering is refused with a precise reason; transport encryption
// opens with stock openssl; the PDF numbers its pages and draws figure hooks; exports are audited.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "bundletools.h"
#include "crypto/crypto.h"
#include "evidencefixture.h"
#include "exchange/bundlecipher.h"
#include "exchange/bundleverifier.h"
#include "exchange/bundlewriter.h"
#include "io/casefilepdf.h"
#include "security/officekeys.h"

using namespace caselink;
using namespace caselink::test;

namespace {

QStringList victimTraces() {
    return {kVictimName,
            QStringLiteral("Ayesha"),
            QStringLiteral("Siddiqa"),
            kVictimCnic,
            kVictimCnicDashed,
            QStringLiteral("7654321"),
            kWitnessName,
            QStringLiteral("Bhatti"),
            QStringLiteral("1112223"),
            QStringLiteral("Ghulam Rasool"),
            QStringLiteral("3410198765431")};
}

// Every file of the unpacked bundle as text (the PDF through pdftotext).
QString bundleText(const QString& dir) {
    QString all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        all += path.endsWith(QStringLiteral(".pdf")) ? pdfText(path) : QString::fromUtf8(readFile(path));
        all += QLatin1Char('\n');
    }
    return all;
}

QByteArray readZipEntry(const ZipEntries& entries, const QString& name) {
    for (const auto& [n, bytes] : entries) {
        if (n == name) {
            return bytes;
        }
    }
    return {};
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceFixture> m_f;
    QTemporaryDir m_out;
    QString m_prosecutor; // a good prosecutor bundle, tampered with by the tests

    QString exportAs(RedactionProfile profile, const QString& name, const BundleExportOptions& options = {}) {
        const QString path = m_out.filePath(name);
        auto exported = BundleWriter::exportCase(*m_f->context, m_f->caseId, profile, path, options);
        if (!exported) {
            qWarning() << exported.error().message;
            return {};
        }
        return path;
    }
    QString refusal(const ZipEntries& entries, const BundleLimits& limits = {}) {
        static int n = 0;
        const QString path = m_out.filePath(QStringLiteral("tampered-%1.zip").arg(++n));
        if (!writeZip(path, entries)) {
            return QStringLiteral("<could not write>");
        }
        auto verified = BundleVerifier::verify(path, limits);
        return verified ? QString() : verified.error().message;
    }

private slots:
    void initTestCase() {
        m_f = std::make_unique<EvidenceFixture>();
        m_prosecutor = exportAs(RedactionProfile::Prosecutor, QStringLiteral("prosecutor.zip"));
        QVERIFY(!m_prosecutor.isEmpty());
    }

    void stockToolsVerifyTheBundle() {
        auto verified = BundleVerifier::verify(m_prosecutor);
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
        QCOMPARE(verified->files.size(), std::size_t(5)); // pdf, records, key, readme, one evidence file
        QCOMPARE(verified->formatVersion, 2);
        QVERIFY(verified->checksumsSigned);
        const QString dir = m_out.filePath(QStringLiteral("unpacked-prosecutor"));
        QVERIFY(unzipTo(m_prosecutor, dir));
        const QString readme = QString::fromUtf8(readFile(dir + QStringLiteral("/README.txt")));
        const QStringList commands = readmeCommands(readme);
        QCOMPARE(commands.size(), 3);
        const StockCheck stock = runStockProcedure(commands, dir, verified->keyFingerprint);
        QVERIFY2(stock.passed, qPrintable(stock.log));
        // SHA256SUMS names every file but itself and its signature: the manifest and its signature included.
        QCOMPARE(stock.log.count(QStringLiteral(": OK")), 7);
        QVERIFY(stock.log.contains(QStringLiteral("manifest.json: OK")));
        QVERIFY(stock.log.contains(QStringLiteral("README.txt: OK")));
        QVERIFY(readme.contains(QStringLiteral("(7 in all)")));
        // manifest.sig still verifies with stock openssl, as CaseLink's own signature over the manifest.
        const auto sig = run(QStringLiteral("/usr/bin/openssl"),
                             {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                              QStringLiteral("-inkey"), QStringLiteral("office.pub.pem"), QStringLiteral("-rawin"),
                              QStringLiteral("-in"), QStringLiteral("manifest.json"), QStringLiteral("-sigfile"),
                              QStringLiteral("manifest.sig")},
                             dir);
        QCOMPARE(sig.exitCode, 0);
        // The fingerprint the procedure printed is the key's and the one on the cover (the same function).
        QCOMPARE(stock.fingerprint, QString(verified->keyFingerprint).remove(QLatin1Char(' ')));

        // A byte changed after unpacking fails the procedure; so does a fingerprint obtained for another office.
        QVERIFY(!runStockProcedure(commands, dir, QString(64, QLatin1Char('0'))).passed);
        QVERIFY(
            writeFile(dir + QStringLiteral("/records.json"), readFile(dir + QStringLiteral("/records.json")) + " "));
        QVERIFY(!runStockProcedure(commands, dir, verified->keyFingerprint).passed);
    }

    // The hole stock tools had when only manifest.json was signed: a changed file with its changed SHA256SUMS line.
    void changedFileAndItsChecksumLineFailTheStockProcedure() {
        auto verified = BundleVerifier::verify(m_prosecutor);
        QVERIFY(verified);
        const QString dir = m_out.filePath(QStringLiteral("unpacked-doctored"));
        QVERIFY(unzipTo(m_prosecutor, dir));
        const QStringList commands = readmeCommands(QString::fromUtf8(readFile(dir + QStringLiteral("/README.txt"))));
        QByteArray pdf = readFile(dir + QStringLiteral("/casefile.pdf"));
        pdf[pdf.size() / 2] = static_cast<char>(pdf[pdf.size() / 2] ^ 1); // same size: only the hash tells
        const QByteArray sums =
            withSumsLine(readFile(dir + QStringLiteral("/SHA256SUMS")), QStringLiteral("casefile.pdf"), pdf);
        QVERIFY(writeFile(dir + QStringLiteral("/casefile.pdf"), pdf));
        QVERIFY(writeFile(dir + QStringLiteral("/SHA256SUMS"), sums));
        // sha256sum alone is satisfied, as before; the signature over SHA256SUMS is not, so the procedure fails.
        QCOMPARE(run(QStringLiteral("/usr/bin/sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, dir)
                     .exitCode,
                 0);
        const StockCheck stock = runStockProcedure(commands, dir, verified->keyFingerprint);
        QVERIFY2(!stock.passed, qPrintable(stock.log));
        QVERIFY(stock.log.contains(QStringLiteral("Signature Verification Failure")));
        // And CaseLink's own check of the same bundle zipped again.
        ZipEntries entries = readZip(m_prosecutor);
        for (auto& [name, bytes] : entries) {
            if (name == QStringLiteral("casefile.pdf")) {
                bytes = pdf;
            } else if (name == QStringLiteral("SHA256SUMS")) {
                bytes = sums;
            }
        }
        QVERIFY(refusal(entries).contains(QStringLiteral("SHA-256 of casefile.pdf does not match")));
    }

    // Format 1 bundles (SHA256SUMS not signed) are still verified against their signed manifest and say so; a
    // format 2 bundle cannot be passed off as one by taking its SHA256SUMS.sig away.
    void olderBundlesStillVerifyAndSaySo() {
        auto key = loadOfficeKey(m_f->context->session().database());
        QVERIFY(key);
        const QString old = m_out.filePath(QStringLiteral("format1.zip"));
        QVERIFY(writeZip(old, asFormat1(readZip(m_prosecutor), key->privateKey)));
        auto verified = BundleVerifier::verify(old);
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
        QCOMPARE(verified->formatVersion, 1);
        QVERIFY(!verified->checksumsSigned);
        QCOMPARE(verified->files.size(), std::size_t(5));
        ZipEntries oldDoctored = readZip(old);
        for (auto& [name, bytes] : oldDoctored) {
            if (name == QStringLiteral("records.json")) {
                bytes.replace("Recruiters", "Recruitees");
            }
        }
        QVERIFY(refusal(oldDoctored).contains(QStringLiteral("SHA-256 of records.json does not match")));

        ZipEntries stripped = readZip(m_prosecutor);
        std::erase_if(stripped, [](const auto& e) { return e.first == QStringLiteral("SHA256SUMS.sig"); });
        QVERIFY(refusal(stripped).contains(QStringLiteral("The bundle has no SHA256SUMS.sig")));
        ZipEntries resigned = readZip(m_prosecutor);
        const auto stranger = *crypto::ed25519Generate();
        for (auto& [name, bytes] : resigned) {
            if (name == QStringLiteral("SHA256SUMS.sig")) {
                bytes = *crypto::ed25519Sign(stranger.privateKey, readZipEntry(resigned, QStringLiteral("SHA256SUMS")));
            }
        }
        QVERIFY(refusal(resigned).contains(QStringLiteral("SHA256SUMS.sig does not match SHA256SUMS")));
        ZipEntries extraLine = readZip(m_prosecutor);
        for (auto& [name, bytes] : extraLine) {
            if (name == QStringLiteral("SHA256SUMS")) {
                bytes += QByteArray(64, 'a') + "  evidence/extra.exe\n";
            } else if (name == QStringLiteral("SHA256SUMS.sig")) {
                bytes = QByteArray(); // re-signed below
            }
        }
        for (auto& [name, bytes] : extraLine) {
            if (name == QStringLiteral("SHA256SUMS.sig")) {
                bytes = *crypto::ed25519Sign(key->privateKey, readZipEntry(extraLine, QStringLiteral("SHA256SUMS")));
            }
        }
        QVERIFY(refusal(extraLine).contains(QStringLiteral("SHA256SUMS does not name exactly the files")));
    }

    void partnerProfileWithholdsVictimsAndWitnesses() {
        const QString partner = exportAs(RedactionProfile::Partner, QStringLiteral("partner.zip"));
        QVERIFY(!partner.isEmpty());
        QVERIFY(BundleVerifier::verify(partner));
        const QString dir = m_out.filePath(QStringLiteral("unpacked-partner"));
        QVERIFY(unzipTo(partner, dir));
        const QString text = bundleText(dir);
        QVERIFY(text.contains(QStringLiteral("casefile.pdf")));
        QVERIFY(pdfText(dir + QStringLiteral("/casefile.pdf")).contains(kAccusedName)); // accused kept
        for (const QString& trace : victimTraces()) {
            QVERIFY2(!text.contains(trace, Qt::CaseInsensitive), qPrintable(trace));
        }
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/evidence"))); // no evidence contents leave in this profile

        // The same check on the prosecutor bundle finds them, so the test above can fail.
        const QString fullDir = m_out.filePath(QStringLiteral("unpacked-full"));
        QVERIFY(unzipTo(m_prosecutor, fullDir));
        const QString full = bundleText(fullDir);
        const QString fullPdf = pdfText(m_out.filePath(QStringLiteral("unpacked-full/casefile.pdf")));
        QVERIFY(fullPdf.contains(kVictimName));
        QVERIFY(fullPdf.contains(QStringLiteral("35202-7654321-8")));
        QVERIFY(full.contains(kVictimCnic));
        QVERIFY(full.contains(kWitnessPhone));
    }

    void statisticsProfileHasCountsOnly() {
        const QString stats = exportAs(RedactionProfile::Statistics, QStringLiteral("statistics.zip"));
        QVERIFY(!stats.isEmpty());
        const QString dir = m_out.filePath(QStringLiteral("unpacked-stats"));
        QVERIFY(unzipTo(stats, dir));
        const QString text = bundleText(dir);
        for (const QString& trace : victimTraces() + QStringList{kAccusedName, kAccusedCnic}) {
            QVERIFY2(!text.contains(trace, Qt::CaseInsensitive), qPrintable(trace));
        }
        QVERIFY(text.contains(QStringLiteral("\"accused\": 1")));
        QVERIFY(text.contains(QStringLiteral("\"role.TRAFFICKING_VICTIM\": 1")));
    }

    void tamperingIsRefusedWithAPreciseReason() {
        const ZipEntries good = readZip(m_prosecutor);
        QCOMPARE(good.size(), std::size_t(9));
        QVERIFY(refusal(good).isEmpty());
        auto changed = [&](const QString& name, const std::function<void(QByteArray&)>& edit) {
            ZipEntries e = good;
            for (auto& [n, bytes] : e) {
                if (n == name) {
                    edit(bytes);
                }
            }
            return e;
        };
        QVERIFY(refusal(changed(QStringLiteral("records.json"), [](QByteArray& b) {
                    b.replace("Recruiters", "Recruitees");
                })).contains(QStringLiteral("SHA-256 of records.json does not match")));
        QVERIFY(refusal(changed(QStringLiteral("manifest.json"), [](QByteArray& b) {
                    b.replace("prosecutor", "Prosecutor");
                })).contains(QStringLiteral("signature")));
        QVERIFY(refusal(changed(QStringLiteral("manifest.sig"), [](QByteArray& b) {
                    b[5] = static_cast<char>(b[5] ^ 1);
                })).contains(QStringLiteral("signature")));
        ZipEntries added = good;
        added.emplace_back(QStringLiteral("evidence/extra.exe"), QByteArray("MZ"));
        QVERIFY(refusal(added).contains(QStringLiteral("evidence/extra.exe, which the signed manifest does not list")));
        ZipEntries removed;
        for (const auto& e : good) {
            if (e.first != QStringLiteral("casefile.pdf")) {
                removed.push_back(e);
            }
        }
        QVERIFY(refusal(removed).contains(QStringLiteral("casefile.pdf, which is missing")));
        ZipEntries slip = good;
        slip.emplace_back(QStringLiteral("../../home/evil.sh"), QByteArray("rm -rf"));
        QVERIFY(refusal(slip).contains(QStringLiteral("unsafe path \"../../home/evil.sh\"")));
        ZipEntries absolute = good;
        absolute.emplace_back(QStringLiteral("/etc/cron.d/x"), QByteArray("x"));
        QVERIFY(refusal(absolute).contains(QStringLiteral("unsafe path")));
        BundleLimits small;
        small.maxMetadataBytes = 4096; // the PDF is larger than this
        QVERIFY(refusal(good, small).contains(QStringLiteral("casefile.pdf is larger than allowed")));
        // Truncated: the end of the archive (its central directory) is gone.
        const QByteArray bytes = readFile(m_prosecutor);
        const QString truncated = m_out.filePath(QStringLiteral("truncated.zip"));
        QVERIFY(writeFile(truncated, bytes.left(bytes.size() * 2 / 3)));
        auto t = BundleVerifier::verify(truncated);
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(QStringLiteral("damaged or truncated")));
        QVERIFY(!BundleVerifier::verify(m_out.filePath(QStringLiteral("absent.zip"))));
    }

    void transportEncryptionOpensWithStockOpenssl() {
        BundleExportOptions options;
        options.transportPassword = secret(QStringLiteral("transport pass 2025"));
        const QString enc = exportAs(RedactionProfile::Partner, QStringLiteral("partner.zip.enc"), options);
        QVERIFY(!enc.isEmpty());
        QVERIFY(BundleCipher::looksEncrypted(enc));
        QVERIFY(BundleVerifier::verify(enc).error().message.contains(QStringLiteral("openssl enc -d")));
        QVERIFY(writeFile(m_out.filePath(QStringLiteral("pass.txt")), "transport pass 2025\n"));
        const auto opened =
            run(QStringLiteral("/usr/bin/openssl"),
                {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-aes-256-cbc"), QStringLiteral("-pbkdf2"),
                 QStringLiteral("-iter"), QStringLiteral("600000"), QStringLiteral("-md"), QStringLiteral("sha256"),
                 QStringLiteral("-in"), enc, QStringLiteral("-out"), m_out.filePath(QStringLiteral("opened.zip")),
                 QStringLiteral("-pass"), QStringLiteral("file:") + m_out.filePath(QStringLiteral("pass.txt"))});
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(BundleVerifier::verify(m_out.filePath(QStringLiteral("opened.zip"))));
        // And our own decryption of what stock openssl encrypts.
        const auto sealed = run(QStringLiteral("/usr/bin/openssl"),
                                {QStringLiteral("enc"), QStringLiteral("-aes-256-cbc"), QStringLiteral("-pbkdf2"),
                                 QStringLiteral("-iter"), QStringLiteral("600000"), QStringLiteral("-md"),
                                 QStringLiteral("sha256"), QStringLiteral("-in"), m_prosecutor, QStringLiteral("-out"),
                                 m_out.filePath(QStringLiteral("by-openssl.enc")), QStringLiteral("-pass"),
                                 QStringLiteral("file:") + m_out.filePath(QStringLiteral("pass.txt"))});
        QCOMPARE(sealed.exitCode, 0);
        QVERIFY(BundleCipher::decryptFile(m_out.filePath(QStringLiteral("by-openssl.enc")),
                                          m_out.filePath(QStringLiteral("back.zip")), options.transportPassword));
        QCOMPARE(readFile(m_out.filePath(QStringLiteral("back.zip"))), readFile(m_prosecutor));
        const Status wrong = BundleCipher::decryptFile(enc, m_out.filePath(QStringLiteral("x.zip")),
                                                       secret(QStringLiteral("wrong password!!")));
        QVERIFY(!wrong);
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("x.zip"))));
    }

    void pdfNumbersPagesAndDrawsFigures() {
        auto data = CaseFileLoader::load(*m_f->context, m_f->caseId, RedactionProfile::Prosecutor);
        QVERIFY(data);
        int chartCalls = 0;
        CaseFilePdfOptions options;
        options.relationshipChart = [&](QPainter& p, const QRectF& area) {
            ++chartCalls;
            p.drawText(area, Qt::AlignCenter, QStringLiteral("CHART-HOOK-DRAWN"));
        };
        const QString path = m_out.filePath(QStringLiteral("hooked.pdf"));
        auto info = CaseFilePdf::write(*data, path, options);
        QVERIFY(info);
        QCOMPARE(chartCalls, 1);
        QVERIFY(info->sections.contains(QStringLiteral("Relationship chart")));
        QVERIFY(!info->sections.contains(QStringLiteral("Timeline"))); // no hook, no section
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("CHART-HOOK-DRAWN")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(info->pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(info->pages)));
        QVERIFY(text.contains(QStringLiteral("CONFIDENTIAL")));
        // The cover may wrap the case UUID at one of its hyphens; it must come out of the PDF as typed (no "ff"
        // ligature glyph, which copies as U+FB00), so only line breaks are ignored.
        const QRegularExpression space(QStringLiteral("\\s"));
        const QString compact = QString(text).remove(space);
        QVERIFY2(compact.contains(data->caseFile.id), qPrintable(data->caseFile.id));
        QVERIFY(text.contains(data->keyFingerprint.left(14)));
        QVERIFY(text.contains(QStringLiteral("M-114/2023")));
        QVERIFY(text.contains(data->evidence.front().item.sha256.left(16)) ||
                text.contains(data->evidence.back().item.sha256.left(16)));
        QVERIFY(text.contains(QStringLiteral("R-77/2023"))); // the remand order
    }

    void exportsAreAudited() {
        const auto audit = *m_f->session->audit().list(AuditFilter{0, 100, QStringLiteral("case.export"), {}});
        QVERIFY(audit.size() >= 3);
        QCOMPARE(audit.front().entityId, m_f->caseId);
        QCOMPARE(audit.front().fields.value(QStringLiteral("profile")).toString(), QStringLiteral("prosecutor"));
        for (const AuditEntry& e : audit) {
            for (const QString& trace : victimTraces()) {
                QVERIFY(!QString::fromUtf8(e.canonical()).contains(trace));
            }
        }
    }
};

QTEST_MAIN(TestBundle)
#include "test_bundle.moc"
