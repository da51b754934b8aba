#pragma once

#include "crypto/SigningKeyPair.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"

#include <functional>
#include <optional>
#include <string>

namespace examroom::paper {

// A person a site vouches for: their account name and role ("administrator", "proctor",
// "grader"), as a site-signed staff list (or the console's accounts) gives them.
struct StaffMember
{
    std::string name;
    std::string role;
};

// Who holds a signing key; nullopt for a key nobody listed.
using StaffLookup = std::function<std::optional<StaffMember>(const crypto::SigningPublicKey&)>;

// Checks a knowledge score sheet marked paper (纸质试卷) end to end, against the staff the
// site listed: the envelope is signed (countersigned at close) by a listed proctor or
// administrator; `paper_records` holds exactly two paper-entry records and any
// paper-resolution records, each verifying over its own body and signed by a listed proctor
// or administrator under the name the record gives; the two entries are by two different
// people (name and key), of the sheet's candidate and of one session, over the same items in
// the same printed order with the same kiosk-kept answers; and every answer the sheet scores
// is, in the bank's letters, the kept kiosk answer, the answer both entries typed, or — where
// they differ, and only there — the answer a resolution settled. `sheet` is the envelope's
// parsed body. False with the reason in `why`. Leaves nothing behind.
[[nodiscard]] bool verifyPaperSheet(const SignedDocument& document, const ScoreSheet& sheet,
                                    const StaffLookup& staff, std::string* why = nullptr);

} // namespace examroom::paper
