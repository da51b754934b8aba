#include "domain/CandidateRules.h"

#include "domain/IdNumber.h"
#include "util/IsoTime.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace examroom {
namespace {

using namespace std::chrono;

// The ID number's facts, if the number is valid. The importer has already checked it against
// the real exam date; a far date here only keeps a future birth date from hiding the facts.
std::optional<IdNumberFacts> idFacts(const Candidate& candidate)
{
    auto check = checkIdNumber(candidate.id.type, candidate.id.number, year{9999} / 12 / 31);
    return check.facts;
}

std::optional<year_month_day> idBirthDate(const Candidate& candidate)
{
    if (candidate.birthDate)
        return candidate.birthDate;
    if (auto facts = idFacts(candidate))
        return facts->birthDate;
    return std::nullopt;
}

// Hours as the centre wrote them: 80, not 80.000000; 60.5 stays 60.5.
std::string formatHours(double hours)
{
    if (std::floor(hours) == hours && std::fabs(hours) < 1e9)
        return std::to_string(static_cast<long long>(hours));
    std::ostringstream out;
    out << hours;
    return out.str();
}

std::optional<std::string> ageWarning(const Candidate& candidate, year_month_day examDate)
{
    if (auto birth = idBirthDate(candidate)) {
        const int age = ageOn(*birth, examDate);
        if (age < 18)
            return "under 18 on the exam date (" + std::to_string(age) + ")";
        return std::nullopt;
    }
    if (!candidate.birthYearMonth)
        return std::nullopt;
    // Only the month is known: be sure before saying "under 18", and say "may be" when the
    // 18th birthday falls in the exam's own month.
    const year_month ym = *candidate.birthYearMonth;
    const int oldest = ageOn(ym / 1, examDate);
    const int youngest = ageOn(year_month_day{ym / last}, examDate);
    if (oldest < 18)
        return "under 18 on the exam date (" + std::to_string(oldest) + ")";
    if (youngest < 18)
        return "may be under 18 on the exam date (born " + formatYearMonth(ym) + ")";
    return std::nullopt;
}

} // namespace

std::string formatYearMonth(year_month yearMonth)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u", int(yearMonth.year()),
                  unsigned(yearMonth.month()));
    return text;
}

std::vector<std::string> candidateWarnings(const Candidate& candidate, year_month_day examDate)
{
    std::vector<std::string> warnings;
    if (auto warning = ageWarning(candidate, examDate))
        warnings.push_back(*warning);
    if (auto facts = idFacts(candidate);
        facts && facts->gender && *facts->gender != candidate.gender)
        warnings.push_back("gender " + std::string(label(candidate.gender)) +
                           " disagrees with the ID number (" + std::string(label(*facts->gender)) +
                           ")");
    if (candidate.hoursShort())
        warnings.push_back("training hours " + formatHours(*candidate.hoursCompleted) + " of " +
                           formatHours(*candidate.hoursRequired));
    return warnings;
}

std::optional<std::string> birthYearMonthConflict(const Candidate& candidate)
{
    if (!candidate.birthYearMonth)
        return std::nullopt;
    const auto birth = idBirthDate(candidate);
    if (!birth)
        return std::nullopt;
    const year_month fromId{birth->year(), birth->month()};
    if (fromId == *candidate.birthYearMonth)
        return std::nullopt;
    return "出生年月 " + formatYearMonth(*candidate.birthYearMonth) +
           " disagrees with the birth date " + formatDate(*birth) + " in the ID number";
}

} // namespace examroom
