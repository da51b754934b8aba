#include "documents/ScoreSheet.h"

#include <nlohmann/json.hpp>

namespace examroom {
namespace {

using nlohmann::json;

constexpr std::string_view reasonNames[] = {"candidate", "time-up", "proctor"};

std::optional<SubmitReason> reasonFromName(std::string_view name)
{
    for (int i = 0; i < 3; ++i)
        if (reasonNames[i] == name)
            return static_cast<SubmitReason>(i);
    return std::nullopt;
}

} // namespace

std::string_view label(SubmitReason reason)
{
    return reasonNames[static_cast<int>(reason)];
}

std::string ScoreSheet::toJson() const
{
    json answerList = json::array();
    for (const auto& answer : answers)
        answerList.push_back({{"question", answer.questionId},
                              {"chosen", answer.chosen},
                              {"awarded_half_points", answer.awardedHalfPoints},
                              {"correct", answer.correct}});
    // nlohmann's object keeps keys sorted, so dump() is canonical for the same values.
    json sheet = {{"format", "examroom.score-sheet.v1"},
                  {"sheet_id", sheetId},
                  {"plan_id", planId},
                  {"plan_name", planName},
                  {"exam_centre", examCentre},
                  {"exam_kind", std::string(label(examKind))},
                  {"qualification_type", qualificationType},
                  {"operation_category", operationCategory},
                  {"operation_item", operationItem},
                  {"subject", subject},
                  {"site_id", siteId},
                  {"site_name", siteName},
                  {"room_id", roomId},
                  {"seat_no", seatNo},
                  {"ticket_no", ticketNo},
                  {"name", name},
                  {"gender", std::string(label(gender))},
                  {"id_type", std::string(label(idType))},
                  {"id_no", idNo},
                  {"attempt", attempt},
                  {"exam_date", examDate},
                  {"started_at", startedAt},
                  {"submitted_at", submittedAt},
                  {"submit_reason", std::string(label(submitReason))},
                  {"answers", answerList},
                  {"score_half_points", scoreHalfPoints},
                  {"total_points", totalPoints},
                  {"pass_points", passPoints},
                  {"passed", passed},
                  {"journal_head_hash", journalHeadHash},
                  {"kiosk_fingerprint", kioskFingerprint}};
    return sheet.dump();
}

std::optional<ScoreSheet> ScoreSheet::fromJson(std::string_view text, std::string* error)
{
    auto fail = [&](const std::string& why) -> std::optional<ScoreSheet> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail("not a JSON object");
    if (root.value("format", "") != "examroom.score-sheet.v1")
        return fail("format is not examroom.score-sheet.v1");
    ScoreSheet sheet;
    try {
        auto text = [&](const char* key) {
            return root.at(key).get<std::string>();
        };
        sheet.sheetId = text("sheet_id");
        sheet.planId = text("plan_id");
        sheet.planName = text("plan_name");
        sheet.examCentre = text("exam_centre");
        sheet.qualificationType = text("qualification_type");
        sheet.operationCategory = text("operation_category");
        sheet.operationItem = text("operation_item");
        sheet.subject = text("subject");
        sheet.siteId = text("site_id");
        sheet.siteName = text("site_name");
        sheet.roomId = text("room_id");
        sheet.seatNo = root.at("seat_no").get<int>();
        sheet.ticketNo = text("ticket_no");
        sheet.name = text("name");
        sheet.idNo = text("id_no");
        sheet.attempt = root.at("attempt").get<int>();
        sheet.examDate = text("exam_date");
        sheet.startedAt = text("started_at");
        sheet.submittedAt = text("submitted_at");
        sheet.scoreHalfPoints = root.at("score_half_points").get<int>();
        sheet.totalPoints = root.at("total_points").get<int>();
        sheet.passPoints = root.at("pass_points").get<int>();
        sheet.passed = root.at("passed").get<bool>();
        sheet.journalHeadHash = text("journal_head_hash");
        sheet.kioskFingerprint = text("kiosk_fingerprint");
        auto kind = examKindFromLabel(text("exam_kind"));
        auto gender = genderFromLabel(text("gender"));
        auto idType = idTypeFromLabel(text("id_type"));
        auto reason = reasonFromName(text("submit_reason"));
        if (!kind || !gender || !idType || !reason)
            return fail("exam_kind, gender, id_type or submit_reason has an unknown value");
        sheet.examKind = *kind;
        sheet.gender = *gender;
        sheet.idType = *idType;
        sheet.submitReason = *reason;
        int sum = 0;
        for (const auto& answer : root.at("answers")) {
            AnswerRecord record{
                answer.at("question").get<std::string>(), answer.at("chosen").get<std::string>(),
                answer.at("awarded_half_points").get<int>(), answer.at("correct").get<bool>()};
            if (record.awardedHalfPoints < 0)
                return fail("answer " + record.questionId + " has negative points");
            sum += record.awardedHalfPoints;
            sheet.answers.push_back(std::move(record));
        }
        if (sheet.sheetId.empty() || sheet.ticketNo.empty() || sheet.planId.empty())
            return fail("sheet_id, ticket_no and plan_id must not be empty");
        if (sum != sheet.scoreHalfPoints)
            return fail("the answers add up to " + std::to_string(sum) +
                        " half-points, the sheet says " + std::to_string(sheet.scoreHalfPoints));
        if (sheet.passed != (sheet.scoreHalfPoints >= 2 * sheet.passPoints))
            return fail("passed does not follow from the score and pass_points");
        if (sheet.attempt < 1 || sheet.attempt > 2)
            return fail("attempt must be 1 or 2 (one make-up)");
    } catch (const json::exception& e) {
        return fail(std::string("missing or mistyped field: ") + e.what());
    }
    return sheet;
}

SignedDocument ScoreSheet::sign(const crypto::SigningKeyPair& kioskKey) const
{
    return signDocument(std::string(kind), sheetId, toJson(), kioskKey);
}

std::string receiptCode(const SignedDocument& document)
{
    // Crockford's base32 alphabet: no I, L, O, U, so a code read aloud is not misheard.
    constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    auto hash = document.contentHash(); // hex
    std::string code;
    for (int i = 0; i < 8; ++i) {
        int value = std::stoi(hash.substr(std::size_t(i) * 2, 2), nullptr, 16);
        code.push_back(alphabet[std::size_t(value) % 32]);
        if (i == 3)
            code.push_back('-');
    }
    return code;
}

} // namespace examroom
