// A synthetic demonstration database: caselink-cli demo (democommand.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::DemoCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace caselink
