#pragma once

#include "domain/Candidate.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace examroom {

// Why a login was refused; the screen shows one sentence for all of the first three (so that
// guessing learns nothing), the console gets the exact reason.
enum class LoginOutcome {
    Accepted,
    Malformed,                // empty or impossible ticket / ID text
    UnknownTicket,            // no such ticket in this session
    IdMismatch,               // the ticket exists, the ID number is not its holder's
    AlreadyLoggedInElsewhere, // the console reports the candidate on another seat
    AlreadySubmitted,         // the candidate has finished this attempt
};

struct LoginResult
{
    LoginOutcome outcome = LoginOutcome::Malformed;
    const Candidate* candidate = nullptr; // set when Accepted

    explicit operator bool() const { return outcome == LoginOutcome::Accepted; }
};

// Checks a login against the roster entries provisioned for this session. The ID number is
// compared after trimming and upper-casing (a resident ID's x). `loggedInElsewhere` and
// `submitted` are ticket numbers. Leaves nothing behind.
LoginResult checkLogin(const std::vector<Candidate>& sessionRoster, std::string_view ticketNo,
                       std::string_view idNo, const std::set<std::string>& loggedInElsewhere = {},
                       const std::set<std::string>& submitted = {});

std::string_view name(LoginOutcome outcome);

} // namespace examroom
