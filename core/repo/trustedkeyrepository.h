// The registry of trusted office keys: which Ed25519 keys this database accepts as the signers of other offices'
// case bundles, and for which office. Everyone may read it; only administrators add or revoke entries, each change
// audited. The database's own office key is trusted without an entry (re-importing one's own export).
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "repo/repositorycontext.h"

namespace caselink {

struct TrustedKey {
    QString id;
    QString officeCode;
    QString officeName;
    QByteArray publicKey; // 32 raw bytes
    QString fingerprint;  // keyFingerprint(publicKey)
    QString note;
    QString addedBy;
    QString addedAt; // ISO-8601 UTC
    QString revokedBy;
    QString revokedAt;
    QString revokeReason;

    bool isRevoked() const { return !revokedAt.isEmpty(); }
};

struct NewTrustedKey {
    QString officeCode;
    QByteArray pem;              // the office's office.pub.pem, as `keys export` writes it
    QString expectedFingerprint; // read out by the office through another channel; empty: not compared
    QString note;
};

// The database's own signing key, as `keys export` hands it to other offices.
struct OwnOfficeKey {
    QString officeCode;
    QString officeName;
    QByteArray publicKey;
    QString fingerprint;
    QByteArray pem;
};

enum class KeyTrust {
    Own,         // this database's own office key
    Trusted,     // a live registry entry for the office the bundle names
    OtherOffice, // trusted, but for another office than the bundle names
    Revoked,     // only revoked entries
    Unknown,     // no entry at all
};

// How far the signer of a bundle is known here.
struct KeyAssessment {
    Q_DECLARE_TR_FUNCTIONS(caselink::KeyAssessment)

public:
    KeyTrust trust = KeyTrust::Unknown;
    QString fingerprint;
    QString claimedOffice;           // the office code the bundle's manifest names
    QString keyOffice;               // the office the key is tied to here (Own, Trusted, OtherOffice, Revoked)
    std::optional<TrustedKey> entry; // the registry entry that decided, if any

    bool originVerified() const { return trust == KeyTrust::Own || trust == KeyTrust::Trusted; }
    // "trusted", "own", "unknown", ... for audit entries and JSON.
    QString key() const;
    // One translated sentence: "Signed by the trusted key of GRW-AHTC (3f2a ...)." or what is wrong with the key.
    QString summary() const;
    // Translated: why an import stops here and what an administrator can do about it.
    QString refusal() const;
};

class TrustedKeyRepository {
    Q_DECLARE_TR_FUNCTIONS(caselink::TrustedKeyRepository)

public:
    explicit TrustedKeyRepository(RepositoryContext& context)
        : m_context(context) {}

    // Live entries first (by office), then revoked ones (latest first) when asked for.
    Result<std::vector<TrustedKey>> list(bool includeRevoked = true);
    Result<OwnOfficeKey> ownKey();

    // Administrators only. The office must be in the organisation tree; a given fingerprint must be the PEM's
    // (Integrity otherwise: the file is not the key the office read out); the key must not be trusted already
    // (Conflict) nor be this database's own. Audited as key.trust.
    Result<TrustedKey> trust(const NewTrustedKey& key);
    // Administrators only. fingerprint: the whole fingerprint or an unambiguous prefix of at least 8 hex digits of a
    // live entry. Audited as key.revoke.
    Result<TrustedKey> revoke(const QString& fingerprint, const QString& reason);

    // The trust of publicKey for a bundle that says it comes from claimedOffice.
    Result<KeyAssessment> assess(const QByteArray& publicKey, const QString& claimedOffice);

private:
    Status requireAdministrator() const;
    Result<std::vector<TrustedKey>> select(const QString& where, const QByteArray& publicKey = {});
    Result<bool> isOwnKey(const QByteArray& publicKey, QString& officeCode);

    RepositoryContext& m_context;
};

} // namespace caselink
