#include "exam/LoginCheck.h"
#include "ExamTestSupport.h"

using namespace examroom;

TEST_CASE("a login with the ticket and the holder's ID number is accepted")
{
    auto context = test::sampleContext();
    auto result = checkLogin(context.roster, " 2026120807001 ", "441900200505273097");
    REQUIRE(result);
    CHECK(result.candidate->name == "孟勇");
}

TEST_CASE("a login is refused for an unknown ticket or someone else's ID number")
{
    auto context = test::sampleContext();
    CHECK(checkLogin(context.roster, "2099000000000", "441900200505273097").outcome ==
          LoginOutcome::UnknownTicket);
    CHECK(checkLogin(context.roster, "2026120807001", "420106197303150342").outcome ==
          LoginOutcome::IdMismatch);
    CHECK(checkLogin(context.roster, "", "420106197303150342").outcome == LoginOutcome::Malformed);
    CHECK(checkLogin(context.roster, "2026120807001", "4201'; DROP").outcome ==
          LoginOutcome::Malformed);
}

TEST_CASE("a second login of a candidate seated elsewhere is refused")
{
    auto context = test::sampleContext();
    auto result =
        checkLogin(context.roster, "2026120807001", "441900200505273097", {"2026120807001"});
    CHECK(result.outcome == LoginOutcome::AlreadyLoggedInElsewhere);
    CHECK(result.candidate == nullptr);
    CHECK(checkLogin(context.roster, "2026120807001", "441900200505273097", {}, {"2026120807001"})
              .outcome == LoginOutcome::AlreadySubmitted);
}

TEST_CASE("a lower-case x in a resident ID number logs in")
{
    std::vector<Candidate> roster(1);
    roster[0].ticketNo = "T1";
    roster[0].id.number = "11010519491231002X";
    CHECK(checkLogin(roster, "t1", "11010519491231002x"));
}
