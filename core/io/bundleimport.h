// Importing a signed case bundle from another office (offline transfer). The bundle is verified (signature, then every
// hash) before anything in it is read; the case and its records keep their UUIDs; a person who may already be
// recorded here (same CNIC or passport, or a strong name match) is held for duplicate review instead of being
// created again or merged; nothing local is overwritten, even when the bundle's copy is newer. All in one
// transaction: a bundle that fails anywhere leaves the database as it was.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "io/bundle.h"

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
};

class BundleImporter {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleImporter)

public:
    static Result<BundleImportReport> importBundle(RepositoryContext& context, const QString& path,
                                                   const BundleLimits& limits = {});
};

} // namespace caselink
