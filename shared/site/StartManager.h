#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretBytes.h"
#include "site/Outcome.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace examroom::site {

class PersonSession;
class SiteStore;

// Checks a typed authorization password: the bank data key it unwraps, nullopt for a wrong
// one (in the console: package::unwrapDataKey over the plan package).
using AuthorizationCheck =
    std::function<std::optional<crypto::SecretBytes>(std::string_view typed)>;

inline constexpr std::size_t kPaperSeedBytes = 32;

// 通过授权密码开启考试, the paper seeds, and submissions arriving from the kiosks.
class StartManager
{
public:
    explicit StartManager(SiteStore& store) : m_store(store) {}

    // Opens the exam: the authorization password is checked by `check`; on success the
    // session is started (its late-entry clock runs from now) and the data key is returned for
    // the room link to hand to the kiosks. Wrong passwords are counted and logged and, after
    // SiteOptions::authorizationBackoff.freeAttempts, refused until retryAt (RateLimited)
    // without being checked. Before the plan's window opens refused (TooEarly) unless an
    // administrator gives `earlyOverride` (logged). Nothing but the counters changes when
    // refused.
    Result<crypto::SecretBytes> start(PersonSession& person, const std::string& sessionId,
                                      std::string_view typedPassword,
                                      const AuthorizationCheck& check,
                                      const std::string& earlyOverride = {});

    // The bank data key again for a started session (the console restarted and holds it in
    // memory only, and a kiosk restarted too): the password is checked, counted and rate-
    // limited as at the start, and the re-entry is logged. Refused (WrongState) before the start
    // or after the close.
    Result<crypto::SecretBytes> reopenKey(PersonSession& person, const std::string& sessionId,
                                          std::string_view typedPassword,
                                          const AuthorizationCheck& check);

    // The candidate's paper seed: 32 random bytes made and recorded at the first call, the
    // same bytes on every later call (a resume on another seat draws the same paper). Refused
    // before the start, or for a candidate not present. The first issue is logged.
    Result<crypto::ByteVector> paperSeed(const std::string& sessionId, const std::string& ticketNo);

    // Records that a candidate's score sheet arrived (reason: "candidate", "time-up",
    // "proctor"). Refused for a candidate not present; a repeat is a success that changes
    // nothing.
    Outcome recordSubmitted(const std::string& sessionId, const std::string& ticketNo,
                            const std::string& reason);

private:
    // The rate limit, the check and the counting of a wrong password (shared by start and
    // reopenKey); the key on success, nothing else changed then.
    Result<crypto::SecretBytes> checkAuthorization(PersonSession& person,
                                                   const std::string& sessionId,
                                                   std::string_view typedPassword,
                                                   const AuthorizationCheck& check);

    SiteStore& m_store;
};

} // namespace examroom::site
