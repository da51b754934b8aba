#include "domain/IdNumber.h"

#include "util/IsoTime.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace examroom {
namespace {

using std::chrono::year_month_day;

// The number split into its characters (UTF-8 sequences), so that lengths and positions in
// messages count what a person sees, not bytes: "１２３" is three characters.
std::vector<std::string_view> characters(std::string_view text)
{
    std::vector<std::string_view> result;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        length = std::min(length, text.size() - i);
        result.push_back(text.substr(i, length));
        i += length;
    }
    return result;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
char toUpper(char c)
{
    return isLower(c) ? char(c - 'a' + 'A') : c;
}

// How a character is quoted in a message: spaces are invisible, so they are named.
std::string shown(std::string_view character)
{
    if (character == " ")
        return "a space";
    if (character == "\t")
        return "a tab";
    return "'" + std::string(character) + "'";
}

IdNumberCheck fail(std::string error)
{
    IdNumberCheck check;
    check.error = std::move(error);
    return check;
}

IdNumberCheck pass(IdNumberFacts facts)
{
    IdNumberCheck check;
    check.facts = std::move(facts);
    return check;
}

std::string countText(std::size_t count, std::string_view noun)
{
    return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

int digitsValue(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// The 18-character GB 11643 layout shared by the resident ID and the 2023 permanent-residence
// card: 17 digits, a check character, the birth date at characters 7–14.
struct Gb11643
{
    std::string normalized;
    year_month_day birthDate;
    int sequenceDigit = 0; // the 17th character
};

std::variant<Gb11643, std::string> checkGb11643(const std::vector<std::string_view>& chars,
                                                year_month_day examDate)
{
    for (std::size_t i = 0; i < 17; ++i)
        if (chars[i].size() != 1 || !isDigit(chars[i][0]))
            return "character " + std::to_string(i + 1) + " is " + shown(chars[i]) +
                   ", expected a digit";
    const std::string_view last = chars[17];
    if (last.size() != 1 || !(isDigit(last[0]) || last[0] == 'X' || last[0] == 'x'))
        return "character 18 is " + shown(last) + ", expected a digit or X";

    std::string normalized;
    for (std::size_t i = 0; i < 17; ++i)
        normalized += chars[i];
    normalized.push_back(toUpper(last[0]));

    const std::string_view digits(normalized);
    const std::string_view birthText = digits.substr(6, 8);
    const year_month_day birth{std::chrono::year{digitsValue(birthText.substr(0, 4))},
                               std::chrono::month{unsigned(digitsValue(birthText.substr(4, 2)))},
                               std::chrono::day{unsigned(digitsValue(birthText.substr(6, 2)))}};
    if (!birth.ok())
        return "birth date " + std::string(birthText) + " is not a real date";
    if (birth.year() < std::chrono::year{1900})
        return "birth date " + formatDate(birth) + " is before 1900";
    if (birth > examDate)
        return "birth date " + formatDate(birth) + " is after the exam date " +
               formatDate(examDate);

    const char expected = residentIdCheckCharacter(digits.substr(0, 17));
    if (normalized[17] != expected)
        return std::string("check character is ") + normalized[17] + ", expected " + expected;

    return Gb11643{normalized, birth, normalized[16] - '0'};
}

IdNumberCheck checkResidentId(const std::vector<std::string_view>& chars, year_month_day examDate)
{
    if (chars.size() != 18) {
        // The old 15-digit numbers were replaced in 2013; name that case so the centre knows
        // to ask for the current card rather than look for a typing error.
        if (chars.size() == 15) {
            bool digits = true;
            for (auto c : chars)
                digits = digits && c.size() == 1 && isDigit(c[0]);
            if (digits)
                return fail("15-digit resident ID numbers are no longer valid");
        }
        return fail("must be 18 characters, got " + std::to_string(chars.size()));
    }
    auto result = checkGb11643(chars, examDate);
    if (auto* error = std::get_if<std::string>(&result))
        return fail(std::move(*error));
    auto& id = std::get<Gb11643>(result);
    return pass(
        {id.normalized, id.birthDate, id.sequenceDigit % 2 == 1 ? Gender::Male : Gender::Female});
}

IdNumberCheck checkHongKongMacauPermit(const std::vector<std::string_view>& chars)
{
    if (chars.empty())
        return fail("is empty");
    const std::string_view first = chars[0];
    if (first.size() != 1 || (toUpper(first[0]) != 'H' && toUpper(first[0]) != 'M'))
        return fail("must start with H (Hong Kong) or M (Macau), got " + shown(first));
    if (chars.size() != 9 && chars.size() != 11)
        return fail("must be H or M followed by 8 or 10 digits, got " +
                    countText(chars.size() - 1, "character") + " after " +
                    std::string(1, toUpper(first[0])));
    std::string normalized(1, toUpper(first[0]));
    for (std::size_t i = 1; i < chars.size(); ++i) {
        if (chars[i].size() != 1 || !isDigit(chars[i][0]))
            return fail("character " + std::to_string(i + 1) + " is " + shown(chars[i]) +
                        ", expected a digit");
        normalized += chars[i];
    }
    return pass({normalized, std::nullopt, std::nullopt});
}

IdNumberCheck checkTaiwanPermit(const std::vector<std::string_view>& chars)
{
    const auto digitError = [&](std::size_t count) -> std::optional<std::string> {
        for (std::size_t i = 0; i < count; ++i)
            if (chars[i].size() != 1 || !isDigit(chars[i][0]))
                return "character " + std::to_string(i + 1) + " is " + shown(chars[i]) +
                       ", expected a digit";
        return std::nullopt;
    };
    const std::string expectedForm = "8 digits, or 10 digits and a letter in brackets";

    if (chars.size() == 8) {
        if (auto error = digitError(8))
            return fail(*error);
        std::string normalized;
        for (auto c : chars)
            normalized += c;
        return pass({normalized, std::nullopt, std::nullopt});
    }
    if (chars.size() == 13) {
        if (auto error = digitError(10))
            return fail(*error);
        // Full-width brackets are what a Chinese input method types; they mean the same.
        const bool open = chars[10] == "(" || chars[10] == "（";
        const bool close = chars[12] == ")" || chars[12] == "）";
        const std::string_view letter = chars[11];
        if (!open || !close || letter.size() != 1 || !(isUpper(letter[0]) || isLower(letter[0])))
            return fail("must be " + expectedForm + ", e.g. 1234567890(B)");
        std::string normalized;
        for (std::size_t i = 0; i < 10; ++i)
            normalized += chars[i];
        normalized += "(";
        normalized.push_back(toUpper(letter[0]));
        normalized += ")";
        return pass({normalized, std::nullopt, std::nullopt});
    }
    return fail("must be " + expectedForm + ", got " + countText(chars.size(), "character"));
}

IdNumberCheck checkForeignerPermanentResidence(const std::vector<std::string_view>& chars,
                                               year_month_day examDate)
{
    const std::string expectedForm =
        "18 characters starting with 9 (2023 card) or 3 letters and 12 digits (2017 card)";
    if (chars.size() == 18) {
        if (chars[0] != "9")
            return fail("an 18-character number (2023 card) must start with 9, got " +
                        shown(chars[0]));
        auto result = checkGb11643(chars, examDate);
        if (auto* error = std::get_if<std::string>(&result))
            return fail(std::move(*error));
        auto& id = std::get<Gb11643>(result);
        // Gender is left out: the sequence digit's parity is not a published rule for this
        // card, and a wrong guess would put false warnings in front of the proctor.
        return pass({id.normalized, id.birthDate, std::nullopt});
    }
    if (chars.size() == 15) {
        std::string normalized;
        for (std::size_t i = 0; i < 15; ++i) {
            const std::string_view c = chars[i];
            const bool wantLetter = i < 3;
            const bool ok =
                c.size() == 1 && (wantLetter ? (isUpper(c[0]) || isLower(c[0])) : isDigit(c[0]));
            if (!ok)
                return fail("character " + std::to_string(i + 1) + " is " + shown(c) +
                            (wantLetter ? ", expected a letter" : ", expected a digit") +
                            " (2017 card: 3 letters and 12 digits)");
            normalized.push_back(toUpper(c[0]));
        }
        return pass({normalized, std::nullopt, std::nullopt});
    }
    return fail("must be " + expectedForm + ", got " + countText(chars.size(), "character"));
}

IdNumberCheck checkPassport(const std::vector<std::string_view>& chars)
{
    if (chars.size() < 5 || chars.size() > 17)
        return fail("must be 5 to 17 letters and digits, got " +
                    countText(chars.size(), "character"));
    std::string normalized;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const std::string_view c = chars[i];
        if (c.size() != 1 || !(isDigit(c[0]) || isUpper(c[0]) || isLower(c[0])))
            return fail("character " + std::to_string(i + 1) + " is " + shown(c) +
                        ", expected a letter or digit");
        normalized.push_back(toUpper(c[0]));
    }
    return pass({normalized, std::nullopt, std::nullopt});
}

} // namespace

char residentIdCheckCharacter(std::string_view first17Digits)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr std::string_view checkCharacters = "10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < weights.size() && i < first17Digits.size(); ++i)
        sum += (first17Digits[i] - '0') * weights[i];
    return checkCharacters[std::size_t(sum % 11)];
}

IdNumberCheck checkIdNumber(IdType type, std::string_view number,
                            std::chrono::year_month_day examDate)
{
    const auto chars = characters(number);
    if (chars.empty())
        return fail("is empty");
    switch (type) {
    case IdType::ResidentId:
        return checkResidentId(chars, examDate);
    case IdType::HongKongMacauPermit:
        return checkHongKongMacauPermit(chars);
    case IdType::TaiwanPermit:
        return checkTaiwanPermit(chars);
    case IdType::ForeignerPermanentResidence:
        return checkForeignerPermanentResidence(chars, examDate);
    case IdType::Passport:
        return checkPassport(chars);
    }
    return fail("unknown document type");
}

} // namespace examroom
