#pragma once

#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"

#include <string>
#include <string_view>
#include <vector>

namespace examroom::paper {

// One staff member's entry of a candidate's paper answers, signed with their person key when
// stored; both entries travel inside the paper score sheet.
struct PaperEntry
{
    static constexpr std::string_view kind = "paper-entry";

    std::string sessionId;
    std::string ticketNo;
    int entryNo = 1; // 1 or 2
    std::string staff;
    std::vector<std::string> questionIds; // the paper's items, binding the entry to the draw
    std::vector<std::string> answers;     // displayed letters per item, "" = blank
    std::string enteredAt;                // ISO-8601

    // session/ticket/entry/N
    std::string documentId() const;
    // Canonical JSON (sorted keys): the exact bytes the staff member signs.
    std::string toJson() const;
    SignedDocument sign(const crypto::SigningKeyPair& staffKey) const;
};

// How one difference between the two entries was settled, signed by who settled it.
struct PaperResolution
{
    static constexpr std::string_view kind = "paper-resolution";

    std::string sessionId;
    std::string ticketNo;
    int item = 0; // 0-based position on the paper
    std::string questionId;
    std::string answer; // displayed letters read off the paper, "" = blank
    std::string staff;
    std::string reason;
    std::string resolvedAt;

    // session/ticket/resolution/<item number>
    std::string documentId() const;
    std::string toJson() const;
    SignedDocument sign(const crypto::SigningKeyPair& staffKey) const;
};

} // namespace examroom::paper
