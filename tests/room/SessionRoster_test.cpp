#include "room/SessionRoster.h"

#include <doctest/doctest.h>

using namespace examroom;

namespace {

room::ProvisionBundle bundleWithRoster(std::string roster)
{
    room::ProvisionBundle bundle;
    bundle.files["plan.json"] = "{}";
    bundle.files["roster.csv"] = std::move(roster);
    bundle.files["photos/a.png"] = "A";
    bundle.files["photos/b.png"] = "B";
    bundle.files["photos/c.png"] = "C";
    return bundle;
}

} // namespace

TEST_CASE("the roster sent to a room keeps only the session's candidates and their photos")
{
    auto bundle = bundleWithRoster("准考证号,姓名,照片\r\n"
                                   "T1,\"Wang, Li\",photos/a.png\r\n"
                                   "T2,Zhao,photos/b.png\r\n"
                                   "T3,Sun,photos/c.png\r\n");
    CHECK(room::restrictRoster(bundle, {"T1", "T3", "T9"}) == 2);
    CHECK(bundle.files["roster.csv"] == "准考证号,姓名,照片\r\n"
                                        "T1,\"Wang, Li\",photos/a.png\r\n"
                                        "T3,Sun,photos/c.png\r\n");
    CHECK(bundle.files.count("photos/a.png") == 1);
    CHECK(bundle.files.count("photos/b.png") == 0);
    CHECK(bundle.files.count("photos/c.png") == 1);
    CHECK(bundle.files["plan.json"] == "{}");
}

TEST_CASE("a roster that cannot be read line by line is refused and the bundle left alone")
{
    auto bundle = bundleWithRoster("准考证号,姓名,照片\nT1,\"two\nlines\",photos/a.png\n");
    const auto before = bundle.files;
    CHECK_THROWS_AS(room::restrictRoster(bundle, {"T1"}), std::invalid_argument);
    CHECK(bundle.files == before);
    room::ProvisionBundle empty;
    CHECK_THROWS_AS(room::restrictRoster(empty, {"T1"}), std::invalid_argument);
    auto noTicket = bundleWithRoster("姓名,照片\nZhao,photos/b.png\n");
    CHECK_THROWS_AS(room::restrictRoster(noTicket, {"T1"}), std::invalid_argument);
}
