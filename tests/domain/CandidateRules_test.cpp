#include "domain/CandidateRules.h"
#include "domain/IdNumber.h"

#include <algorithm>
#include <doctest/doctest.h>

using namespace examroom;
using namespace std::chrono;

namespace {

constexpr year_month_day examDate = 2027y / March / 8;

// A resident ID number with a valid check character for the given birth date and 17th digit.
std::string residentNumber(const std::string& yyyymmdd, char sequenceDigit)
{
    std::string number = "110105" + yyyymmdd + "00" + sequenceDigit;
    number.push_back(residentIdCheckCharacter(number));
    return number;
}

Candidate candidateWithId(const std::string& number, Gender gender)
{
    Candidate candidate;
    candidate.name = "张三";
    candidate.gender = gender;
    candidate.id = {IdType::ResidentId, number};
    const auto check = checkIdNumber(IdType::ResidentId, number, examDate);
    REQUIRE(check);
    candidate.birthDate = check.facts->birthDate;
    return candidate;
}

bool contains(const std::vector<std::string>& texts, const std::string& text)
{
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

} // namespace

TEST_CASE("a valid adult candidate with full hours has no warnings")
{
    auto candidate = candidateWithId(residentNumber("19800101", '1'), Gender::Male);
    candidate.hoursRequired = 80;
    candidate.hoursCompleted = 80;
    CHECK(candidateWarnings(candidate, examDate).empty());
}

TEST_CASE("a candidate is under 18 until the 18th birthday and not on it")
{
    const auto dayBefore = candidateWithId(residentNumber("20090309", '1'), Gender::Male);
    CHECK(candidateWarnings(dayBefore, examDate) ==
          std::vector<std::string>{"under 18 on the exam date (17)"});

    const auto birthday = candidateWithId(residentNumber("20090308", '1'), Gender::Male);
    CHECK(candidateWarnings(birthday, examDate).empty());

    const auto young = candidateWithId(residentNumber("20120101", '1'), Gender::Male);
    CHECK(candidateWarnings(young, examDate) ==
          std::vector<std::string>{"under 18 on the exam date (15)"});
}

TEST_CASE("a candidate known only by birth month is warned when certainly or possibly under 18")
{
    Candidate candidate;
    candidate.id = {IdType::Passport, "E87926299"};
    candidate.birthYearMonth = 2009y / April;
    CHECK(candidateWarnings(candidate, examDate) ==
          std::vector<std::string>{"under 18 on the exam date (17)"});
    candidate.birthYearMonth = 2009y / March;
    CHECK(candidateWarnings(candidate, examDate) ==
          std::vector<std::string>{"may be under 18 on the exam date (born 2009-03)"});
    candidate.birthYearMonth = 2009y / February;
    CHECK(candidateWarnings(candidate, examDate).empty());
    candidate.birthYearMonth.reset();
    CHECK(candidateWarnings(candidate, examDate).empty());
}

TEST_CASE("a gender that disagrees with the ID number is a warning")
{
    const auto man = residentNumber("19800101", '3');
    CHECK(candidateWarnings(candidateWithId(man, Gender::Female), examDate) ==
          std::vector<std::string>{"gender 女 disagrees with the ID number (男)"});
    CHECK(candidateWarnings(candidateWithId(man, Gender::Male), examDate).empty());

    const auto woman = residentNumber("19800101", '4');
    CHECK(candidateWarnings(candidateWithId(woman, Gender::Male), examDate) ==
          std::vector<std::string>{"gender 男 disagrees with the ID number (女)"});
}

TEST_CASE("a passport says nothing about gender, so no warning")
{
    Candidate candidate;
    candidate.gender = Gender::Female;
    candidate.id = {IdType::Passport, "E87926299"};
    CHECK(candidateWarnings(candidate, examDate).empty());
}

TEST_CASE("training hours short of those required are a warning")
{
    auto candidate = candidateWithId(residentNumber("19800101", '1'), Gender::Male);
    candidate.hoursRequired = 80;
    candidate.hoursCompleted = 60;
    CHECK(candidateWarnings(candidate, examDate) ==
          std::vector<std::string>{"training hours 60 of 80"});
    candidate.hoursCompleted = 79.5;
    CHECK(candidateWarnings(candidate, examDate) ==
          std::vector<std::string>{"training hours 79.5 of 80"});
    candidate.hoursCompleted = 96;
    CHECK(candidateWarnings(candidate, examDate).empty());
    candidate.hoursCompleted.reset();
    CHECK(candidateWarnings(candidate, examDate).empty());
}

TEST_CASE("several warnings are all given")
{
    auto candidate = candidateWithId(residentNumber("20100101", '2'), Gender::Male);
    candidate.hoursRequired = 80;
    candidate.hoursCompleted = 40;
    const auto warnings = candidateWarnings(candidate, examDate);
    CHECK(warnings.size() == 3);
    CHECK(contains(warnings, "under 18 on the exam date (17)"));
    CHECK(contains(warnings, "gender 男 disagrees with the ID number (女)"));
    CHECK(contains(warnings, "training hours 40 of 80"));
}

TEST_CASE("a birth year-month that disagrees with the ID number is an error")
{
    auto candidate = candidateWithId(residentNumber("20050527", '1'), Gender::Male);
    candidate.birthYearMonth = 2005y / May;
    CHECK_FALSE(birthYearMonthConflict(candidate));

    candidate.birthYearMonth = 2005y / April;
    CHECK(birthYearMonthConflict(candidate) ==
          "出生年月 2005-04 disagrees with the birth date 2005-05-27 in the ID number");

    candidate.birthYearMonth = 2006y / May;
    CHECK(birthYearMonthConflict(candidate));
}

TEST_CASE("the birth year-month is compared with the ID number even when birthDate is unset")
{
    Candidate candidate;
    candidate.id = {IdType::ResidentId, residentNumber("19730315", '4')};
    candidate.birthYearMonth = 1973y / April;
    CHECK(birthYearMonthConflict(candidate) ==
          "出生年月 1973-04 disagrees with the birth date 1973-03-15 in the ID number");
}

TEST_CASE("without a birth date in the ID there is nothing to conflict with")
{
    Candidate candidate;
    candidate.id = {IdType::HongKongMacauPermit, "H33980821"};
    candidate.birthYearMonth = 1990y / June;
    CHECK_FALSE(birthYearMonthConflict(candidate));
    candidate.birthYearMonth.reset();
    candidate.id = {IdType::ResidentId, residentNumber("19730315", '4')};
    CHECK_FALSE(birthYearMonthConflict(candidate));
}
