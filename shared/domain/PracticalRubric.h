#pragma once

#include <string>
#include <vector>

namespace examroom {

// 实际操作考试评分表, per the national practical-exam standard: subjects K1–K4 with weights
// adding up to 100; each subject's tasks are marked out of 100 by deductions against rows.
struct RubricRow
{
    std::string content;
    int points = 0;
    std::string rule;
};

struct PracticalTask
{
    std::string code;
    std::string name;
    int minutes = 0;
    std::vector<RubricRow> rows;
    std::vector<std::string> veto; // 否决项
};

struct PracticalSubject
{
    std::string code;
    std::string name;
    int weight = 0;
    int gradersRequired = 1;
    std::vector<PracticalTask> tasks;
};

struct PracticalRubric
{
    std::string operationItem;
    int durationMinutes = 0;
    int passPoints = 80;
    std::vector<PracticalSubject> subjects;
};

} // namespace examroom
