#include "practical/MarkDocument.h"

#include <nlohmann/json.hpp>

namespace examroom::practical {

using nlohmann::json;

std::string SignedMark::documentId() const
{
    return sessionId + "/" + ticketNo + "/" + subjectCode + "/" + std::to_string(round) + "/" +
           grader;
}

std::string SignedMark::toJson() const
{
    json rows = json::array();
    for (const auto& row : entry.rows)
        rows.push_back({{"deducted", row.deducted}, {"note", row.note}});
    json vetoes = json::array();
    for (const auto& veto : entry.vetoes)
        vetoes.push_back({{"index", veto.vetoIndex}, {"reason", veto.reason}});
    return json{{"format", "examroom.practical-mark.v1"},
                {"session_id", sessionId},
                {"ticket_no", ticketNo},
                {"subject", subjectCode},
                {"task", taskCode},
                {"round", round},
                {"grader", grader},
                {"rows", rows},
                {"vetoes", vetoes},
                {"score", score},
                {"vetoed", vetoed},
                {"marked_at", markedAt}}
        .dump();
}

std::optional<SignedMark> SignedMark::fromJson(std::string_view text)
{
    const json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() ||
        doc.value("format", "") != "examroom.practical-mark.v1")
        return std::nullopt;
    try {
        SignedMark mark;
        mark.sessionId = doc.at("session_id").get<std::string>();
        mark.ticketNo = doc.at("ticket_no").get<std::string>();
        mark.subjectCode = doc.at("subject").get<std::string>();
        mark.taskCode = doc.at("task").get<std::string>();
        mark.round = doc.at("round").get<int>();
        mark.grader = doc.at("grader").get<std::string>();
        for (const auto& row : doc.at("rows"))
            mark.entry.rows.push_back(
                {row.at("deducted").get<int>(), row.at("note").get<std::string>()});
        for (const auto& veto : doc.at("vetoes"))
            mark.entry.vetoes.push_back(
                {veto.at("index").get<int>(), veto.at("reason").get<std::string>()});
        mark.score = doc.at("score").get<int>();
        mark.vetoed = doc.at("vetoed").get<bool>();
        mark.markedAt = doc.at("marked_at").get<std::string>();
        return mark;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

SignedDocument SignedMark::sign(const crypto::SigningKeyPair& graderKey) const
{
    return signDocument(std::string(kind), documentId(), toJson(), graderKey);
}

std::optional<SignedMark> openMark(const SignedDocument& document)
{
    if (document.kind != SignedMark::kind || !verifySignature(document))
        return std::nullopt;
    auto mark = SignedMark::fromJson(document.body);
    if (!mark || mark->documentId() != document.id)
        return std::nullopt;
    return mark;
}

} // namespace examroom::practical
