// How every writer adds a person's full-text row (migration 0018): keyed by the person's rowid, then its scope terms
// computed by the person_scope_refresh trigger, the one definition of who sees whom in search.
#pragma once

namespace caselink {

// ?1 person id, ?2 names, ?3 keys. Run after the persons row exists.
inline constexpr char kPersonSearchInsert[] = "INSERT INTO person_search (rowid, person_id, names, keys) "
                                              "VALUES ((SELECT rowid FROM persons WHERE id = ?1), ?1, ?2, ?3)";
// ?1 person id: fills the scope column of that person's row.
inline constexpr char kPersonScopeRefresh[] = "INSERT INTO person_scope_refresh (person_id) VALUES (?1)";

} // namespace caselink
