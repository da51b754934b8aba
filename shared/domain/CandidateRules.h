#pragma once

#include "domain/Candidate.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace examroom {

// Roster rules that do not reject a candidate but are shown to the proctor: under 18 on the
// exam date, 性别 disagreeing with the ID number, training hours short of those required.
std::vector<std::string> candidateWarnings(const Candidate& candidate,
                                           std::chrono::year_month_day examDate);

// The error when 出生年月 disagrees with the birth date in the ID number; nullopt when they
// agree or either is unknown.
std::optional<std::string> birthYearMonthConflict(const Candidate& candidate);

// "2005-05"
std::string formatYearMonth(std::chrono::year_month yearMonth);

} // namespace examroom
