#pragma once

#include "domain/Enums.h"

#include <chrono>
#include <optional>
#include <string>

namespace examroom {

struct IdDocument
{
    IdType type = IdType::ResidentId;
    std::string number; // normalised (resident ID: upper-case X)
};

// 考生: one row of the roster.
struct Candidate
{
    std::string ticketNo; // 准考证号
    std::string name;
    Gender gender = Gender::Male;
    IdDocument id;
    std::optional<std::chrono::year_month> birthYearMonth; // 出生年月
    std::optional<std::chrono::year_month_day> birthDate;  // from the ID number where it has one
    std::string education;
    std::string employer;
    ExamKind examKind = ExamKind::Initial;
    bool makeUp = false; // 补考
    std::string trainingInstitution;
    std::optional<double> hoursRequired;  // 应修学时
    std::optional<double> hoursCompleted; // 实修学时
    std::string photo;                    // file name relative to the roster, may be empty

    bool hoursShort() const
    {
        return hoursRequired && hoursCompleted && *hoursCompleted < *hoursRequired;
    }
};

} // namespace examroom
