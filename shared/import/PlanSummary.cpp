#include "import/PlanSummary.h"

#include "domain/PaperDraw.h"

#include <map>
#include <sstream>

namespace examroom {

std::string planSummary(const CentreFiles& files)
{
    const auto& plan = files.plan;
    const auto& blueprint = plan.blueprint;
    std::ostringstream out;
    out << "Plan " << plan.planId << "\n  " << plan.name << "\n";
    out << "Exam kind: " << label(plan.examKind) << "    Qualification: " << plan.qualificationType;
    if (plan.operationCategory)
        out << " / " << *plan.operationCategory;
    if (plan.operationItem)
        out << " / " << *plan.operationItem;
    out << "\n";
    out << "Knowledge exam: " << plan.knowledgeExam.start.toIso() << " to "
        << plan.knowledgeExam.end.toIso() << "\n";
    if (plan.practicalExam)
        out << "Practical exam: " << plan.practicalExam->start.toIso() << " to "
            << plan.practicalExam->end.toIso() << "\n";
    out << "Site: " << plan.site.siteId << " " << plan.site.name;
    for (const auto& room : plan.site.rooms)
        out << "  room " << room.roomId << " (" << room.seats << " seats)";
    out << "\n\n";

    int makeUps = 0;
    for (const auto& candidate : files.roster)
        makeUps += candidate.makeUp ? 1 : 0;
    out << "Candidates: " << files.roster.size() << " (make-up attempts: " << makeUps
        << ", with warnings: " << files.candidateWarnings.size() << ")\n";
    for (const auto& [ticket, warnings] : files.candidateWarnings)
        for (const auto& warning : warnings)
            out << "  warning: " << ticket << ": " << warning << "\n";

    out << "\nQuestion bank: " << files.bank.questions.size() << " questions\n";
    for (auto type : {QuestionType::TrueFalse, QuestionType::Single, QuestionType::Multiple}) {
        std::map<std::string, int> byArea;
        int count = 0;
        for (const auto& question : files.bank.questions) {
            if (question.type != type)
                continue;
            ++count;
            ++byArea[question.area.empty() ? "(none)" : question.area];
        }
        out << "  " << label(type) << " " << count << "   by area:";
        for (const auto& [area, n] : byArea)
            out << " " << area << "=" << n;
        out << "\n";
    }

    auto shortfalls = drawShortfalls(files.bank, blueprint);
    out << "\nBlueprint: " << blueprint.questionCount() << " questions, "
        << blueprint.sectionPoints() << " of " << blueprint.totalPoints << " points, pass at "
        << blueprint.passPoints << ", " << blueprint.durationMinutes << " minutes, late entry "
        << blueprint.lateEntryMinutes << " minutes, submit after "
        << blueprint.minMinutesBeforeSubmit << " minutes\n";
    for (std::size_t i = 0; i < blueprint.sections.size(); ++i) {
        const auto& section = blueprint.sections[i];
        out << "  " << label(section.type) << " " << section.count << " x " << section.pointsEach
            << " points";
        if (!section.areas.empty()) {
            out << " from";
            for (const auto& area : section.areas)
                out << " " << area;
        }
        if (section.type == QuestionType::Multiple)
            out << (section.multiScoring == MultiScoring::Partial ? " (partial credit)"
                                                                  : " (all or nothing)");
        out << ", " << files.bank.matching(section.type, section.areas).size() << " in the bank\n";
    }
    out << "  drawable: " << (shortfalls.empty() ? "yes" : "NO") << "\n";

    if (files.rubric) {
        out << "\nPractical rubric: " << files.rubric->operationItem << ", pass at "
            << files.rubric->passPoints << "\n";
        for (const auto& subject : files.rubric->subjects)
            out << "  " << subject.code << " " << subject.name << "  weight " << subject.weight
                << ", " << subject.tasks.size() << " tasks, " << subject.gradersRequired
                << (subject.gradersRequired == 1 ? " grader\n" : " graders\n");
    }
    return out.str();
}

} // namespace examroom
