// Accounts: caselink-cli user add, passwd, revoke, list (usercommands.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::UserCommands)

public:
    static int add(const QStringList& arguments);
    static int passwd(const QStringList& arguments);
    static int revoke(const QStringList& arguments);
    static int list(const QStringList& arguments);
};

} // namespace caselink
