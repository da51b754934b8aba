#pragma once

#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"
#include "domain/Enums.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::practical {

// One subject on the sheet: the drawn task, how it was scored and the graders' signed marks.
struct SheetSubject
{
    std::string code;
    std::string name;
    int weight = 0;
    int gradersRequired = 1;
    std::string taskCode;
    std::string taskName;
    std::string drawMethod; // "system" or "lot"
    std::string drawSeed;   // hex, for "system"
    std::string scoredBy;   // "graders", "chief" (a chief grader's decision) or "machine"
    std::string source;     // the machine's name, or the chief grader's name and reason
    int halfPoints = 0;
    bool vetoed = false;
    std::vector<std::string> vetoItems;
    std::vector<std::string> marks; // grader-signed practical-mark envelopes (SignedDocument JSON)
};

// 实际操作考试评分表 for one candidate and attempt. Multi-signed: every grader's own signature
// over each mark they gave travels inside the body, and the proctor countersigns the whole
// body at close as the envelope's signer.
struct PracticalSheet
{
    static constexpr std::string_view kind = "practical-score-sheet";

    std::string sheetId; // planId/ticketNo/practical/attempt
    std::string planId;
    std::string siteId;
    std::string sessionId;
    std::string operationItem;
    std::string ticketNo;
    std::string name;
    IdType idType = IdType::ResidentId;
    std::string idNo;
    int attempt = 1;
    std::vector<SheetSubject> subjects;
    std::map<std::string, std::string> graders; // name -> public key (hex)
    int total200ths = 0;
    int passPoints = 80;
    bool vetoed = false;
    bool passed = false;
    std::string closedBy;
    std::string closedAt;

    // The practical score as exact decimal text, e.g. "86.5", "79.995".
    std::string scoreText() const;
    // Canonical JSON (sorted keys): the exact bytes the proctor countersigns.
    std::string toJson() const;
    // Parses a sheet; nullopt with the reason in `error` when it is not one.
    [[nodiscard]] static std::optional<PracticalSheet> fromJson(std::string_view text,
                                                                std::string* error = nullptr);
    // The proctor's countersignature over toJson().
    SignedDocument countersign(const crypto::SigningKeyPair& proctorKey) const;
};

// The sheet id for a candidate's attempt.
std::string practicalSheetId(const std::string& planId, const std::string& ticketNo, int attempt);

// A score in 1/200ths of a point as exact decimal text ("86.5", "79.995").
std::string pointsText200(int total200ths);

// Checks a practical sheet end to end: envelope signature and kind, the body, every embedded
// mark signed by the key the sheet lists for its grader and naming this candidate and subject,
// the subject scores, the total and the verdict. Returns the sheet; nullopt with the reason in
// `why`. Leaves nothing behind.
[[nodiscard]] std::optional<PracticalSheet> verifyPracticalSheet(const SignedDocument& document,
                                                                 std::string* why = nullptr);

} // namespace examroom::practical
