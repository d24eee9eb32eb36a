// Relationship charts: caselink-cli graph (graphcommand.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace caselink
