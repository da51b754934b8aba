#include "domain/BlueprintRules.h"

#include <algorithm>

namespace examroom {

std::vector<std::string> validateBlueprint(const Blueprint& blueprint)
{
    std::vector<std::string> errors;
    const auto error = [&](const std::string& field, const std::string& what) {
        errors.push_back("blueprint." + field + ": " + what);
    };
    const auto number = [](int value) {
        return std::to_string(value);
    };

    if (blueprint.durationMinutes <= 0)
        error("duration_minutes", "must be positive, got " + number(blueprint.durationMinutes));
    if (blueprint.totalPoints <= 0)
        error("total_points", "must be positive, got " + number(blueprint.totalPoints));
    if (blueprint.passPoints < 0 || blueprint.passPoints > blueprint.totalPoints)
        error("pass_points", number(blueprint.passPoints) + " is outside 0.." +
                                 number(blueprint.totalPoints) + " (total_points)");
    if (blueprint.lateEntryMinutes < 0)
        error("late_entry_minutes",
              "must not be negative, got " + number(blueprint.lateEntryMinutes));
    else if (blueprint.durationMinutes > 0 &&
             blueprint.lateEntryMinutes >= blueprint.durationMinutes)
        error("late_entry_minutes", number(blueprint.lateEntryMinutes) +
                                        " must be less than duration_minutes " +
                                        number(blueprint.durationMinutes));
    if (blueprint.minMinutesBeforeSubmit < 0)
        error("min_minutes_before_submit",
              "must not be negative, got " + number(blueprint.minMinutesBeforeSubmit));
    else if (blueprint.durationMinutes > 0 &&
             blueprint.minMinutesBeforeSubmit >= blueprint.durationMinutes)
        error("min_minutes_before_submit", number(blueprint.minMinutesBeforeSubmit) +
                                               " must be less than duration_minutes " +
                                               number(blueprint.durationMinutes));

    if (blueprint.sections.empty()) {
        error("sections", "none; at least one section is needed");
        return errors;
    }
    bool sectionsValid = true;
    for (std::size_t s = 0; s < blueprint.sections.size(); ++s) {
        const BlueprintSection& section = blueprint.sections[s];
        const std::string path = "sections[" + std::to_string(s) + "]";
        if (section.count <= 0) {
            error(path + ".count", "must be positive, got " + number(section.count));
            sectionsValid = false;
        }
        if (section.pointsEach <= 0) {
            error(path + ".points_each", "must be positive, got " + number(section.pointsEach));
            sectionsValid = false;
        }
        if (section.multiScoring == MultiScoring::Partial && section.type != QuestionType::Multiple)
            error(path + ".multi_scoring", "partial applies to 多选 sections only, this is " +
                                               std::string(label(section.type)));
        for (std::size_t a = 0; a < section.areas.size(); ++a) {
            const std::string areaPath = path + ".areas[" + std::to_string(a) + "]";
            if (section.areas[a].empty())
                error(areaPath, "empty");
            else if (std::find(section.areas.begin(), section.areas.begin() + long(a),
                               section.areas[a]) != section.areas.begin() + long(a))
                error(areaPath, section.areas[a] + " is listed twice");
        }
    }
    // With a broken count or points the sum only repeats that error in a confusing form.
    if (sectionsValid && blueprint.sectionPoints() != blueprint.totalPoints)
        error("sections", "points add up to " + number(blueprint.sectionPoints()) +
                              ", expected total_points " + number(blueprint.totalPoints));
    return errors;
}

} // namespace examroom
