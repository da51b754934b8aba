#pragma once

#include "domain/Enums.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace examroom {

// What an ID number tells about its holder, once it is found valid.
struct IdNumberFacts
{
    std::string normalized; // as stored (resident ID: trailing x upper-cased)
    std::optional<std::chrono::year_month_day> birthDate;
    std::optional<Gender> gender;
};

// The outcome of checking an ID number against the rules of its document type
// (formats/README.md). Exactly one of `facts` and `error` is set.
struct IdNumberCheck
{
    std::optional<IdNumberFacts> facts;
    std::string error; // what is wrong, in one sentence, e.g. "check character is 7, expected X"

    explicit operator bool() const { return facts.has_value(); }
};

// Checks `number` as an ID of document type `type`. `examDate` bounds the birth date of a
// resident ID or 2023 permanent-residence card (a birth date after the exam is an error).
IdNumberCheck checkIdNumber(IdType type, std::string_view number,
                            std::chrono::year_month_day examDate);

// GB 11643 / ISO 7064 MOD 11-2 check character over the first 17 digits ('0'–'9' or 'X').
char residentIdCheckCharacter(std::string_view first17Digits);

} // namespace examroom
