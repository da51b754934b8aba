#pragma once

#include "domain/ChoiceSet.h"
#include "paper/PaperManager.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom::store {
class Database;
}

namespace examroom::paper {

// Reading the paper tables of site.db; shared by the PaperManager's files. Each throws
// StoreError on a read failure and leaves nothing behind.

struct PaperRow
{
    std::string ticketNo;
    std::string reason;
    std::string switchedBy;
    std::int64_t switchedAt = 0;
    std::map<std::size_t, ChoiceSet> kioskAnswers;
    std::optional<std::string> sheet; // ScoreSheet JSON once scored
    bool countersigned = false;
};

struct EntryRow
{
    int entryNo = 1;
    std::string staff;
    std::vector<std::string> answers;
    std::string document;
    std::int64_t enteredAt = 0;
};

struct ResolutionRow
{
    std::string answer;
    std::string staff;
    std::string document;
};

std::optional<PaperRow> loadPaperRow(store::Database& db, const std::string& sessionId,
                                     const std::string& ticketNo);
std::vector<PaperRow> loadPaperRows(store::Database& db, const std::string& sessionId);
std::vector<EntryRow> loadEntries(store::Database& db, const std::string& sessionId,
                                  const std::string& ticketNo);
std::map<int, ResolutionRow> loadResolutions(store::Database& db, const std::string& sessionId,
                                             const std::string& ticketNo);

// The kiosk answers as stored ({"index": bits}) and back.
std::string kioskAnswersJson(const std::map<std::size_t, ChoiceSet>& answers);
std::map<std::size_t, ChoiceSet> kioskAnswersFromJson(const std::string& text);

// The items where two entries differ, with their resolutions.
std::vector<Difference> compareEntries(const EntryRow& first, const EntryRow& second,
                                       const std::map<int, ResolutionRow>& resolutions);

} // namespace examroom::paper
