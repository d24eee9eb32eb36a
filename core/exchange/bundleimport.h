// Importing a signed case bundle from another office (offline transfer). The bundle is verified (signature, then every
// hash) before anything in it is read; the case and its records keep their UUIDs; a person who may already be
// recorded here (same CNIC or passport, or a strong name match) is held for duplicate review instead of being
// created again or merged; nothing local is overwritten, even when the bundle's copy is newer. All in one
// transaction: a bundle that fails anywhere leaves the database as it was. A valid signature proves integrity only:
// the signing key must also be this database's own or a trusted office key (repo/trustedkeyrepository.h).
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "exchange/bundleverifier.h"
#include "repo/trustedkeyrepository.h"

namespace caselink {

struct BundleImportReport {
    QString importId;
    QString bundleId;
    QString caseId;
    QString caseLabel;
    QString sourceOffice;
    QString keyFingerprint;
    QStringList added;   // translated lines: what was created
    QStringList matched; // already here (kept as is) or held for duplicate review
    QStringList skipped; // not imported, with the reason
    int heldForReview = 0;
    KeyAssessment origin; // who signed the bundle, as far as this database knows
};

struct BundleImportOptions {
    BundleLimits limits;
    // Imports even when the signing key is not trusted here (unknown, revoked, or trusted for another office).
    // Administrators only; audited, and the report's origin stays unverified.
    bool acceptUntrustedKey = false;
    EvidenceProgress progress; // over the verification of the bundle's files; false cancels
};

class BundleImporter {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleImporter)

public:
    static Result<BundleImportReport> importBundle(RepositoryContext& context, const QString& path,
                                                   const BundleImportOptions& options = {});
    // The trust of a verified bundle's signing key here, for the office its manifest names.
    static Result<KeyAssessment> origin(RepositoryContext& context, const VerifiedBundle& bundle);
};

} // namespace caselink
