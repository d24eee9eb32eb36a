// Finding persons, cases and organisations within the user's scope: caselink-cli search (searchcommand.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class SearchCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::SearchCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace caselink
