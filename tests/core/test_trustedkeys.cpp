// The registry of trusted office keys: only administrators add and revoke, each change audited; a fingerprint given
// for the out-of-band check must be the PEM's or nothing is stored; a key is trusted once at a time, never this
// database's own; assess() tells own, trusted, other-office, revoked and unknown keys apart.
#include <QtTest>

#include "crypto/crypto.h"
#include "repo/trustedkeyrepository.h"
#include "security/accountadmin.h"
#include "security/officekeys.h"
#include "signedindatabase.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

struct Office : SignedInDatabase {
    Office()
        : SignedInDatabase(u"ISB-AHTC"_s) {
        openAs(kAdmin);
        addUser(u"io.isb"_s, Role::Investigator, u"ISB-AHTC"_s, false);
        QVERIFY(close());
        openAs(kAdmin);
    }
    QString state() {
        return u"%1/%2/%3"_s.arg(count(u"SELECT count(*) FROM trusted_office_keys"_s))
            .arg(count(u"SELECT count(*) FROM trusted_office_keys WHERE revoked_at IS NULL"_s))
            .arg(count(u"SELECT count(*) FROM audit_log"_s));
    }
};

struct ForeignKey {
    QByteArray publicKey;
    QByteArray pem;
    QString fingerprint;
    ForeignKey() {
        auto pair = crypto::ed25519Generate();
        publicKey = pair->publicKey;
        pem = crypto::ed25519PublicPem(publicKey);
        fingerprint = keyFingerprint(publicKey);
    }
};

} // namespace

class TestTrustedKeys : public QObject {
    Q_OBJECT

private slots:
    void pemAndFingerprintSpellings() {
        const ForeignKey k;
        QCOMPARE(*publicKeyFromPem(k.pem, u"k.pem"_s), k.publicKey);
        // Text around the block, as `keys export` prints it, and CRLF line ends are accepted.
        QByteArray framed = "Office: GRW-AHTC\r\nFingerprint: " + k.fingerprint.toLatin1() + "\r\n" + k.pem;
        framed.replace("\n", "\r\n");
        QCOMPARE(*publicKeyFromPem(framed, u"k.pem"_s), k.publicKey);
        QCOMPARE(
            publicKeyFromPem("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n", u"short.pem"_s)
                .error()
                .code,
            ErrorCode::Input);
        QVERIFY(publicKeyFromPem("not a key", u"x.pem"_s).error().message.contains(u"x.pem"_s));
        QCOMPARE(fingerprintDigits(k.fingerprint.toUpper()), fingerprintDigits(k.fingerprint));
        QCOMPARE(fingerprintDigits(k.fingerprint).size(), 64);
    }

    void administratorTrustsWithTheOutOfBandFingerprint() {
        Office o;
        const ForeignKey k;
        TrustedKeyRepository keys(*o.context);
        // A fingerprint that is not the file's: refused, nothing stored, nothing audited.
        const ForeignKey other;
        const QString before = o.state();
        auto refused = keys.trust({u"GRW-AHTC"_s, k.pem, other.fingerprint, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Integrity);
        QVERIFY(refused.error().message.contains(k.fingerprint));
        QCOMPARE(o.state(), before);
        QCOMPARE(keys.trust({u"GRW-AHTC"_s, k.pem, u"3f2a 91c0"_s, {}}).error().code, ErrorCode::Input);

        // The same fingerprint read out in upper case without spaces is the same fingerprint.
        auto trusted =
            keys.trust({u"grw-ahtc"_s, k.pem, fingerprintDigits(k.fingerprint).toUpper(), u"confirmed by phone"_s});
        QVERIFY2(trusted, trusted ? "" : qPrintable(trusted.error().message));
        QCOMPARE(trusted->officeCode, u"GRW-AHTC"_s);
        QCOMPARE(trusted->fingerprint, k.fingerprint);
        QCOMPARE(trusted->addedBy, kAdmin);
        const auto audit = *o.session->audit().list(AuditFilter{0, 10, u"key.trust"_s, {}});
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit.front().fields.value(u"fingerprint"_s).toString(), k.fingerprint);
        QCOMPARE(audit.front().fields.value(u"fingerprint_checked"_s).toBool(), true);

        QCOMPARE(keys.trust({u"GRW-AHTC"_s, k.pem, {}, {}}).error().code, ErrorCode::Conflict); // once at a time
        QCOMPARE(keys.trust({u"NOWHERE"_s, ForeignKey().pem, {}, {}}).error().code, ErrorCode::NotFound);
        QCOMPARE(keys.trust({u"GRW-AHTC"_s, "garbage", {}, {}}).error().code, ErrorCode::Input);
        auto own = keys.ownKey();
        QVERIFY(own);
        QCOMPARE(own->officeCode, u"ISB-AHTC"_s);
        QCOMPARE(keys.trust({u"ISB-AHTC"_s, own->pem, {}, {}}).error().code, ErrorCode::Conflict);
        QCOMPARE(keys.list()->size(), std::size_t(1));
    }

    void investigatorsListButCannotChange() {
        Office o;
        const ForeignKey k;
        QVERIFY(TrustedKeyRepository(*o.context).trust({u"GRW-AHTC"_s, k.pem, k.fingerprint, {}}));
        o.openAs(u"io.isb"_s);
        TrustedKeyRepository keys(*o.context);
        QCOMPARE(keys.list()->size(), std::size_t(1));
        const QString before = o.state();
        QCOMPARE(keys.trust({u"GRW-AHTC"_s, ForeignKey().pem, {}, {}}).error().code, ErrorCode::Permission);
        QCOMPARE(keys.revoke(k.fingerprint, {}).error().code, ErrorCode::Permission);
        QCOMPARE(o.state(), before);
    }

    void revokeAndAssess() {
        Office o;
        TrustedKeyRepository keys(*o.context);
        const ForeignKey grw;
        const ForeignKey lhr;
        const ForeignKey stranger;
        QVERIFY(keys.trust({u"GRW-AHTC"_s, grw.pem, grw.fingerprint, {}}));
        QVERIFY(keys.trust({u"LHR"_s, lhr.pem, {}, {}}));

        QCOMPARE(keys.assess(grw.publicKey, u"GRW-AHTC"_s)->trust, KeyTrust::Trusted);
        QVERIFY(keys.assess(grw.publicKey, u"GRW-AHTC"_s)->summary().contains(u"trusted key of GRW-AHTC"_s));
        QCOMPARE(keys.assess(grw.publicKey, u"LHR"_s)->trust, KeyTrust::OtherOffice);
        QCOMPARE(keys.assess(stranger.publicKey, u"GRW-AHTC"_s)->trust, KeyTrust::Unknown);
        QVERIFY(keys.assess(stranger.publicKey, u"GRW-AHTC"_s)->refusal().contains(stranger.fingerprint));
        QCOMPARE(keys.assess(keys.ownKey()->publicKey, u"ISB-AHTC"_s)->trust, KeyTrust::Own);

        QCOMPARE(keys.revoke(u"12"_s, {}).error().code, ErrorCode::Input); // too short to be safe
        QCOMPARE(keys.revoke(stranger.fingerprint, {}).error().code, ErrorCode::NotFound);
        auto revoked = keys.revoke(grw.fingerprint.left(9), u"laptop stolen"_s); // "xxxx xxxx": 8 digits
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
        QCOMPARE(revoked->officeCode, u"GRW-AHTC"_s);
        const auto assessed = *keys.assess(grw.publicKey, u"GRW-AHTC"_s);
        QCOMPARE(assessed.trust, KeyTrust::Revoked);
        QVERIFY(!assessed.originVerified());
        QVERIFY(assessed.summary().contains(u"revoked"_s));
        QCOMPARE(assessed.entry->revokeReason, u"laptop stolen"_s);
        QCOMPARE(keys.revoke(grw.fingerprint, {}).error().code, ErrorCode::NotFound); // live entries only
        QCOMPARE(o.session->audit().list(AuditFilter{0, 10, u"key.revoke"_s, {}})->size(), std::size_t(1));

        // Listed: live first, then revoked; a revoked key may be trusted again, as a new entry.
        auto all = *keys.list();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all.front().officeCode, u"LHR"_s);
        QVERIFY(all.back().isRevoked());
        QCOMPARE(keys.list(false)->size(), std::size_t(1));
        QVERIFY(keys.trust({u"GRW-AHTC"_s, grw.pem, grw.fingerprint, u"new laptop, same key restored"_s}));
        QCOMPARE(keys.assess(grw.publicKey, u"GRW-AHTC"_s)->trust, KeyTrust::Trusted);
        QCOMPARE(keys.list()->size(), std::size_t(3));
        QVERIFY(o.session->audit().verify()->intact);
    }
};

QTEST_MAIN(TestTrustedKeys)
#include "test_trustedkeys.moc"
