#pragma once

#include "paper/PaperManager.h"

#include <optional>
#include <string_view>

namespace examroom::paper {

// Where the paper workflow of one candidate stands, and so what the console offers next.
enum class PaperStage {
    Switch,      // sitting at a kiosk: the proctor may switch the candidate to paper
    Print,       // on paper, nothing entered, not printed in this console run
    FirstEntry,  // printed (or the proctor has a printout): the first entry
    SecondEntry, // one entry in: the second, by another staff member
    Differences, // both entries in and some items still differ
    Score,       // both entries agree (or every difference is settled)
    Done,        // scored into a paper sheet
};

// `printed`: the paper was printed (or marked as printed) in this console run — printing is
// not stored, so a restarted console asks again before the first entry.
PaperStage paperStage(const std::optional<PaperStatus>& status, bool printed);

// The stage's name as the screens know it ("switch", "print", "first", …).
std::string_view stageName(PaperStage stage);

} // namespace examroom::paper
