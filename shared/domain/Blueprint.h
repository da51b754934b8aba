#pragma once

#include "domain/Enums.h"

#include <string>
#include <vector>

namespace examroom {

// One section of the paper blueprint (组卷策略): `count` questions of `type`, optionally only
// from some knowledge areas, each worth `pointsEach`.
struct BlueprintSection
{
    QuestionType type = QuestionType::TrueFalse;
    int count = 0;
    int pointsEach = 0;
    std::vector<std::string> areas; // empty: any area
    MultiScoring multiScoring = MultiScoring::AllOrNothing;

    int points() const { return count * pointsEach; }
};

struct Blueprint
{
    int durationMinutes = 120;
    int totalPoints = 100;
    int passPoints = 80;
    int lateEntryMinutes = 15;
    int minMinutesBeforeSubmit = 0;
    std::vector<BlueprintSection> sections;

    int questionCount() const;
    int sectionPoints() const; // what the sections add up to; must equal totalPoints
};

} // namespace examroom
