#include "exam/ScoreSheetBuilder.h"

#include "util/IsoTime.h"

namespace examroom {

std::string attemptId(const std::string& planId, const std::string& ticketNo, int attempt)
{
    return planId + "/" + ticketNo + "/" + std::to_string(attempt);
}

ScoreSheet buildScoreSheet(const ExamContext& context, const Candidate& candidate,
                           const Paper& paper, const PaperAnswers& answers, const SheetFacts& facts)
{
    const ExamPlan& plan = context.plan;
    const PaperScore score = scorePaper(paper, answers, plan.blueprint.passPoints);
    ScoreSheet sheet;
    sheet.sheetId = attemptId(plan.planId, candidate.ticketNo, facts.attempt);
    sheet.planId = plan.planId;
    sheet.planName = plan.name;
    sheet.examCentre = plan.applicant.unit;
    sheet.examKind = plan.examKind;
    sheet.qualificationType = plan.qualificationType;
    sheet.operationCategory = plan.operationCategory.value_or("");
    sheet.operationItem = plan.operationItem.value_or("");
    sheet.subject = context.subject();
    sheet.siteId = plan.site.siteId;
    sheet.siteName = plan.site.name;
    sheet.roomId = context.roomId;
    sheet.seatNo = context.seatNo;
    sheet.ticketNo = candidate.ticketNo;
    sheet.name = candidate.name;
    sheet.gender = candidate.gender;
    sheet.idType = candidate.id.type;
    sheet.idNo = candidate.id.number;
    sheet.attempt = facts.attempt;
    sheet.examDate = formatDate(plan.examDate());
    sheet.startedAt = facts.startedAt;
    sheet.submittedAt = facts.submittedAt;
    sheet.submitReason = facts.reason;
    for (std::size_t i = 0; i < paper.items.size(); ++i) {
        const PaperItem& item = paper.items[i];
        AnswerRecord record;
        record.questionId = item.questionId;
        if (answers[i] && !answers[i]->empty())
            record.chosen = toBankChoices(item, *answers[i]).letters();
        record.awardedHalfPoints = score.items[i].awardedHalfPoints;
        record.correct = score.items[i].correct;
        sheet.answers.push_back(std::move(record));
    }
    sheet.scoreHalfPoints = score.halfPoints;
    sheet.totalPoints = plan.blueprint.totalPoints;
    sheet.passPoints = plan.blueprint.passPoints;
    sheet.passed = score.passed;
    sheet.journalHeadHash = facts.journalHeadHash;
    sheet.kioskFingerprint = facts.kioskFingerprint;
    return sheet;
}

} // namespace examroom
