#include "domain/IdNumber.h"
#include "TestSupport.h"

#include <doctest/doctest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace examroom;
using namespace std::chrono;

namespace {

constexpr year_month_day examDate = 2027y / March / 8;

IdNumberCheck resident(std::string_view number)
{
    return checkIdNumber(IdType::ResidentId, number, examDate);
}

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> fields;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, ','))
        fields.push_back(field);
    if (!line.empty() && line.back() == ',')
        fields.emplace_back();
    return fields;
}

} // namespace

TEST_CASE("the GB 11643 check character is computed from the first 17 digits")
{
    // The standard's own example, worked by hand: Σ digit × weight = 167, 167 mod 11 = 2 → X.
    CHECK(residentIdCheckCharacter("11010519491231002") == 'X');
    CHECK(residentIdCheckCharacter("44190020050527309") == '7');
}

TEST_CASE("every resident ID number of the sample roster is valid and tells birth date and gender")
{
    const std::string roster = test::readFile(test::sampleDataDir() / "roster.csv");
    std::stringstream lines(roster);
    std::string line;
    std::getline(lines, line); // header
    int checked = 0;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto fields = splitCsvLine(line);
        REQUIRE(fields.size() >= 6);
        if (fields[3] != "居民身份证")
            continue;
        CAPTURE(line);
        const auto check = resident(fields[4]);
        REQUIRE(check);
        CHECK(check.error.empty());
        CHECK(check.facts->normalized == fields[4]);
        REQUIRE(check.facts->birthDate);
        REQUIRE(check.facts->gender);
        CHECK(label(*check.facts->gender) == fields[2]);
        const auto birth = *check.facts->birthDate;
        char yearMonth[8];
        std::snprintf(yearMonth, sizeof yearMonth, "%04d-%02u", int(birth.year()),
                      unsigned(birth.month()));
        CHECK(fields[5] == yearMonth);
        ++checked;
    }
    CHECK(checked == 38);
}

TEST_CASE("a resident ID number reads birth date and gender")
{
    const auto male = resident("441900200505273097");
    REQUIRE(male);
    CHECK(male.facts->birthDate == 2005y / May / 27);
    CHECK(male.facts->gender == Gender::Male);

    const auto female = resident("420106197303150342");
    REQUIRE(female);
    CHECK(female.facts->birthDate == 1973y / March / 15);
    CHECK(female.facts->gender == Gender::Female);
}

TEST_CASE("a lowercase x check character is accepted and stored as X")
{
    const auto check = resident("11010519491231002x");
    REQUIRE(check);
    CHECK(check.facts->normalized == "11010519491231002X");
    CHECK(check.facts->gender == Gender::Female);
}

TEST_CASE("a wrong check character is named with the expected one")
{
    const auto check = resident("110105194912310027");
    CHECK_FALSE(check);
    CHECK_FALSE(check.facts);
    CHECK(check.error == "check character is 7, expected X");
    CHECK(resident("441900200505273098").error == "check character is 8, expected 7");
}

TEST_CASE("a resident ID birth date must be a real date, not in the future and not before 1900")
{
    CHECK(resident("110105202502300010").error == "birth date 20250230 is not a real date");
    CHECK(resident("110105199913010010").error == "birth date 19991301 is not a real date");
    CHECK(resident("110105203001010010").error ==
          "birth date 2030-01-01 is after the exam date 2027-03-08");
    CHECK(resident("110105202703090010").error ==
          "birth date 2027-03-09 is after the exam date 2027-03-08");
    CHECK(resident("110105189912310010").error == "birth date 1899-12-31 is before 1900");
}

TEST_CASE("a resident born on the exam date itself has a valid number")
{
    std::string number = "11010520270308001";
    number.push_back(residentIdCheckCharacter(number));
    CHECK(resident(number));
}

TEST_CASE("a 15-digit resident ID number is refused as no longer valid")
{
    CHECK(resident("110105491231002").error == "15-digit resident ID numbers are no longer valid");
}

TEST_CASE("a resident ID number of the wrong length says how long it is")
{
    CHECK(resident("11010519491231002").error == "must be 18 characters, got 17");
    CHECK(resident("11010519491231002X1").error == "must be 18 characters, got 19");
    CHECK(resident("11010549123100A").error == "must be 18 characters, got 15");
    CHECK(resident("").error == "is empty");
}

TEST_CASE("a resident ID number with a letter, a space or a full-width digit is refused")
{
    CHECK(resident("110105194912310A2X").error == "character 16 is 'A', expected a digit");
    CHECK(resident("110105 94912310027").error == "character 7 is a space, expected a digit");
    CHECK(resident("11010519491231002Y").error == "character 18 is 'Y', expected a digit or X");
    // Full-width digits count as one character each, so the length is right and the
    // character itself is named.
    CHECK(resident("１10105194912310027").error == "character 1 is '１', expected a digit");
}

TEST_CASE("a Hong Kong or Macau permit is H or M and 8 digits, optionally 2 more")
{
    const auto type = IdType::HongKongMacauPermit;
    CHECK(checkIdNumber(type, "H33980821", examDate));
    CHECK(checkIdNumber(type, "M1234567801", examDate));
    const auto lower = checkIdNumber(type, "h33980821", examDate);
    REQUIRE(lower);
    CHECK(lower.facts->normalized == "H33980821");
    CHECK_FALSE(lower.facts->birthDate);
    CHECK_FALSE(lower.facts->gender);

    CHECK(checkIdNumber(type, "K33980821", examDate).error ==
          "must start with H (Hong Kong) or M (Macau), got 'K'");
    CHECK(checkIdNumber(type, "H3398082", examDate).error ==
          "must be H or M followed by 8 or 10 digits, got 7 characters after H");
    CHECK(checkIdNumber(type, "H339808212", examDate).error ==
          "must be H or M followed by 8 or 10 digits, got 9 characters after H");
    CHECK(checkIdNumber(type, "H3398O821", examDate).error ==
          "character 6 is 'O', expected a digit");
}

TEST_CASE("a Taiwan permit is 8 digits, or an older 10 digits with a letter in brackets")
{
    const auto type = IdType::TaiwanPermit;
    CHECK(checkIdNumber(type, "12345678", examDate));
    const auto old = checkIdNumber(type, "1234567890(B)", examDate);
    REQUIRE(old);
    CHECK(old.facts->normalized == "1234567890(B)");
    const auto fullWidth = checkIdNumber(type, "1234567890（b）", examDate);
    REQUIRE(fullWidth);
    CHECK(fullWidth.facts->normalized == "1234567890(B)");

    CHECK(checkIdNumber(type, "1234567", examDate).error ==
          "must be 8 digits, or 10 digits and a letter in brackets, got 7 characters");
    CHECK(checkIdNumber(type, "1234567A", examDate).error ==
          "character 8 is 'A', expected a digit");
    CHECK(checkIdNumber(type, "1234567890[B]", examDate).error ==
          "must be 8 digits, or 10 digits and a letter in brackets, e.g. 1234567890(B)");
    CHECK(checkIdNumber(type, "1234567890(1)", examDate).error ==
          "must be 8 digits, or 10 digits and a letter in brackets, e.g. 1234567890(B)");
    CHECK_FALSE(checkIdNumber(type, "1234567890", examDate));
}

TEST_CASE("a 2023 permanent residence card number starts with 9 and carries a birth date")
{
    const auto type = IdType::ForeignerPermanentResidence;
    const auto check = checkIdNumber(type, "912345198001011230", examDate);
    REQUIRE(check);
    CHECK(check.facts->normalized == "912345198001011230");
    CHECK(check.facts->birthDate == 1980y / January / 1);
    CHECK_FALSE(check.facts->gender);

    CHECK(checkIdNumber(type, "912345198001011231", examDate).error ==
          "check character is 1, expected 0");
    CHECK(checkIdNumber(type, "912345198002301230", examDate).error ==
          "birth date 19800230 is not a real date");
    CHECK(checkIdNumber(type, "912345203001011234", examDate).error ==
          "birth date 2030-01-01 is after the exam date 2027-03-08");
    CHECK(checkIdNumber(type, "812345198001011230", examDate).error ==
          "an 18-character number (2023 card) must start with 9, got '8'");
}

TEST_CASE("a 2017 permanent residence card number is 3 letters and 12 digits")
{
    const auto type = IdType::ForeignerPermanentResidence;
    const auto check = checkIdNumber(type, "usa110079070102", examDate);
    REQUIRE(check);
    CHECK(check.facts->normalized == "USA110079070102");
    CHECK_FALSE(check.facts->birthDate);

    CHECK(checkIdNumber(type, "US1110079070102", examDate).error ==
          "character 3 is '1', expected a letter (2017 card: 3 letters and 12 digits)");
    CHECK(checkIdNumber(type, "USA11007907010Z", examDate).error ==
          "character 15 is 'Z', expected a digit (2017 card: 3 letters and 12 digits)");
    CHECK(checkIdNumber(type, "USA11007907010", examDate).error ==
          "must be 18 characters starting with 9 (2023 card) or 3 letters and 12 digits "
          "(2017 card), got 14 characters");
}

TEST_CASE("a passport number is 5 to 17 letters and digits, stored upper-case")
{
    const auto type = IdType::Passport;
    const auto check = checkIdNumber(type, "e87926299", examDate);
    REQUIRE(check);
    CHECK(check.facts->normalized == "E87926299");
    CHECK(checkIdNumber(type, "AB123", examDate));
    CHECK(checkIdNumber(type, "ABCDEFGHIJ1234567", examDate));

    CHECK(checkIdNumber(type, "AB12", examDate).error ==
          "must be 5 to 17 letters and digits, got 4 characters");
    CHECK(checkIdNumber(type, "ABCDEFGHIJ12345678", examDate).error ==
          "must be 5 to 17 letters and digits, got 18 characters");
    CHECK(checkIdNumber(type, "E879 26299", examDate).error ==
          "character 5 is a space, expected a letter or digit");
    CHECK(checkIdNumber(type, "E8792-6299", examDate).error ==
          "character 6 is '-', expected a letter or digit");
    CHECK(checkIdNumber(type, "", examDate).error == "is empty");
}
