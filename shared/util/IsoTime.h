#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace examroom {

// An instant together with the UTC offset it was written with, so that the local date of an
// exam ("the exam date" for age and birth-date rules) is the date the centre meant.
struct OffsetTime
{
    std::chrono::sys_seconds utc;
    std::chrono::minutes offset{0};

    // The calendar date at the written offset.
    std::chrono::year_month_day localDate() const;
    // "2027-03-08T08:00:00+08:00"
    std::string toIso() const;

    friend bool operator==(const OffsetTime&, const OffsetTime&) = default;
};

// Parses an ISO-8601 date-time that carries its offset ("Z" or "+hh:mm"), seconds optional.
// Returns nullopt for anything else, including impossible dates (2026-02-30).
std::optional<OffsetTime> parseIsoTime(std::string_view text);

// Parses "YYYY-MM-DD"; nullopt when malformed or not a real date.
std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text);

// "YYYY-MM-DD"
std::string formatDate(std::chrono::year_month_day date);

// Whole years from `birth` to `on` (the usual age rule: the birthday counts on the day).
int ageOn(std::chrono::year_month_day birth, std::chrono::year_month_day on);

} // namespace examroom
