#include "domain/BlueprintRules.h"

#include <doctest/doctest.h>

using namespace examroom;

namespace {

BlueprintSection section(QuestionType type, int count, int pointsEach)
{
    BlueprintSection result;
    result.type = type;
    result.count = count;
    result.pointsEach = pointsEach;
    return result;
}

// The sample plan.json's blueprint.
Blueprint sampleBlueprint()
{
    Blueprint blueprint;
    blueprint.durationMinutes = 120;
    blueprint.totalPoints = 100;
    blueprint.passPoints = 80;
    blueprint.lateEntryMinutes = 15;
    blueprint.minMinutesBeforeSubmit = 30;
    blueprint.sections = {section(QuestionType::TrueFalse, 15, 2),
                          section(QuestionType::Single, 10, 4),
                          section(QuestionType::Multiple, 5, 6)};
    return blueprint;
}

} // namespace

TEST_CASE("the sample blueprint is valid")
{
    CHECK(validateBlueprint(sampleBlueprint()).empty());
    auto partial = sampleBlueprint();
    partial.sections[2].multiScoring = MultiScoring::Partial;
    partial.sections[2].areas = {"K1", "K3"};
    CHECK(validateBlueprint(partial).empty());
}

TEST_CASE("sections whose points do not add up to total_points are an error")
{
    auto blueprint = sampleBlueprint();
    blueprint.sections[1].count = 8;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{
              "blueprint.sections: points add up to 92, expected total_points 100"});
}

TEST_CASE("a section's count and points must be positive")
{
    auto blueprint = sampleBlueprint();
    blueprint.sections[2].count = 0;
    blueprint.sections[0].pointsEach = -1;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.sections[0].points_each: must be positive, got -1",
                                   "blueprint.sections[2].count: must be positive, got 0"});
}

TEST_CASE("partial scoring is only for multiple-choice sections")
{
    auto blueprint = sampleBlueprint();
    blueprint.sections[1].multiScoring = MultiScoring::Partial;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{
              "blueprint.sections[1].multi_scoring: partial applies to 多选 sections only, this "
              "is 单选"});
}

TEST_CASE("pass points must lie within the total")
{
    auto blueprint = sampleBlueprint();
    blueprint.passPoints = 101;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.pass_points: 101 is outside 0..100 (total_points)"});
    blueprint.passPoints = -1;
    CHECK(validateBlueprint(blueprint).size() == 1);
    blueprint.passPoints = 100;
    CHECK(validateBlueprint(blueprint).empty());
    blueprint.passPoints = 0;
    CHECK(validateBlueprint(blueprint).empty());
}

TEST_CASE("times must fit in the exam's duration")
{
    auto blueprint = sampleBlueprint();
    blueprint.durationMinutes = 0;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.duration_minutes: must be positive, got 0"});

    blueprint = sampleBlueprint();
    blueprint.minMinutesBeforeSubmit = 120;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.min_minutes_before_submit: 120 must be less than "
                                   "duration_minutes 120"});
    blueprint.minMinutesBeforeSubmit = -5;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{
              "blueprint.min_minutes_before_submit: must not be negative, got -5"});

    blueprint = sampleBlueprint();
    blueprint.lateEntryMinutes = -1;
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.late_entry_minutes: must not be negative, got -1"});
    blueprint.lateEntryMinutes = 0;
    CHECK(validateBlueprint(blueprint).empty());
    blueprint.lateEntryMinutes = 130;
    CHECK(validateBlueprint(blueprint).size() == 1);
}

TEST_CASE("a blueprint needs sections, and section areas must be named once")
{
    auto blueprint = sampleBlueprint();
    blueprint.sections[0].areas = {"K1", "", "K1"};
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.sections[0].areas[1]: empty",
                                   "blueprint.sections[0].areas[2]: K1 is listed twice"});
    blueprint.sections.clear();
    CHECK(validateBlueprint(blueprint) ==
          std::vector<std::string>{"blueprint.sections: none; at least one section is needed"});
}
