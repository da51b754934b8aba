#include "practical/PracticalRows.h"

#include "documents/SignedDocument.h"
#include "practical/Attempts.h"
#include "practical/MarkDocument.h"
#include "practical/RubricJson.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>
#include <stdexcept>

namespace examroom::practical::detail {

std::optional<SessionRow> loadSession(store::Database& db, const std::string& sessionId)
{
    auto read = db.prepare("SELECT plan_id, site_id, rubric, max_difference, state FROM "
                           "practical_sessions WHERE session_id = ?");
    read.bind(1, std::string_view(sessionId));
    if (!read.step())
        return std::nullopt;
    auto rubric = rubricFromJson(read.columnText(2));
    if (!rubric)
        return std::nullopt;
    return SessionRow{sessionId,          read.columnText(0),       read.columnText(1),
                      std::move(*rubric), int(read.columnInt64(3)), read.columnText(4) == "open"};
}

namespace {

constexpr const char* kCandidateSelect =
    "SELECT ticket_no, name, id_type, id_no, attempt, eligible, reason, reason_code, reason_note "
    "FROM practical_candidates";

PracticalCandidate readCandidate(store::Statement& read)
{
    PracticalCandidate c;
    c.ticketNo = read.columnText(0);
    c.name = read.columnText(1);
    c.idType = idTypeFromLabel(read.columnText(2)).value_or(IdType::ResidentId);
    c.idNo = read.columnText(3);
    c.attempt = int(read.columnInt64(4));
    c.eligible = read.columnInt64(5) != 0;
    c.reason = read.columnText(6);
    const auto code = eligibilityReasonFromName(read.columnText(7));
    if (!code)
        throw std::logic_error("a stored practical candidate has an unknown reason code");
    c.reasonCode = *code;
    c.reasonNote = read.columnText(8);
    return c;
}

} // namespace

std::optional<PracticalCandidate> loadCandidate(store::Database& db, const std::string& sessionId,
                                                const std::string& ticketNo)
{
    auto read =
        db.prepare(std::string(kCandidateSelect) + " WHERE session_id = ? AND ticket_no = ?");
    read.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    if (!read.step())
        return std::nullopt;
    return readCandidate(read);
}

std::vector<PracticalCandidate> loadCandidates(store::Database& db, const std::string& sessionId)
{
    std::vector<PracticalCandidate> out;
    auto read =
        db.prepare(std::string(kCandidateSelect) + " WHERE session_id = ? ORDER BY ticket_no");
    read.bind(1, std::string_view(sessionId));
    while (read.step())
        out.push_back(readCandidate(read));
    return out;
}

std::optional<bool> graderRole(store::Database& db, const std::string& sessionId,
                               const std::string& grader)
{
    auto read =
        db.prepare("SELECT chief FROM practical_graders WHERE session_id = ? AND grader = ?");
    read.bind(1, std::string_view(sessionId)).bind(2, std::string_view(grader));
    if (!read.step())
        return std::nullopt;
    return read.columnInt64(0) != 0;
}

std::optional<TaskDraw> loadDraw(store::Database& db, const std::string& sessionId,
                                 const std::string& ticketNo, const std::string& subjectCode)
{
    auto read = db.prepare("SELECT task_index, method, seed, recorded_by FROM practical_draws "
                           "WHERE session_id = ? AND ticket_no = ? AND subject_code = ?");
    read.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode));
    if (!read.step())
        return std::nullopt;
    TaskDraw draw;
    draw.subjectCode = subjectCode;
    draw.taskIndex = int(read.columnInt64(0));
    draw.method = read.columnText(1) == "lot" ? DrawMethod::Lot : DrawMethod::System;
    if (!read.isNull(2)) {
        auto bytes = read.columnBlob(2);
        if (bytes.size() == 32) {
            PaperSeed seed{};
            std::copy(bytes.begin(), bytes.end(), seed.begin());
            draw.seed = seed;
        }
    }
    draw.recordedBy = read.columnText(3);
    return draw;
}

int currentRound(store::Database& db, const std::string& sessionId, const std::string& ticketNo,
                 const std::string& subjectCode)
{
    auto read = db.prepare("SELECT round FROM practical_rounds WHERE session_id = ? AND "
                           "ticket_no = ? AND subject_code = ?");
    read.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode));
    return read.step() ? int(read.columnInt64(0)) : 1;
}

std::vector<MarkRow> loadMarks(store::Database& db, const std::string& sessionId,
                               const std::string& ticketNo, const std::string& subjectCode,
                               int round)
{
    std::vector<MarkRow> out;
    // In the order they came in: the first grader's score comes first everywhere.
    auto read = db.prepare("SELECT grader, score, vetoed, document FROM practical_marks WHERE "
                           "session_id = ? AND ticket_no = ? AND subject_code = ? AND round = ? "
                           "ORDER BY marked_at, rowid");
    read.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subjectCode))
        .bind(4, round);
    while (read.step())
        out.push_back({read.columnText(0), int(read.columnInt64(1)), read.columnInt64(2) != 0,
                       read.columnText(3)});
    return out;
}

const PracticalSubject* findSubject(const PracticalRubric& rubric, const std::string& code)
{
    for (const auto& subject : rubric.subjects)
        if (subject.code == code)
            return &subject;
    return nullptr;
}

namespace {

std::vector<GraderMark> graderMarks(const std::vector<MarkRow>& rows)
{
    std::vector<GraderMark> marks;
    for (const auto& row : rows) {
        auto envelope = SignedDocument::fromJson(row.document);
        auto mark = envelope ? SignedMark::fromJson(envelope->body) : std::nullopt;
        if (!mark)
            throw PracticalError("stored mark of " + row.grader + " does not parse");
        marks.push_back({mark->grader, mark->entry.rows, mark->entry.vetoes});
    }
    return marks;
}

} // namespace

SubjectEval evaluate(store::Database& db, const SessionRow& session, const std::string& ticketNo,
                     const PracticalSubject& subject)
{
    SubjectEval eval;
    eval.draw = loadDraw(db, session.sessionId, ticketNo, subject.code);
    if (!eval.draw)
        return eval;
    eval.round = currentRound(db, session.sessionId, ticketNo, subject.code);

    auto machine = db.prepare("SELECT half_points, source FROM practical_machine_scores WHERE "
                              "session_id = ? AND ticket_no = ? AND subject_code = ?");
    machine.bind(1, std::string_view(session.sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subject.code));
    if (machine.step()) {
        SubjectResult result;
        result.subjectCode = subject.code;
        result.taskIndex = eval.draw->taskIndex;
        result.halfPoints = int(machine.columnInt64(0));
        eval.result = result;
        eval.scoredBy = "machine";
        eval.source = machine.columnText(1);
        eval.state = SubjectState::Done;
        return eval;
    }

    eval.marks = loadMarks(db, session.sessionId, ticketNo, subject.code, eval.round);
    if (int(eval.marks.size()) < subject.gradersRequired) {
        eval.state = SubjectState::Waiting;
        return eval;
    }
    SubjectResult result = subjectResult(subject, eval.draw->taskIndex, graderMarks(eval.marks),
                                         session.maxDifference);
    eval.scoredBy = "graders";
    eval.state = result.needsReview ? SubjectState::NeedsReview : SubjectState::Done;

    auto decision = db.prepare("SELECT half_points, decided_by, reason FROM practical_decisions "
                               "WHERE session_id = ? AND ticket_no = ? AND subject_code = ?");
    decision.bind(1, std::string_view(session.sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, std::string_view(subject.code));
    if (decision.step()) {
        // The chief grader's score stands; the vetoes the graders saw still count.
        result.halfPoints = int(decision.columnInt64(0));
        result.needsReview = false;
        eval.scoredBy = "chief";
        eval.source = decision.columnText(1) + ": " + decision.columnText(2);
        eval.state = SubjectState::Done;
    }
    eval.result = std::move(result);
    return eval;
}

std::string_view examName(ExamPart exam)
{
    return exam == ExamPart::Knowledge ? "knowledge" : "practical";
}

std::vector<AttemptOutcome> loadAttempts(store::Database& db, const std::string& idNo,
                                         ExamPart exam)
{
    std::vector<AttemptOutcome> out;
    auto read = db.prepare("SELECT attempt, passed FROM exam_attempts WHERE id_no = ? AND exam = ? "
                           "ORDER BY attempt");
    read.bind(1, std::string_view(idNo)).bind(2, examName(exam));
    while (read.step())
        out.push_back({int(read.columnInt64(0)), read.columnInt64(1) != 0});
    return out;
}

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace examroom::practical::detail
