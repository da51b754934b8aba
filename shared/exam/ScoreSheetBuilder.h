#pragma once

#include "documents/ScoreSheet.h"
#include "domain/Scoring.h"
#include "exam/ExamContext.h"

namespace examroom {

// What the sheet needs beyond the context and the paper.
struct SheetFacts
{
    int attempt = 1;
    std::string startedAt;
    std::string submittedAt;
    SubmitReason reason = SubmitReason::Candidate;
    std::string journalHeadHash;
    std::string kioskFingerprint;
};

// The sheet id of an attempt: planId/ticketNo/attempt (one sheet per attempt).
std::string attemptId(const std::string& planId, const std::string& ticketNo, int attempt);

// Scores `answers` (displayed positions) and fills table 6 with every field, the answers in
// the bank's terms, and the journal head hash. Throws std::invalid_argument when the answers
// are not parallel to the paper. Leaves nothing behind.
ScoreSheet buildScoreSheet(const ExamContext& context, const Candidate& candidate,
                           const Paper& paper, const PaperAnswers& answers,
                           const SheetFacts& facts);

} // namespace examroom
