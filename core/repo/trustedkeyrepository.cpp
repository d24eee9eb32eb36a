#include "repo/trustedkeyrepository.h"

#include <algorithm>
#include <iterator>

#include <QJsonObject>

#include "crypto/crypto.h"
#include "repo/aggregatesupport.h"
#include "repo/orgunitrepository.h"
#include "security/officekeys.h"
#include "security/session.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxNote = 500;
constexpr qsizetype kMinPrefix = 8;
const QString kColumns = u"k.id, u.code, u.name_en, k.public_key, k.fingerprint, k.note, k.added_by, k.added_at, "
                         "k.revoked_by, k.revoked_at, k.revoke_reason"_s;

bool isHex(const QString& digits) {
    return std::all_of(digits.begin(), digits.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

Result<QString> cleanNote(const QString& text) {
    QString note = text;
    std::vector<Issue> issues;
    cleanText(note, kMaxNote, issues);
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    return note.trimmed();
}

} // namespace

QString KeyAssessment::key() const {
    switch (trust) {
    case KeyTrust::Own:
        return u"own"_s;
    case KeyTrust::Trusted:
        return u"trusted"_s;
    case KeyTrust::OtherOffice:
        return u"other_office"_s;
    case KeyTrust::Revoked:
        return u"revoked"_s;
    case KeyTrust::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString KeyAssessment::summary() const {
    switch (trust) {
    case KeyTrust::Own:
        return tr("Signed by this database's own office key (%1, %2).").arg(keyOffice, fingerprint);
    case KeyTrust::Trusted:
        return tr("Signed by the trusted key of %1 (%2).").arg(keyOffice, fingerprint);
    case KeyTrust::OtherOffice:
        return tr("Signed by a key trusted for %1, not for %2 which the bundle names (%3).")
            .arg(keyOffice, claimedOffice, fingerprint);
    case KeyTrust::Revoked:
        return tr("Signed by a revoked key of %1 (%2), revoked on %3 by %4.")
            .arg(keyOffice, fingerprint, entry ? entry->revokedAt.left(10) : QString(),
                 entry ? entry->revokedBy : QString());
    case KeyTrust::Unknown:
        break;
    }
    return tr("Signed by a key that is not trusted here (%1); the bundle says it comes from %2.")
        .arg(fingerprint, claimedOffice);
}

QString KeyAssessment::refusal() const {
    if (trust == KeyTrust::Revoked) {
        return tr("%1 Its origin cannot be relied on, so nothing was imported. An administrator can still import "
                  "it, marked as of unverified origin.")
            .arg(summary());
    }
    return tr("%1 Nothing was imported. Compare this fingerprint with %2 by phone or in person; if it is theirs, an "
              "administrator adds their key to the trusted office keys (Reference data, or caselink-cli keys "
              "trust with office.pub.pem from the bundle) and you import again. An administrator can also import "
              "it now, marked as of unverified origin.")
        .arg(summary(), claimedOffice);
}

Status TrustedKeyRepository::requireAdministrator() const {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    if (m_context.session().user().role != Role::Administrator) {
        return fail(ErrorCode::Permission, tr("Only an administrator can change the trusted office keys."));
    }
    return ok();
}

Result<std::vector<TrustedKey>> TrustedKeyRepository::select(const QString& where, const QByteArray& publicKey) {
    auto stmt = m_context.db().prepare(u"SELECT %1 FROM trusted_office_keys k JOIN org_units u ON u.id = k.office_id "
                                       "WHERE %2 ORDER BY k.revoked_at IS NOT NULL, k.revoked_at DESC, u.code, "
                                       "k.added_at"_s.arg(kColumns, where));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (!publicKey.isEmpty()) {
        stmt->bindBlob(1, publicKey);
    }
    std::vector<TrustedKey> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back(TrustedKey{s.columnText(0), s.columnText(1), s.columnText(2), s.columnBlob(3), s.columnText(4),
                                 s.columnText(5), s.columnText(6), s.columnText(7), s.columnText(8), s.columnText(9),
                                 s.columnText(10)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<TrustedKey>> TrustedKeyRepository::list(bool includeRevoked) {
    return select(includeRevoked ? u"1"_s : u"k.revoked_at IS NULL"_s);
}

Result<OwnOfficeKey> TrustedKeyRepository::ownKey() {
    auto key = loadOfficeKey(m_context.db());
    if (!key) {
        return std::unexpected(key.error());
    }
    auto office = m_context.session().office();
    if (!office) {
        return std::unexpected(office.error());
    }
    return OwnOfficeKey{office->code, office->nameEn, key->publicKey, keyFingerprint(key->publicKey),
                        crypto::ed25519PublicPem(key->publicKey)};
}

Result<bool> TrustedKeyRepository::isOwnKey(const QByteArray& publicKey, QString& officeCode) {
    auto stmt = m_context.db().prepare(u"SELECT u.code FROM office_keys k JOIN org_units u ON u.id = k.office_id "
                                       "WHERE k.public_key = ? AND k.retired_at IS NULL"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindBlob(1, publicKey);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        officeCode = stmt->columnText(0);
    }
    return *row;
}

Result<KeyAssessment> TrustedKeyRepository::assess(const QByteArray& publicKey, const QString& claimedOffice) {
    KeyAssessment out;
    out.fingerprint = keyFingerprint(publicKey);
    out.claimedOffice = claimedOffice;
    auto own = isOwnKey(publicKey, out.keyOffice);
    if (!own) {
        return std::unexpected(own.error());
    }
    if (*own) {
        out.trust = KeyTrust::Own;
        return out;
    }
    auto entries = select(u"k.public_key = ?1"_s, publicKey);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    if (entries->empty()) {
        return out; // Unknown
    }
    // Live entries sort first, then the most recent revocation.
    const TrustedKey& decisive = entries->front();
    out.entry = decisive;
    out.keyOffice = decisive.officeCode;
    if (decisive.isRevoked()) {
        out.trust = KeyTrust::Revoked;
    } else if (decisive.officeCode.compare(claimedOffice, Qt::CaseInsensitive) == 0) {
        out.trust = KeyTrust::Trusted;
    } else {
        out.trust = KeyTrust::OtherOffice;
    }
    return out;
}

Result<TrustedKey> TrustedKeyRepository::trust(const NewTrustedKey& key) {
    if (auto st = requireAdministrator(); !st) {
        return std::unexpected(st.error());
    }
    auto publicKey = publicKeyFromPem(key.pem, tr("The key file"));
    if (!publicKey) {
        return std::unexpected(publicKey.error());
    }
    const QString fingerprint = keyFingerprint(*publicKey);
    if (!key.expectedFingerprint.trimmed().isEmpty()) {
        const QString given = fingerprintDigits(key.expectedFingerprint);
        if (given.size() != 64 || !isHex(given)) {
            return fail(ErrorCode::Input, tr("\"%1\" is not a key fingerprint: it has 64 hex digits, as "
                                             "\"3f2a 91c0 ...\" in 16 groups of four.")
                                              .arg(visibleInput(key.expectedFingerprint, 100)));
        }
        if (given != fingerprintDigits(fingerprint)) {
            return fail(ErrorCode::Integrity,
                        tr("The key in this file has the fingerprint %1, not the one you were given. Do not trust "
                           "it: the file may have been replaced on the way. Ask the office for its key again.")
                            .arg(fingerprint));
        }
    }
    QString ownOffice;
    auto own = isOwnKey(*publicKey, ownOffice);
    if (!own) {
        return std::unexpected(own.error());
    }
    if (*own) {
        return fail(ErrorCode::Conflict,
                    tr("This is this database's own office key (%1); it is trusted already.").arg(ownOffice));
    }
    auto live = select(u"k.public_key = ?1 AND k.revoked_at IS NULL"_s, *publicKey);
    if (!live) {
        return std::unexpected(live.error());
    }
    if (!live->empty()) {
        return fail(ErrorCode::Conflict,
                    tr("This key is trusted already, for %1 since %2 (added by %3).")
                        .arg(live->front().officeCode, live->front().addedAt.left(10), live->front().addedBy));
    }
    OrgUnitRepository units(m_context);
    auto office = units.byCode(key.officeCode.trimmed());
    if (!office) {
        return std::unexpected(office.error());
    }
    auto note = cleanNote(key.note);
    if (!note) {
        return std::unexpected(note.error());
    }
    TrustedKey entry{newUuid(),
                     office->code,
                     office->nameEn,
                     *publicKey,
                     fingerprint,
                     *note,
                     m_context.session().user().username,
                     m_context.now(),
                     {},
                     {},
                     {}};
    const AuditRecord record{u"key.trust"_s, u"trusted_key"_s, entry.id,
                             QJsonObject{{u"office"_s, entry.officeCode},
                                         {u"fingerprint"_s, fingerprint},
                                         {u"fingerprint_checked"_s, !key.expectedFingerprint.trimmed().isEmpty()},
                                         {u"note"_s, entry.note}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&]() -> Status {
        auto insert = m_context.db().prepare(u"INSERT INTO trusted_office_keys (id, office_id, public_key, "
                                             "fingerprint, note, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, entry.id)
            .bind(2, office->id)
            .bindBlob(3, entry.publicKey)
            .bind(4, entry.fingerprint)
            .bind(5, orNull(entry.note))
            .bind(6, entry.addedBy)
            .bind(7, entry.addedAt);
        return insert->run();
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return entry;
}

Result<TrustedKey> TrustedKeyRepository::revoke(const QString& fingerprint, const QString& reason) {
    if (auto st = requireAdministrator(); !st) {
        return std::unexpected(st.error());
    }
    const QString prefix = fingerprintDigits(fingerprint);
    if (prefix.size() < kMinPrefix || prefix.size() > 64 || !isHex(prefix)) {
        return fail(ErrorCode::Input,
                    tr("Give the key's fingerprint, or at least its first %1 hex digits.").arg(kMinPrefix));
    }
    auto live = list(false);
    if (!live) {
        return std::unexpected(live.error());
    }
    std::vector<TrustedKey> hits;
    std::copy_if(live->begin(), live->end(), std::back_inserter(hits),
                 [&](const TrustedKey& k) { return fingerprintDigits(k.fingerprint).startsWith(prefix); });
    if (hits.empty()) {
        return fail(ErrorCode::NotFound,
                    tr("No trusted office key has the fingerprint %1.").arg(visibleInput(fingerprint, 100)));
    }
    if (hits.size() > 1) {
        return fail(ErrorCode::Input, tr("%1 trusted keys start with %2; give more of the fingerprint.")
                                          .arg(hits.size())
                                          .arg(visibleInput(fingerprint, 100)));
    }
    auto why = cleanNote(reason);
    if (!why) {
        return std::unexpected(why.error());
    }
    TrustedKey entry = hits.front();
    entry.revokedAt = m_context.now();
    entry.revokedBy = m_context.session().user().username;
    entry.revokeReason = *why;
    const AuditRecord record{u"key.revoke"_s, u"trusted_key"_s, entry.id,
                             QJsonObject{{u"office"_s, entry.officeCode},
                                         {u"fingerprint"_s, entry.fingerprint},
                                         {u"reason"_s, entry.revokeReason}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto update = m_context.db().prepare(u"UPDATE trusted_office_keys SET revoked_at = ?, revoked_by = ?, "
                                             "revoke_reason = ? WHERE id = ? AND revoked_at IS NULL"_s);
        if (!update) {
            return std::unexpected(update.error());
        }
        update->bind(1, entry.revokedAt).bind(2, entry.revokedBy).bind(3, orNull(entry.revokeReason)).bind(4, entry.id);
        return update->run();
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return entry;
}

} // namespace caselink
