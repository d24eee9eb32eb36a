// Offline transfer between offices: a prosecutor bundle from office A imported into office B's database gives the same
// records with the same UUIDs; importing twice is refused; a person B already has (same CNIC, or a strong name match)
// is held for duplicate review, never duplicated or overwritten; a tampered bundle, or one that fails half-way, leaves
// B's database exactly as it was. B imports only bundles signed by a key it trusts (or its own); an unknown or revoked
// signer is refused with nothing changed, unless an administrator accepts it explicitly, which is audited.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "bundletools.h"
#include "crypto/crypto.h"
#include "evidencefixture.h"
#include "exchange/bundleimport.h"
#include "exchange/bundleverifier.h"
#include "exchange/bundlewriter.h"
#include "repo/trustedkeyrepository.h"
#include "security/accountadmin.h"
#include "security/officekeys.h"

using namespace caselink;
using namespace caselink::test;

namespace {

// Office B's database; its administrator trusts the given keys (PEM) for office GRW-AHTC, then B works as io.isb.
struct OfficeB : SignedInDatabase {
    explicit OfficeB(const QList<QByteArray>& trusted = {})
        : SignedInDatabase(QStringLiteral("ISB-AHTC")) {
        openAs(kAdmin);
        addUser(QStringLiteral("io.isb"), Role::Investigator, QStringLiteral("ISB-AHTC"), true);
        TrustedKeyRepository keys(*context);
        for (const QByteArray& pem : trusted) {
            auto added = keys.trust({QStringLiteral("GRW-AHTC"), pem, {}, {}});
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        }
        QVERIFY(close());
        openAs(QStringLiteral("io.isb"));
    }
    void openAsAdministrator() { openAs(kAdmin); }
    // Every table an import writes, with the audit log and its head: the database "as it was".
    QString state() {
        QStringList out;
        for (const char* t : {"cases", "persons", "case_persons", "arrests", "custody_periods", "events",
                              "evidence_items", "evidence_chunks", "evidence_custody", "bundle_imports",
                              "bundle_duplicate_reviews", "trusted_office_keys", "audit_log", "person_search"}) {
            out << QString::number(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t))));
        }
        out << QString::fromLatin1(
            session->database()
                .scalar(QStringLiteral("SELECT hex(hash) FROM audit_log ORDER BY seq DESC LIMIT 1"))
                ->toString()
                .toLatin1());
        return out.join(QLatin1Char(','));
    }
};

QString hexSha(const QByteArray& b) {
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

// Re-signs a bundle after changing records.json, with a key of the forger's own: signature and hashes then verify,
// so only the importer's own checks can catch what is wrong inside.
ZipEntries resign(ZipEntries entries, const crypto::Ed25519KeyPair& key,
                  const std::function<void(QJsonObject&)>& editRecords) {
    QByteArray records;
    QJsonObject manifest;
    for (auto& [name, bytes] : entries) {
        if (name == QStringLiteral("records.json")) {
            QJsonObject r = QJsonDocument::fromJson(bytes).object();
            editRecords(r);
            bytes = QJsonDocument(r).toJson();
            records = bytes;
        } else if (name == QStringLiteral("manifest.json")) {
            manifest = QJsonDocument::fromJson(bytes).object();
        }
    }
    QJsonArray files;
    QByteArray sums;
    const QByteArray pem = crypto::ed25519PublicPem(key.publicKey);
    for (const QJsonValue& v : manifest.value(QStringLiteral("files")).toArray()) {
        QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("path")).toString() == QStringLiteral("records.json")) {
            f.insert(QStringLiteral("sha256"), hexSha(records));
            f.insert(QStringLiteral("size"), records.size());
        } else if (f.value(QStringLiteral("path")).toString() == QStringLiteral("office.pub.pem")) {
            f.insert(QStringLiteral("sha256"), hexSha(pem));
            f.insert(QStringLiteral("size"), pem.size());
        }
        sums += f.value(QStringLiteral("sha256")).toString().toLatin1() + "  " +
                f.value(QStringLiteral("path")).toString().toUtf8() + '\n';
        files.append(f);
    }
    manifest.insert(QStringLiteral("files"), files);
    manifest.insert(QStringLiteral("key_fingerprint"), keyFingerprint(key.publicKey));
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
    const QByteArray sig = *crypto::ed25519Sign(key.privateKey, manifestBytes);
    sums += hexSha(manifestBytes).toLatin1() + "  manifest.json\n" + hexSha(sig).toLatin1() + "  manifest.sig\n";
    const QByteArray sumsSig = *crypto::ed25519Sign(key.privateKey, sums);
    for (auto& [name, bytes] : entries) {
        if (name == QStringLiteral("manifest.json")) {
            bytes = manifestBytes;
        } else if (name == QStringLiteral("manifest.sig")) {
            bytes = sig;
        } else if (name == QStringLiteral("office.pub.pem")) {
            bytes = pem;
        } else if (name == QStringLiteral("SHA256SUMS")) {
            bytes = sums;
        } else if (name == QStringLiteral("SHA256SUMS.sig")) {
            bytes = sumsSig;
        }
    }
    return entries;
}

} // namespace

class TestBundleImport : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceFixture> m_a;
    QTemporaryDir m_out;
    QString m_bundle;
    QByteArray m_pemA; // office A's public key, as `keys export` gives it to B

private slots:
    void initTestCase() {
        m_a = std::make_unique<EvidenceFixture>();
        m_bundle = m_out.filePath(QStringLiteral("a.zip"));
        auto exported = BundleWriter::exportCase(*m_a->context, m_a->caseId, RedactionProfile::Prosecutor, m_bundle);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        m_pemA = TrustedKeyRepository(*m_a->context).ownKey()->pem;
    }

    void roundTripGivesTheSameRecords() {
        OfficeB b({m_pemA});
        auto report = BundleImporter::importBundle(*b.context, m_bundle);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->origin.trust, KeyTrust::Trusted);
        QVERIFY(report->origin.originVerified());
        QVERIFY(report->origin.summary().contains(
            QStringLiteral("trusted key of GRW-AHTC (%1)").arg(keyFingerprint(*publicKeyFromPem(m_pemA, {})))));
        QCOMPARE(report->caseId, m_a->caseId);
        QCOMPARE(report->heldForReview, 0);
        QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.join(QLatin1Char('\n'))));
        QCOMPARE(report->sourceOffice, QStringLiteral("GRW-AHTC"));

        auto dataA = *CaseFileLoader::load(*m_a->context, m_a->caseId, RedactionProfile::Prosecutor);
        auto dataB = *CaseFileLoader::load(*b.context, m_a->caseId, RedactionProfile::Prosecutor);
        QCOMPARE(dataB.caseFile.id, dataA.caseFile.id);
        QCOMPARE(dataB.caseFile.firNumber, dataA.caseFile.firNumber);
        QCOMPARE(dataB.caseFile.status, dataA.caseFile.status);
        QCOMPARE(dataB.caseFile.summary, dataA.caseFile.summary);
        QCOMPARE(dataB.caseFile.offenceIds, dataA.caseFile.offenceIds);
        const auto sameParties = [](const std::vector<CaseFileParty>& x, const std::vector<CaseFileParty>& y) {
            QCOMPARE(x.size(), y.size());
            for (std::size_t i = 0; i < x.size(); ++i) {
                QCOMPARE(y[i].person.id, x[i].person.id);
                QCOMPARE(y[i].person.nameLatin, x[i].person.nameLatin);
                QCOMPARE(y[i].person.cnic, x[i].person.cnic);
                QCOMPARE(y[i].person.phones, x[i].person.phones);
                QCOMPARE(y[i].roles.size(), x[i].roles.size());
                QCOMPARE(y[i].roles.front().id, x[i].roles.front().id);
                QCOMPARE(y[i].roles.front().role, x[i].roles.front().role);
                QCOMPARE(y[i].arrests.size(), x[i].arrests.size());
                for (std::size_t k = 0; k < x[i].arrests.size(); ++k) {
                    QCOMPARE(y[i].arrests[k].arrest.id, x[i].arrests[k].arrest.id);
                    QCOMPARE(y[i].arrests[k].arrest.arrestedAt, x[i].arrests[k].arrest.arrestedAt);
                    QCOMPARE(y[i].arrests[k].custody.size(), x[i].arrests[k].custody.size());
                    QCOMPARE(y[i].arrests[k].custody.front().orderRef, x[i].arrests[k].custody.front().orderRef);
                }
            }
        };
        sameParties(dataA.accused, dataB.accused);
        sameParties(dataA.victims, dataB.victims);
        sameParties(dataA.others, dataB.others);
        QCOMPARE(dataB.events.size(), dataA.events.size());
        for (std::size_t i = 0; i < dataA.events.size(); ++i) {
            QCOMPARE(dataB.events[i].id, dataA.events[i].id);
            QCOMPARE(dataB.events[i].description, dataA.events[i].description);
        }
        QCOMPARE(dataB.evidence.size(), dataA.evidence.size());
        EvidenceStore storeA(*m_a->context);
        EvidenceStore storeB(*b.context);
        for (std::size_t i = 0; i < dataA.evidence.size(); ++i) {
            const EvidenceItem& x = dataA.evidence[i].item;
            const EvidenceItem& y = dataB.evidence[i].item;
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.sha256, x.sha256);
            QCOMPARE(y.malkhanaRef, x.malkhanaRef);
            QCOMPARE(dataB.evidence[i].custody.size(), dataA.evidence[i].custody.size());
            QCOMPARE(dataB.evidence[i].custody.front().id, dataA.evidence[i].custody.front().id);
            if (x.kind == EvidenceKind::File) {
                QCOMPARE(*storeB.verify(y.id), true);
                QBuffer bx;
                QBuffer by;
                bx.open(QIODevice::WriteOnly);
                by.open(QIODevice::WriteOnly);
                QVERIFY(storeA.writeTo(x.id, bx));
                QVERIFY(storeB.writeTo(y.id, by));
                QCOMPARE(by.data(), bx.data());
            }
        }
        const auto audit = *b.session->audit().list(AuditFilter{0, 1000, QStringLiteral("bundle.import"), {}});
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit.front().entityId, m_a->caseId);
        QCOMPARE(audit.front().fields.value(QStringLiteral("key_trust")).toString(), QStringLiteral("trusted"));
        QCOMPARE(audit.front().fields.value(QStringLiteral("origin_verified")).toBool(), true);
        QVERIFY(b.session->audit().verify()->intact);

        // The same bundle twice is refused, and changes nothing.
        const QString before = b.state();
        auto again = BundleImporter::importBundle(*b.context, m_bundle);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(b.state(), before);
    }

    void knownPersonsGoToDuplicateReview() {
        OfficeB b({m_pemA});
        PersonRepository persons(*b.context);
        Person known; // the accused, recorded in B under another spelling and with the same CNIC
        known.nameLatin = QStringLiteral("Rana Tariq Mahmood");
        known.cnic = kAccusedCnic;
        const QString knownId = persons.create(known)->id;
        Person namesake; // the witness, by name and father's name only
        namesake.nameLatin = kWitnessName;
        namesake.relation = Relation::SonOf;
        namesake.relativeLatin = QStringLiteral("Allah Ditta");
        QVERIFY(persons.create(namesake));
        auto report = BundleImporter::importBundle(*b.context, m_bundle);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->heldForReview, 2);
        QVERIFY(report->matched.join(QLatin1Char('\n')).contains(QStringLiteral("same CNIC")));
        QVERIFY(report->matched.join(QLatin1Char('\n')).contains(QStringLiteral("strong name match")));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM persons WHERE cnic = '%1'").arg(kAccusedCnic)), 1);
        QCOMPARE(persons.get(knownId)->nameLatin, QStringLiteral("Rana Tariq Mahmood")); // not overwritten
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM persons WHERE id = '%1'").arg(m_a->accusedId)), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM bundle_duplicate_reviews WHERE status = 'OPEN' AND "
                                        "existing_person_id = '%1' AND incoming_person_id = '%2'")
                             .arg(knownId, m_a->accusedId)),
                 1);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM persons WHERE id = '%1'").arg(m_a->victimId)), 1);
    }

    void tamperedBundlesChangeNothing() {
        OfficeB b({m_pemA});
        const QString before = b.state();
        ZipEntries entries = readZip(m_bundle);
        for (auto& [name, bytes] : entries) {
            if (name.startsWith(QStringLiteral("evidence/"))) {
                bytes[0] = static_cast<char>(bytes[0] ^ 1);
            }
        }
        const QString tampered = m_out.filePath(QStringLiteral("tampered.zip"));
        QVERIFY(writeZip(tampered, entries));
        auto refused = BundleImporter::importBundle(*b.context, tampered);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("does not match the signed manifest")));
        QCOMPARE(b.state(), before);
    }

    void failureHalfWayRollsEverythingBack() {
        // A forged bundle, validly signed by its own key, whose records claim another hash for the evidence file:
        // the case, persons, arrests and events come first, then the evidence check fails. B trusts the forger's
        // key here (a trusted office can still send a broken bundle), so the import gets that far.
        const auto forger = *crypto::ed25519Generate();
        OfficeB b({crypto::ed25519PublicPem(forger.publicKey)});
        const QString before = b.state();
        const ZipEntries forged = resign(readZip(m_bundle), forger, [](QJsonObject& records) {
            QJsonArray evidence = records.value(QStringLiteral("evidence")).toArray();
            for (qsizetype i = 0; i < evidence.size(); ++i) {
                QJsonObject e = evidence[i].toObject();
                if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("FILE")) {
                    e.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
                }
                evidence[i] = e;
            }
            records.insert(QStringLiteral("evidence"), evidence);
        });
        const QString path = m_out.filePath(QStringLiteral("forged.zip"));
        QVERIFY(writeZip(path, forged));
        QVERIFY(BundleVerifier::verify(path)); // the forgery is well formed
        auto refused = BundleImporter::importBundle(*b.context, path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("does not list with the same SHA-256")));
        QCOMPARE(b.state(), before);
        QVERIFY(b.session->audit().verify()->intact);
    }

    void statisticsAndPartnerBundles() {
        OfficeB b({m_pemA});
        const QString stats = m_out.filePath(QStringLiteral("stats.zip"));
        QVERIFY(BundleWriter::exportCase(*m_a->context, m_a->caseId, RedactionProfile::Statistics, stats));
        QCOMPARE(BundleImporter::importBundle(*b.context, stats).error().code, ErrorCode::Input);
        const QString partner = m_out.filePath(QStringLiteral("partner.zip"));
        QVERIFY(BundleWriter::exportCase(*m_a->context, m_a->caseId, RedactionProfile::Partner, partner));
        auto report = BundleImporter::importBundle(*b.context, partner);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM persons")), 1); // the accused only
        QVERIFY(report->skipped.join(QLatin1Char('\n')).contains(QStringLiteral("identity withheld")));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM persons WHERE name_latin LIKE '%Ayesha%'")), 0);
    }

    // The doctored bundle an attacker re-signs with a key of their own verifies, but its signer is unknown here.
    void unknownSignerIsRefusedAndChangesNothing() {
        OfficeB b({m_pemA});
        const auto attacker = *crypto::ed25519Generate();
        const QString path = m_out.filePath(QStringLiteral("resigned.zip"));
        QVERIFY(writeZip(path, resign(readZip(m_bundle), attacker, [](QJsonObject& records) {
                             records.insert(QStringLiteral("note"), QStringLiteral("doctored"));
                         })));
        QVERIFY(BundleVerifier::verify(path));
        const QString before = b.state();
        auto refused = BundleImporter::importBundle(*b.context, path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Integrity);
        QVERIFY2(refused.error().message.contains(keyFingerprint(attacker.publicKey)),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("not trusted here")));
        QVERIFY(refused.error().message.contains(QStringLiteral("trusted office keys")));
        QCOMPARE(b.state(), before);

        // Without any trusted key, even A's genuine bundle is only of unknown origin.
        OfficeB c;
        const QString cBefore = c.state();
        QCOMPARE(BundleImporter::importBundle(*c.context, m_bundle).error().code, ErrorCode::Integrity);
        QCOMPARE(c.state(), cBefore);
    }

    void revokedSignerIsRefused() {
        OfficeB b({m_pemA});
        b.openAsAdministrator();
        const QString fingerprint = keyFingerprint(*publicKeyFromPem(m_pemA, {}));
        QVERIFY(TrustedKeyRepository(*b.context).revoke(fingerprint, QStringLiteral("key lost with a laptop")));
        b.openAs(QStringLiteral("io.isb"));
        const QString before = b.state();
        auto refused = BundleImporter::importBundle(*b.context, m_bundle);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Integrity);
        QVERIFY2(refused.error().message.contains(QStringLiteral("revoked key of GRW-AHTC (%1)").arg(fingerprint)),
                 qPrintable(refused.error().message));
        QCOMPARE(b.state(), before);
    }

    void keyTrustedForAnotherOfficeIsRefused() {
        OfficeB b;
        b.openAsAdministrator();
        QVERIFY(TrustedKeyRepository(*b.context).trust({QStringLiteral("LHR-AHTC"), m_pemA, {}, {}}));
        const QString before = b.state();
        auto refused = BundleImporter::importBundle(*b.context, m_bundle);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("trusted for LHR-AHTC, not for GRW-AHTC")));
        QCOMPARE(b.state(), before);
    }

    void administratorMayAcceptAnUntrustedKeyAudited() {
        OfficeB b;
        BundleImportOptions accept;
        accept.acceptUntrustedKey = true;
        // Not an investigator's decision.
        const QString before = b.state();
        QCOMPARE(BundleImporter::importBundle(*b.context, m_bundle, accept).error().code, ErrorCode::Permission);
        QCOMPARE(b.state(), before);

        b.openAsAdministrator();
        auto report = BundleImporter::importBundle(*b.context, m_bundle, accept);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->origin.trust, KeyTrust::Unknown);
        QVERIFY(!report->origin.originVerified());
        QVERIFY(!report->added.isEmpty());
        const auto accepted =
            *b.session->audit().list(AuditFilter{0, 10, QStringLiteral("bundle.untrusted_key_accepted"), {}});
        QCOMPARE(accepted.size(), std::size_t(1));
        QCOMPARE(accepted.front().username, kAdmin);
        QCOMPARE(accepted.front().fields.value(QStringLiteral("key_fingerprint")).toString(),
                 keyFingerprint(*publicKeyFromPem(m_pemA, {})));
        const auto imported = *b.session->audit().list(AuditFilter{0, 10, QStringLiteral("bundle.import"), {}});
        QCOMPARE(imported.front().fields.value(QStringLiteral("origin_verified")).toBool(), false);
        QCOMPARE(imported.front().fields.value(QStringLiteral("key_trust")).toString(), QStringLiteral("unknown"));
        QVERIFY(b.session->audit().verify()->intact);
    }

    // Re-importing one's own export: the database's own office key is trusted without an entry.
    void ownKeyCountsAsTrusted() {
        auto report = BundleImporter::importBundle(*m_a->context, m_bundle);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->origin.trust, KeyTrust::Own);
        QVERIFY(report->added.isEmpty()); // everything is here already
        QVERIFY(!report->matched.isEmpty());
    }
};

QTEST_MAIN(TestBundleImport)
#include "test_bundle_import.moc"
