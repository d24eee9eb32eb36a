// Signed case bundles for prosecutors and other offices (bundlecommands.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class BundleCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleCommands)

public:
    static int exportCase(const QStringList& arguments);
    static int verify(const QStringList& arguments);
    static int importBundle(const QStringList& arguments);
};

} // namespace caselink
