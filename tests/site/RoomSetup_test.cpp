#include "site/EquipmentCheck.h"
#include "site/RoomManager.h"
#include "site/SeatAssignment.h"
#include "SiteTestSupport.h"

#include <set>

using namespace examroom;
using namespace examroom::site;
using examroom::test::SiteFixture;

namespace {

KioskReport goodReport()
{
    return {1920, 1080, 20000, 1, "0.1.0", true};
}

std::vector<std::string> tickets(int n)
{
    std::vector<std::string> out;
    for (int i = 1; i <= n; ++i)
        out.push_back("T" + std::to_string(100 + i));
    return out;
}

} // namespace

TEST_CASE("a kiosk that meets every rule passes its equipment check")
{
    auto result = checkEquipment(goodReport(), EquipmentRules{});
    CHECK(result.passed);
    CHECK(result.reasons.empty());
}

TEST_CASE("each failed equipment rule gives its own reason")
{
    KioskReport bad{1024, 600, 100, -9, "0.0.9", false};
    auto result = checkEquipment(bad, EquipmentRules{});
    CHECK_FALSE(result.passed);
    CHECK(result.reasons.size() == 5);
}

TEST_CASE("versions compare numerically")
{
    CHECK(compareVersions("0.10.0", "0.9.1") > 0);
    CHECK(compareVersions("1.2", "1.2.0") == 0);
    CHECK(compareVersions("garbage", "0.0.1") < 0);
}

TEST_CASE("seat assignment is the same for the same seed and keeps the highest seats spare")
{
    std::vector<std::uint8_t> seed(32, 7);
    std::vector<int> seats;
    for (int i = 1; i <= 12; ++i)
        seats.push_back(i);
    auto a = assignSeats(tickets(10), seats, 2, AssignmentMode::Random, seed);
    auto b = assignSeats(tickets(10), seats, 2, AssignmentMode::Random, seed);
    REQUIRE(a.ok());
    CHECK(a.plan.seatOf == b.plan.seatOf);
    CHECK(a.plan.spareSeats == std::vector<int>{11, 12});
    std::vector<std::uint8_t> other(32, 8);
    auto c = assignSeats(tickets(10), seats, 2, AssignmentMode::Random, other);
    CHECK(c.plan.seatOf != a.plan.seatOf);
    // Every candidate has a distinct seat outside the spares.
    std::set<int> used;
    for (const auto& [ticket, seat] : a.plan.seatOf)
        used.insert(seat);
    CHECK(used.size() == 10);
    CHECK(*used.rbegin() <= 10);
}

TEST_CASE("ticket order seats candidates in ascending ticket order")
{
    auto r = assignSeats({"T3", "T1", "T2"}, {5, 2, 9, 4}, 1, AssignmentMode::TicketOrder);
    REQUIRE(r.ok());
    CHECK(r.plan.seatOf.at("T1") == 2);
    CHECK(r.plan.seatOf.at("T2") == 4);
    CHECK(r.plan.seatOf.at("T3") == 5);
    CHECK(r.plan.spareSeats == std::vector<int>{9});
}

TEST_CASE("seat assignment refuses too few seats or a missing seed")
{
    CHECK_FALSE(assignSeats(tickets(5), {1, 2, 3, 4, 5}, 1, AssignmentMode::TicketOrder).ok());
    CHECK_FALSE(assignSeats(tickets(2), {1, 2, 3}, 0, AssignmentMode::Random).ok());
    CHECK_FALSE(assignSeats({"T1", "T1"}, {1, 2, 3}, 0, AssignmentMode::TicketOrder).ok());
}

TEST_CASE("seats are paired and checked and only passing seats are usable")
{
    SiteFixture f;
    auto proctor = f.person("li", Role::Proctor);
    RoomManager room(*f.store);
    REQUIRE(room.addSeats(proctor, "R1", 4).ok());
    CHECK(room.recordCheck(proctor, "R1", 1, goodReport(), {}).outcome.refusal ==
          Refusal::SeatUnavailable);
    REQUIRE(room.pairKiosk(proctor, "R1", 1, "AAAA-1").ok());
    REQUIRE(room.pairKiosk(proctor, "R1", 2, "AAAA-2").ok());
    REQUIRE(room.pairKiosk(proctor, "R1", 3, "AAAA-3").ok());
    CHECK(room.pairKiosk(proctor, "R1", 4, "AAAA-1").refusal == Refusal::SeatUnavailable);
    CHECK(room.pairKiosk(proctor, "R1", 9, "AAAA-9").refusal == Refusal::NotFound);
    CHECK(room.recordCheck(proctor, "R1", 1, goodReport(), {}).value->passed);
    CHECK(room.recordCheck(proctor, "R1", 2, goodReport(), {}).value->passed);
    auto bad = goodReport();
    bad.freeDiskMiB = 10;
    auto failed = room.recordCheck(proctor, "R1", 3, bad, {});
    CHECK_FALSE(failed.value->passed);
    CHECK(room.seat("R1", 3)->checkReasons.size() == 1);
    CHECK(room.usableSeats("R1") == std::vector<int>{1, 2});
    CHECK(f.store->audit().verify().ok);
}
