// Spreadsheet import and watch-list matching (importcommands.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class ImportCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::ImportCommands)

public:
    static int import(const QStringList& arguments);
    static int match(const QStringList& arguments);
};

} // namespace caselink
