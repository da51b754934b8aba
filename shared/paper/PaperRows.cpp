#include "paper/PaperRows.h"

#include "store/Database.h"

#include <nlohmann/json.hpp>

namespace examroom::paper {
namespace {

constexpr const char* kPaperColumns =
    "SELECT ticket_no, reason, switched_by, switched_at, kiosk_answers, sheet, document "
    "FROM paper_candidates WHERE session_id = ? ";

PaperRow readPaperRow(store::Statement& s)
{
    PaperRow row;
    row.ticketNo = s.columnText(0);
    row.reason = s.columnText(1);
    row.switchedBy = s.columnText(2);
    row.switchedAt = s.columnInt64(3);
    row.kioskAnswers = kioskAnswersFromJson(s.columnText(4));
    if (!s.isNull(5))
        row.sheet = s.columnText(5);
    row.countersigned = !s.isNull(6);
    return row;
}

} // namespace

std::optional<PaperRow> loadPaperRow(store::Database& db, const std::string& sessionId,
                                     const std::string& ticketNo)
{
    auto read = db.prepare(std::string(kPaperColumns) + "AND ticket_no = ?");
    read.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    if (!read.step())
        return std::nullopt;
    return readPaperRow(read);
}

std::vector<PaperRow> loadPaperRows(store::Database& db, const std::string& sessionId)
{
    auto read = db.prepare(std::string(kPaperColumns) + "ORDER BY switched_at, ticket_no");
    read.bind(1, std::string_view(sessionId));
    std::vector<PaperRow> rows;
    while (read.step())
        rows.push_back(readPaperRow(read));
    return rows;
}

std::vector<EntryRow> loadEntries(store::Database& db, const std::string& sessionId,
                                  const std::string& ticketNo)
{
    auto read = db.prepare("SELECT entry_no, staff, answers, document, entered_at FROM "
                           "paper_entries WHERE session_id = ? AND ticket_no = ? ORDER BY "
                           "entry_no");
    read.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    std::vector<EntryRow> rows;
    while (read.step())
        rows.push_back({int(read.columnInt64(0)), read.columnText(1),
                        nlohmann::json::parse(read.columnText(2)).get<std::vector<std::string>>(),
                        read.columnText(3), read.columnInt64(4)});
    return rows;
}

std::map<int, ResolutionRow> loadResolutions(store::Database& db, const std::string& sessionId,
                                             const std::string& ticketNo)
{
    auto read = db.prepare("SELECT item, answer, staff, document FROM paper_resolutions WHERE "
                           "session_id = ? AND ticket_no = ? ORDER BY item");
    read.bind(1, std::string_view(sessionId)).bind(2, std::string_view(ticketNo));
    std::map<int, ResolutionRow> rows;
    while (read.step())
        rows[int(read.columnInt64(0))] = {read.columnText(1), read.columnText(2),
                                          read.columnText(3)};
    return rows;
}

std::string kioskAnswersJson(const std::map<std::size_t, ChoiceSet>& answers)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [index, choice] : answers)
        out[std::to_string(index)] = choice.bits();
    return out.dump();
}

std::map<std::size_t, ChoiceSet> kioskAnswersFromJson(const std::string& text)
{
    std::map<std::size_t, ChoiceSet> answers;
    const auto stored = nlohmann::json::parse(text); // named: items() must not outlive it
    for (const auto& [index, bits] : stored.items())
        answers[std::stoul(index)] = ChoiceSet::fromBits(bits.get<std::uint8_t>());
    return answers;
}

std::vector<Difference> compareEntries(const EntryRow& first, const EntryRow& second,
                                       const std::map<int, ResolutionRow>& resolutions)
{
    std::vector<Difference> out;
    for (std::size_t i = 0; i < first.answers.size() && i < second.answers.size(); ++i) {
        if (first.answers[i] == second.answers[i])
            continue;
        Difference d{int(i), first.answers[i], second.answers[i], std::nullopt, {}};
        if (auto r = resolutions.find(int(i)); r != resolutions.end()) {
            d.resolved = r->second.answer;
            d.resolvedBy = r->second.staff;
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace examroom::paper
