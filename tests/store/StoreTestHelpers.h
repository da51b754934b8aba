#pragma once

// Shared by the store tests: keys, the embedded test migration sets, small queries.

#include "store/Database.h"
#include "store/Migration.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace examroom::schema {
// Generated from tests/store/migrations/{v1,v2,broken} (tests/CMakeLists.txt).
std::span<const Migration> testV1Migrations();
std::span<const Migration> testV2Migrations();
std::span<const Migration> testBrokenMigrations();
} // namespace examroom::schema

namespace examroom::store::test {

// A deterministic 32-byte key; different seeds give different keys.
inline std::array<std::uint8_t, 32> testKey(std::uint8_t seed = 1)
{
    std::array<std::uint8_t, 32> key{};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<std::uint8_t>(seed * 31 + i * 7);
    return key;
}

inline std::int64_t queryInt(Database& db, const std::string& sql)
{
    Statement statement = db.prepare(sql);
    statement.step();
    return statement.columnInt64(0);
}

inline std::int64_t countRows(Database& db, const std::string& table)
{
    return queryInt(db, "SELECT count(*) FROM " + table);
}

} // namespace examroom::store::test
