// Arrest and case statistics: caselink-cli stats (statscommand.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class StatsCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatsCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace caselink
