// Forward-only schema migrations, read from :/sql/NNNN_name.sql and applied in one transaction; user_version records
// the number of the last one applied.
#pragma once

#include "util/result.h"

namespace caselink {

class Database;

struct Migration {
    int number = 0;
    QString name;
    QString sql;
};

// Ordered by number. Fails on a gap or a duplicate number, which would be a packaging bug.
Result<std::vector<Migration>> availableMigrations();
int latestSchemaVersion();
// Brings the schema up to date. A database newer than this program is refused, never downgraded.
Status migrate(Database& db);

} // namespace caselink
