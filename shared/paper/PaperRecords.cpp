#include "paper/PaperRecords.h"

#include <nlohmann/json.hpp>

namespace examroom::paper {

std::string PaperEntry::documentId() const
{
    return sessionId + "/" + ticketNo + "/entry/" + std::to_string(entryNo);
}

std::string PaperEntry::toJson() const
{
    return nlohmann::json{{"format", "examroom.paper-entry.v1"},
                          {"session_id", sessionId},
                          {"ticket_no", ticketNo},
                          {"entry", entryNo},
                          {"staff", staff},
                          {"questions", questionIds},
                          {"answers", answers},
                          {"entered_at", enteredAt}}
        .dump();
}

SignedDocument PaperEntry::sign(const crypto::SigningKeyPair& staffKey) const
{
    return signDocument(std::string(kind), documentId(), toJson(), staffKey);
}

std::string PaperResolution::documentId() const
{
    return sessionId + "/" + ticketNo + "/resolution/" + std::to_string(item + 1);
}

std::string PaperResolution::toJson() const
{
    return nlohmann::json{{"format", "examroom.paper-resolution.v1"},
                          {"session_id", sessionId},
                          {"ticket_no", ticketNo},
                          {"item", item + 1},
                          {"question", questionId},
                          {"answer", answer},
                          {"staff", staff},
                          {"reason", reason},
                          {"resolved_at", resolvedAt}}
        .dump();
}

SignedDocument PaperResolution::sign(const crypto::SigningKeyPair& staffKey) const
{
    return signDocument(std::string(kind), documentId(), toJson(), staffKey);
}

} // namespace examroom::paper
