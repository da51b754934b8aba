#pragma once

#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::paper {

// One staff member's entry of a candidate's paper answers, signed with their person key when
// stored; both entries travel inside the paper score sheet.
struct PaperEntry
{
    static constexpr std::string_view kind = "paper-entry";
    static constexpr std::string_view format = "examroom.paper-entry.v2";

    std::string sessionId;
    std::string ticketNo;
    int entryNo = 1; // 1 or 2
    std::string staff;
    std::vector<std::string> questionIds; // the paper's items, binding the entry to the draw
    std::vector<std::string> answers;     // displayed letters per item, "" = blank
    // Per item, the bank's option letters in printed order ("CADB": printed A is the bank's C;
    // 判断 "AB"): what a typed letter means, so that the centre, which never sees the seed, can
    // check that the sheet scores what was typed.
    std::vector<std::string> printed;
    // Items the candidate answered on the kiosk before the switch (item number from 1 -> the
    // bank's letters): kept, so left blank here; the entering staff member vouches for them too.
    std::map<int, std::string> kept;
    std::string enteredAt; // ISO-8601

    // session/ticket/entry/N
    std::string documentId() const;
    // Canonical JSON (sorted keys): the exact bytes the staff member signs.
    std::string toJson() const;
    SignedDocument sign(const crypto::SigningKeyPair& staffKey) const;
    // The entry a document carries, if it is one: kind, id and body exactly as toJson() makes
    // them (so no other reading of the signed bytes exists). Does not verify the signature.
    // nullopt with the reason in `why` otherwise.
    [[nodiscard]] static std::optional<PaperEntry> fromDocument(const SignedDocument& document,
                                                                std::string* why = nullptr);
};

// How one difference between the two entries was settled, signed by who settled it.
struct PaperResolution
{
    static constexpr std::string_view kind = "paper-resolution";
    static constexpr std::string_view format = "examroom.paper-resolution.v1";

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
    // As PaperEntry::fromDocument.
    [[nodiscard]] static std::optional<PaperResolution> fromDocument(const SignedDocument& document,
                                                                     std::string* why = nullptr);
};

} // namespace examroom::paper
