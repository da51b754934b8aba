#pragma once

#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "domain/ChoiceSet.h"
#include "domain/Paper.h"
#include "exam/ExamContext.h"
#include "site/Outcome.h"

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom::site {
class PersonSession;
class SiteStore;
} // namespace examroom::site

namespace examroom::paper {

using site::Outcome;
using site::Result;

// One of the two entries, without its answers (an entering staff member must not see the
// other's).
struct EntryInfo
{
    int entryNo = 1;
    std::string staff;
    std::chrono::sys_seconds enteredAt{};
};

// Where a candidate on paper stands.
struct PaperStatus
{
    std::string ticketNo;
    std::string reason;
    std::string switchedBy;
    std::chrono::sys_seconds switchedAt{};
    // Kept from the kiosk (item index -> choice, displayed positions), frozen at the switch.
    std::map<std::size_t, ChoiceSet> kioskAnswers;
    std::vector<EntryInfo> entries;
    int unresolved = 0; // differences still open (once both entries are in)
    bool scored = false;
    int scoreHalfPoints = 0;
    bool passed = false;
    bool countersigned = false;
};

// An item on which the two entries differ.
struct Difference
{
    int item = 0; // 0-based
    std::string first;
    std::string second;
    std::optional<std::string> resolved; // the answer it was settled at
    std::string resolvedBy;
};

// 纸质试卷 in site.db. Every change is one transaction with its audit entry; a refusal is an
// Outcome and changes nothing; a database fault throws StoreError and leaves nothing
// half-written. Calls that need the paper take the session's ExamContext (plan, roster, the
// unlocked bank) and draw it again with the candidate's stored seed through drawPaper — the
// same code, seed and paper as the kiosk.
class PaperManager
{
public:
    explicit PaperManager(site::SiteStore& store) : m_store(store) {}

    // Switches a present candidate of a started session to paper: needs a reason (NeedsReason),
    // issues (or reuses) the candidate's paper seed as StartManager does for a kiosk, freezes
    // the answers the kiosk mirrored, and records an incident ("paper") and an audit entry.
    // Refused for a candidate already on paper.
    Outcome switchCandidate(site::PersonSession& person, const std::string& sessionId,
                            const std::string& ticketNo, const std::string& reason);

    // The room failed: every present candidate not yet on paper is switched, with one reason.
    // Returns their tickets. All or none.
    Result<std::vector<std::string>> switchSession(site::PersonSession& person,
                                                   const std::string& sessionId,
                                                   const std::string& reason);

    // What the console did about the failed kiosk at the switch: the room link's lock command
    // sent to the kiosk at `seatNo` (`kiosk`: its fingerprint), or not sent because no kiosk
    // was reachable there (`sent` false; `kiosk` may be empty). An audit entry
    // ("paper-lock-kiosk"): the room record shows that a late sheet from that kiosk could not
    // count (the console never uses a kiosk sheet of a candidate on paper). Refused for a
    // candidate not on paper.
    Outcome recordKioskLock(site::PersonSession& person, const std::string& sessionId,
                            const std::string& ticketNo, int seatNo, const std::string& kiosk,
                            bool sent);

    // The proctor saved the candidate's paper (question texts in clear) to a file they chose
    // (`path`), there being no printer: an audit entry ("paper-saved") so that the room record
    // shows a copy of the paper left the console. Refused for a candidate not on paper.
    Outcome recordSaved(site::PersonSession& person, const std::string& sessionId,
                        const std::string& ticketNo, const std::string& path);

    std::vector<PaperStatus> candidates(const std::string& sessionId);
    std::optional<PaperStatus> status(const std::string& sessionId, const std::string& ticketNo);
    // The sheets scored so far in the session (countersigned or not), for practical
    // eligibility (practical::PracticalManager::recordPaperSheet) from the moment of scoring.
    std::vector<ScoreSheet> scoredSheets(const std::string& sessionId);

    // The candidate's paper: drawPaper(bank, blueprint, stored seed). Refused for a candidate
    // not on paper or a context of another plan.
    Result<Paper> paper(const std::string& sessionId, const std::string& ticketNo,
                        const ExamContext& context);

    // One staff member's entry: one answer text per item (AnswerLetters), blank for items the
    // kiosk already answered. Refused with nothing stored: not on paper or already scored, a
    // count that is not the paper's, a letter not among an item's options (every bad item
    // named), an answer for a kiosk-answered item, a third entry, or a second entry by the
    // person who made the first. Signed with the person's key.
    Outcome enter(site::PersonSession& person, const std::string& sessionId,
                  const std::string& ticketNo, const ExamContext& context,
                  const std::vector<std::string>& answers);

    // The items where the two entries differ, with their resolution if any. Refused
    // (WrongState) until both entries are in.
    Result<std::vector<Difference>> differences(const std::string& sessionId,
                                                const std::string& ticketNo);

    // Settles a difference at the answer read off the paper (a reason is required), signed
    // by the person. Refused for an item without a difference or one already settled.
    Outcome resolve(site::PersonSession& person, const std::string& sessionId,
                    const std::string& ticketNo, const ExamContext& context, int item,
                    const std::string& answer, const std::string& reason);

    // Scores the paper with scorePaper through buildScoreSheet (the kiosk's code): kiosk
    // answers kept, the agreed or resolved entries for the rest. The sheet is marked paper and
    // carries the signed entries and resolutions; the candidate counts as submitted. Refused
    // while an entry is missing or a difference is open, or when already scored.
    Result<ScoreSheet> score(site::PersonSession& person, const std::string& sessionId,
                             const std::string& ticketNo, const ExamContext& context);

    // At close: the proctor countersigns every scored paper sheet of the closed session and
    // queues it in the outbox with the kiosk sheets. Repeating it signs nothing twice. Refused
    // before the close.
    Result<std::vector<SignedDocument>> countersign(site::PersonSession& person,
                                                    const std::string& sessionId);

private:
    site::SiteStore& m_store;
};

} // namespace examroom::paper
