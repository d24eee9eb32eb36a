// Creating, inspecting, checking, backing up, restoring and recovering a database: caselink-cli init, info, check,
// backup, restore, recover (databasecommands.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class DatabaseCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::DatabaseCommands)

public:
    static int init(const QStringList& arguments);
    static int info(const QStringList& arguments);
    static int timeZone(const QStringList& arguments);
    static int check(const QStringList& arguments);
    static int backup(const QStringList& arguments);
    static int restore(const QStringList& arguments);
    static int recover(const QStringList& arguments);
};

} // namespace caselink
