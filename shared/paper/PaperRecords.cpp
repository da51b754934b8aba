#include "paper/PaperRecords.h"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom::paper {
namespace {

using nlohmann::json;

// Reads a record's body with `read`, then insists that the record made again is the signed
// body byte for byte and names the document's kind and id: a repeated key, another key order
// or an extra field would otherwise give two readers two records.
template <typename Record, typename Read>
std::optional<Record> openRecord(const SignedDocument& document, std::string* why, Read read)
{
    auto fail = [&](std::string text) -> std::optional<Record> {
        if (why)
            *why = std::move(text);
        return std::nullopt;
    };
    if (document.kind != Record::kind)
        return fail("a " + document.kind + " is not a " + std::string(Record::kind));
    const json body = json::parse(document.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return fail(std::string(Record::kind) + " " + document.id + ": body is not a JSON object");
    if (body.value("format", std::string()) != Record::format)
        return fail(std::string(Record::kind) + " " + document.id + ": format is not " +
                    std::string(Record::format));
    Record record;
    try {
        read(body, record);
    } catch (const std::exception&) { // json's type errors, or a reader's own
        return fail(std::string(Record::kind) + " " + document.id +
                    ": a field is missing or of the wrong type");
    }
    if (record.toJson() != document.body)
        return fail(std::string(Record::kind) + " " + document.id +
                    ": body is not in its one canonical form");
    if (record.documentId() != document.id)
        return fail(std::string(Record::kind) + " " + document.id + ": id does not match its body");
    return record;
}

} // namespace

std::string PaperEntry::documentId() const
{
    return sessionId + "/" + ticketNo + "/entry/" + std::to_string(entryNo);
}

std::string PaperEntry::toJson() const
{
    nlohmann::json keptJson = nlohmann::json::object();
    for (const auto& [item, letters] : kept)
        keptJson[std::to_string(item)] = letters;
    return nlohmann::json{{"format", format},      {"session_id", sessionId},
                          {"ticket_no", ticketNo}, {"entry", entryNo},
                          {"staff", staff},        {"questions", questionIds},
                          {"answers", answers},    {"printed", printed},
                          {"kept", keptJson},      {"entered_at", enteredAt}}
        .dump();
}

SignedDocument PaperEntry::sign(const crypto::SigningKeyPair& staffKey) const
{
    return signDocument(std::string(kind), documentId(), toJson(), staffKey);
}

std::optional<PaperEntry> PaperEntry::fromDocument(const SignedDocument& document, std::string* why)
{
    return openRecord<PaperEntry>(document, why, [](const json& body, PaperEntry& e) {
        e.sessionId = body.at("session_id").get<std::string>();
        e.ticketNo = body.at("ticket_no").get<std::string>();
        e.entryNo = body.at("entry").get<int>();
        e.staff = body.at("staff").get<std::string>();
        e.questionIds = body.at("questions").get<std::vector<std::string>>();
        e.answers = body.at("answers").get<std::vector<std::string>>();
        e.printed = body.at("printed").get<std::vector<std::string>>();
        for (const auto& [item, letters] : body.at("kept").get<std::map<std::string, json>>()) {
            const int number = std::atoi(item.c_str());
            if (std::to_string(number) != item)
                throw std::invalid_argument("kept: an item that is not a number");
            e.kept[number] = letters.get<std::string>();
        }
        e.enteredAt = body.at("entered_at").get<std::string>();
    });
}

std::string PaperResolution::documentId() const
{
    return sessionId + "/" + ticketNo + "/resolution/" + std::to_string(item + 1);
}

std::string PaperResolution::toJson() const
{
    return nlohmann::json{
        {"format", format}, {"session_id", sessionId}, {"ticket_no", ticketNo},
        {"item", item + 1}, {"question", questionId},  {"answer", answer},
        {"staff", staff},   {"reason", reason},        {"resolved_at", resolvedAt}}
        .dump();
}

SignedDocument PaperResolution::sign(const crypto::SigningKeyPair& staffKey) const
{
    return signDocument(std::string(kind), documentId(), toJson(), staffKey);
}

std::optional<PaperResolution> PaperResolution::fromDocument(const SignedDocument& document,
                                                             std::string* why)
{
    return openRecord<PaperResolution>(document, why, [](const json& body, PaperResolution& r) {
        r.sessionId = body.at("session_id").get<std::string>();
        r.ticketNo = body.at("ticket_no").get<std::string>();
        r.item = body.at("item").get<int>() - 1;
        r.questionId = body.at("question").get<std::string>();
        r.answer = body.at("answer").get<std::string>();
        r.staff = body.at("staff").get<std::string>();
        r.reason = body.at("reason").get<std::string>();
        r.resolvedAt = body.at("resolved_at").get<std::string>();
    });
}

} // namespace examroom::paper
