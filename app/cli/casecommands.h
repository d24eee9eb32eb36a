// Cases: caselink-cli case add, show, list, update and close (casecommands.cpp). Registration goes through the same
// command and repository as the window's New case dialog, so validation, uniqueness and audit are the same.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class CaseCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseCommands)

public:
    static int add(const QStringList& arguments);
    static int show(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int update(const QStringList& arguments);
    static int close(const QStringList& arguments);
};

} // namespace caselink
