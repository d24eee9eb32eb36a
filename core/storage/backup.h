// Encrypted copies of an open database through SQLite's online backup API (consistent even while others write).
#pragma once

#include "crypto/securebytes.h"
#include "util/result.h"

namespace caselink {

class Database;

// Copies every page of src into a new file at outPath encrypted with key (the key src was opened with).
Status copyDatabase(Database& src, const QString& outPath, const SecureBytes& key);
// Removes a database file and its WAL/SHM companions; used to clean up after a failed create or copy.
void removeDatabaseFiles(const QString& path);

} // namespace caselink
