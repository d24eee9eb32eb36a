// Renames that survive a power cut: a rename(2) is on disk only once the folder holding the entry has been synced.
#pragma once

#include <QString>

#include "util/result.h"

namespace caselink {

// fsync(2) of the folder that holds path.
Status syncFolderOf(const QString& path);
// rename(2) of from (written and synced beside to) over to, then syncFolderOf(to).
Status renameDurably(const QString& from, const QString& to);

} // namespace caselink
