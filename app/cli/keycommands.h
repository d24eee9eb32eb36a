// The registry of trusted office keys that bundle import checks signers against (keycommands.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class KeyCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::KeyCommands)

public:
    static int exportKey(const QStringList& arguments);
    static int trust(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int revoke(const QStringList& arguments);
};

} // namespace caselink
