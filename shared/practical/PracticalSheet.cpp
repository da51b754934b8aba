#include "practical/PracticalSheet.h"

#include "crypto/Hex.h"
#include "practical/MarkDocument.h"

#include <nlohmann/json.hpp>

namespace examroom::practical {

using nlohmann::json;

namespace {

std::optional<PracticalSheet> fail(std::string* why, std::string text)
{
    if (why)
        *why = std::move(text);
    return std::nullopt;
}

} // namespace

std::string practicalSheetId(const std::string& planId, const std::string& ticketNo, int attempt)
{
    return planId + "/" + ticketNo + "/practical/" + std::to_string(attempt);
}

std::string pointsText200(int total200ths)
{
    // 1/200 = 0.005: at most three decimals, trailing zeros dropped.
    std::string text = std::to_string(total200ths / 200);
    int rest = (total200ths % 200) * 5; // thousandths
    if (rest == 0)
        return text;
    std::string decimals = std::to_string(rest);
    decimals.insert(0, 3 - decimals.size(), '0');
    while (decimals.back() == '0')
        decimals.pop_back();
    return text + "." + decimals;
}

std::string PracticalSheet::scoreText() const
{
    return pointsText200(total200ths);
}

std::string PracticalSheet::toJson() const
{
    json subjectsJson = json::array();
    for (const auto& s : subjects)
        subjectsJson.push_back({{"code", s.code},
                                {"name", s.name},
                                {"weight", s.weight},
                                {"graders_required", s.gradersRequired},
                                {"task_code", s.taskCode},
                                {"task_name", s.taskName},
                                {"draw_method", s.drawMethod},
                                {"draw_seed", s.drawSeed},
                                {"scored_by", s.scoredBy},
                                {"source", s.source},
                                {"half_points", s.halfPoints},
                                {"vetoed", s.vetoed},
                                {"veto_items", s.vetoItems},
                                {"marks", s.marks}});
    return json{{"format", "examroom.practical-sheet.v1"},
                {"sheet_id", sheetId},
                {"plan_id", planId},
                {"site_id", siteId},
                {"session_id", sessionId},
                {"operation_item", operationItem},
                {"ticket_no", ticketNo},
                {"name", name},
                {"id_type", std::string(label(idType))},
                {"id_no", idNo},
                {"attempt", attempt},
                {"subjects", subjectsJson},
                {"graders", graders},
                {"total_200ths", total200ths},
                {"score", scoreText()},
                {"pass_points", passPoints},
                {"vetoed", vetoed},
                {"passed", passed},
                {"closed_by", closedBy},
                {"closed_at", closedAt}}
        .dump();
}

std::optional<PracticalSheet> PracticalSheet::fromJson(std::string_view text, std::string* error)
{
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return fail(error, "not a JSON object");
    if (doc.value("format", "") != "examroom.practical-sheet.v1")
        return fail(error, "format is not examroom.practical-sheet.v1");
    try {
        PracticalSheet sheet;
        sheet.sheetId = doc.at("sheet_id").get<std::string>();
        sheet.planId = doc.at("plan_id").get<std::string>();
        sheet.siteId = doc.at("site_id").get<std::string>();
        sheet.sessionId = doc.at("session_id").get<std::string>();
        sheet.operationItem = doc.at("operation_item").get<std::string>();
        sheet.ticketNo = doc.at("ticket_no").get<std::string>();
        sheet.name = doc.at("name").get<std::string>();
        auto idType = idTypeFromLabel(doc.at("id_type").get<std::string>());
        if (!idType)
            return fail(error, "id_type is not a known ID document type");
        sheet.idType = *idType;
        sheet.idNo = doc.at("id_no").get<std::string>();
        sheet.attempt = doc.at("attempt").get<int>();
        for (const auto& s : doc.at("subjects")) {
            SheetSubject subject;
            subject.code = s.at("code").get<std::string>();
            subject.name = s.at("name").get<std::string>();
            subject.weight = s.at("weight").get<int>();
            subject.gradersRequired = s.at("graders_required").get<int>();
            subject.taskCode = s.at("task_code").get<std::string>();
            subject.taskName = s.at("task_name").get<std::string>();
            subject.drawMethod = s.at("draw_method").get<std::string>();
            subject.drawSeed = s.at("draw_seed").get<std::string>();
            subject.scoredBy = s.at("scored_by").get<std::string>();
            subject.source = s.at("source").get<std::string>();
            subject.halfPoints = s.at("half_points").get<int>();
            subject.vetoed = s.at("vetoed").get<bool>();
            subject.vetoItems = s.at("veto_items").get<std::vector<std::string>>();
            subject.marks = s.at("marks").get<std::vector<std::string>>();
            sheet.subjects.push_back(std::move(subject));
        }
        sheet.graders = doc.at("graders").get<std::map<std::string, std::string>>();
        sheet.total200ths = doc.at("total_200ths").get<int>();
        sheet.passPoints = doc.at("pass_points").get<int>();
        sheet.vetoed = doc.at("vetoed").get<bool>();
        sheet.passed = doc.at("passed").get<bool>();
        sheet.closedBy = doc.at("closed_by").get<std::string>();
        sheet.closedAt = doc.at("closed_at").get<std::string>();
        return sheet;
    } catch (const json::exception& e) {
        return fail(error, std::string("wrong shape: ") + e.what());
    }
}

SignedDocument PracticalSheet::countersign(const crypto::SigningKeyPair& proctorKey) const
{
    return signDocument(std::string(kind), sheetId, toJson(), proctorKey);
}

std::optional<PracticalSheet> verifyPracticalSheet(const SignedDocument& document, std::string* why)
{
    if (document.kind != PracticalSheet::kind)
        return fail(why, "not a practical score sheet");
    if (!verifySignature(document))
        return fail(why, "the countersignature does not match the content");
    auto sheet = PracticalSheet::fromJson(document.body, why);
    if (!sheet)
        return std::nullopt;
    if (sheet->sheetId != document.id ||
        sheet->sheetId != practicalSheetId(sheet->planId, sheet->ticketNo, sheet->attempt))
        return fail(why, "the sheet id does not match the plan, ticket and attempt");
    int total = 0;
    bool vetoed = false;
    for (const auto& subject : sheet->subjects) {
        const std::string where = "subject " + subject.code + ": ";
        int sum = 0;
        bool markVeto = false;
        for (const auto& text : subject.marks) {
            auto envelope = SignedDocument::fromJson(text);
            auto mark = envelope ? openMark(*envelope) : std::nullopt;
            if (!mark)
                return fail(why, where + "a mark is not validly signed");
            auto listed = sheet->graders.find(mark->grader);
            if (listed == sheet->graders.end() || listed->second != crypto::toHex(envelope->signer))
                return fail(why, where + "mark by " + mark->grader +
                                     " is not signed by the key the sheet lists for them");
            if (mark->ticketNo != sheet->ticketNo || mark->subjectCode != subject.code ||
                mark->taskCode != subject.taskCode)
                return fail(why, where + "a mark belongs to another candidate, subject or task");
            sum += mark->score;
            markVeto = markVeto || mark->vetoed;
        }
        if (subject.scoredBy == "graders") {
            if (int(subject.marks.size()) != subject.gradersRequired)
                return fail(why, where + "needs " + std::to_string(subject.gradersRequired) +
                                     " marks, the sheet has " +
                                     std::to_string(subject.marks.size()));
            if (subject.halfPoints != sum * 2 / subject.gradersRequired)
                return fail(why, where + "the score is not the graders' mean");
        } else if (subject.scoredBy != "chief" && subject.scoredBy != "machine") {
            return fail(why, where + "scored_by is " + subject.scoredBy);
        }
        if (subject.halfPoints < 0 || subject.halfPoints > 200)
            return fail(why, where + "score out of range");
        if (markVeto && !subject.vetoed)
            return fail(why, where + "a grader recorded a veto the sheet does not show");
        total += subject.weight * subject.halfPoints;
        vetoed = vetoed || subject.vetoed;
    }
    if (total != sheet->total200ths)
        return fail(why, "the weighted total does not add up");
    if (vetoed != sheet->vetoed || sheet->passed != (!vetoed && total >= sheet->passPoints * 200))
        return fail(why, "the verdict does not follow from the score and vetoes");
    return sheet;
}

} // namespace examroom::practical
