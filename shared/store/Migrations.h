#pragma once

#include "store/Migration.h"

#include <span>

namespace examroom::store {

class Database;

// Checks that `migrations` are numbered 1, 2, 3, ... in order. Throws StoreError otherwise.
void validateMigrations(std::span<const Migration> migrations);

// Brings `db` to the newest version in `migrations`: applies, in order, each migration
// newer than PRAGMA user_version, each in its own transaction together with its
// user_version update. Returns how many were applied.
// On failure throws StoreError: an invalid set or a database newer than the set touches
// nothing; a failing migration is rolled back, leaving the database at the last version that
// succeeded.
int migrate(Database& db, std::span<const Migration> migrations);

} // namespace examroom::store
