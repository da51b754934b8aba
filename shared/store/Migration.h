#pragma once

#include <span>
#include <string_view>

namespace examroom {

// One numbered schema change, embedded at build time from schema/<set>/NNN_label.sql.
struct Migration
{
    int version;
    std::string_view label;
    std::string_view sql;
};

} // namespace examroom

namespace examroom::schema {
// The migration sets of the product's databases, each in ascending version order.
std::span<const Migration> kioskMigrations();
std::span<const Migration> siteMigrations();
std::span<const Migration> agentMigrations();
std::span<const Migration> centreMigrations();
} // namespace examroom::schema
