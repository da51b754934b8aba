#pragma once

#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"
#include "practical/PracticalTypes.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::practical {

// One grader's mark of one subject for one candidate, as the grader signs it at submit.
struct SignedMark
{
    static constexpr std::string_view kind = "practical-mark";

    std::string sessionId;
    std::string ticketNo;
    std::string subjectCode;
    std::string taskCode;
    int round = 1;
    std::string grader;
    MarkEntry entry;
    int score = 0; // taskScore of the entry
    bool vetoed = false;
    std::string markedAt; // ISO-8601

    // The document id: session/ticket/subject/round/grader (one mark per grader and round).
    std::string documentId() const;
    // Canonical JSON (sorted keys): the exact bytes the grader signs.
    std::string toJson() const;
    // Parses toJson's output; nullopt when it is not one. Leaves nothing behind.
    [[nodiscard]] static std::optional<SignedMark> fromJson(std::string_view text);
    // Signs the mark with the grader's person key.
    SignedDocument sign(const crypto::SigningKeyPair& graderKey) const;
};

// The mark in `document` when its kind, signature and id check out; nullopt otherwise.
[[nodiscard]] std::optional<SignedMark> openMark(const SignedDocument& document);

} // namespace examroom::practical
