#include "util/IsoTime.h"

#include <doctest/doctest.h>

using namespace examroom;
using namespace std::chrono;

TEST_CASE("an ISO time with an offset is read as the instant it names")
{
    auto t = parseIsoTime("2027-03-08T08:00:00+08:00");
    REQUIRE(t);
    CHECK(t->utc == sys_days{2027y / March / 8} + hours{0});
    CHECK(t->offset == minutes{480});
    CHECK(t->toIso() == "2027-03-08T08:00:00+08:00");
    CHECK(t->localDate() == 2027y / March / 8);
}

TEST_CASE("the local date follows the written offset, not UTC")
{
    auto t = parseIsoTime("2027-03-08T01:30+08:00");
    REQUIRE(t);
    CHECK(t->localDate() == 2027y / March / 8);
    CHECK(year_month_day{floor<days>(t->utc)} == 2027y / March / 7);
    auto z = parseIsoTime("2027-03-07T17:30:00Z");
    REQUIRE(z);
    CHECK(z->utc == t->utc);
}

TEST_CASE("times without an offset or with impossible fields are refused")
{
    CHECK_FALSE(parseIsoTime("2027-03-08T08:00:00"));
    CHECK_FALSE(parseIsoTime("2027-02-30T08:00:00+08:00"));
    CHECK_FALSE(parseIsoTime("2027-03-08T24:00:00+08:00"));
    CHECK_FALSE(parseIsoTime("2027-03-08 08:00:00+08:00"));
    CHECK_FALSE(parseIsoTime("2027-03-08T08:00:00+08"));
    CHECK_FALSE(parseIsoTime(""));
}

TEST_CASE("a date must be real")
{
    CHECK(parseIsoDate("2024-02-29"));
    CHECK_FALSE(parseIsoDate("2023-02-29"));
    CHECK_FALSE(parseIsoDate("2023-13-01"));
    CHECK_FALSE(parseIsoDate("2023-1-01"));
    CHECK(formatDate(2023y / January / 5) == "2023-01-05");
}

TEST_CASE("age counts whole years and the birthday counts on the day")
{
    CHECK(ageOn(2009y / March / 8, 2027y / March / 8) == 18);
    CHECK(ageOn(2009y / March / 9, 2027y / March / 8) == 17);
    CHECK(ageOn(2008y / February / 29, 2026y / February / 28) == 17);
    CHECK(ageOn(2008y / February / 29, 2026y / March / 1) == 18);
}
