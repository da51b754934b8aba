// The paper drawn again, the two independent entries, and settling their differences.

#include "domain/PaperDraw.h"
#include "paper/AnswerLetters.h"
#include "paper/PaperManager.h"
#include "paper/PaperRecords.h"
#include "paper/PaperRows.h"
#include "site/PersonSession.h"
#include "site/SessionRows.h"
#include "site/SiteStore.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace examroom::paper {
namespace {

using site::Refusal;

std::string isoNow(const site::SiteStore& store, const ExamContext& context)
{
    return OffsetTime{store.clock().now(), context.plan.knowledgeExam.start.offset}.toIso();
}

std::string itemList(const std::vector<int>& numbers)
{
    std::string out;
    for (int n : numbers)
        out += (out.empty() ? "" : "、") + std::to_string(n);
    return out;
}

} // namespace

Result<Paper> PaperManager::paper(const std::string& sessionId, const std::string& ticketNo,
                                  const ExamContext& context)
{
    using R = Result<Paper>;
    auto& db = m_store.database();
    auto session = site::loadSession(db, sessionId);
    if (!session)
        return R::refused(Outcome::refused(Refusal::NotFound, "no session " + sessionId));
    if (session->planId != context.plan.planId)
        return R::refused(Outcome::refused(Refusal::InvalidInput,
                                           "the bank given is of plan " + context.plan.planId +
                                               ", the session's is " + session->planId));
    if (!loadPaperRow(db, sessionId, ticketNo))
        return R::refused(
            Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 未改用纸质试卷"));
    auto candidate = site::loadCandidate(db, sessionId, ticketNo);
    PaperSeed seed{};
    if (!candidate || candidate->paperSeed.size() != seed.size())
        return R::refused(Outcome::refused(Refusal::WrongState, "no paper seed for " + ticketNo));
    std::copy(candidate->paperSeed.begin(), candidate->paperSeed.end(), seed.begin());
    return R::success(drawPaper(context.bank, context.plan.blueprint, seed));
}

Outcome PaperManager::enter(site::PersonSession& person, const std::string& sessionId,
                            const std::string& ticketNo, const ExamContext& context,
                            const std::vector<std::string>& answers)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    auto drawn = paper(sessionId, ticketNo, context);
    if (!drawn)
        return drawn.outcome;
    const Paper& p = *drawn.value;
    auto& db = m_store.database();
    auto row = loadPaperRow(db, sessionId, ticketNo);
    if (row->sheet)
        return Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 的纸质试卷已评分");
    const auto entries = loadEntries(db, sessionId, ticketNo);
    if (entries.size() >= 2)
        return Outcome::refused(Refusal::WrongState, "两次录入均已完成，不能再录入");
    if (!entries.empty() && entries.front().staff == person.name())
        return Outcome::refused(Refusal::NotPermitted, "第二次录入须由另一名工作人员完成（" +
                                                           person.name() + " 已完成第一次录入）");
    if (answers.size() != p.items.size())
        return Outcome::refused(Refusal::InvalidInput, "录入了 " + std::to_string(answers.size()) +
                                                           " 题，试卷有 " +
                                                           std::to_string(p.items.size()) + " 题");
    std::vector<std::string> letters(p.items.size());
    std::string problems;
    std::vector<int> keptButAnswered;
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        LettersProblem problem;
        auto choice = readLetters(p.items[i], answers[i], &problem);
        if (!choice) {
            problems += (problems.empty() ? "" : "；") + std::string("第 ") +
                        std::to_string(i + 1) + " 题：" + describe(problem);
            continue;
        }
        if (row->kioskAnswers.count(i) && !choice->empty())
            keptButAnswered.push_back(int(i + 1));
        letters[i] = choice->letters();
    }
    if (!problems.empty())
        return Outcome::refused(Refusal::InvalidInput, problems);
    if (!keptButAnswered.empty())
        return Outcome::refused(Refusal::InvalidInput,
                                "第 " + itemList(keptButAnswered) +
                                    " 题已在考位上作答（保留机考答案），纸质录入须留空");

    PaperEntry entry;
    entry.sessionId = sessionId;
    entry.ticketNo = ticketNo;
    entry.entryNo = int(entries.size()) + 1;
    entry.staff = person.name();
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        const auto& item = p.items[i];
        entry.questionIds.push_back(item.questionId);
        std::string printed;
        for (int bankIndex : item.optionOrder)
            printed.push_back(char('A' + bankIndex));
        entry.printed.push_back(std::move(printed));
        if (auto kept = row->kioskAnswers.find(i); kept != row->kioskAnswers.end())
            entry.kept[int(i + 1)] = toBankChoices(item, kept->second).letters();
    }
    entry.answers = letters;
    entry.enteredAt = isoNow(m_store, context);
    const auto document = entry.sign(person.key());

    store::Transaction tx(db);
    auto insert = db.prepare("INSERT INTO paper_entries (session_id, ticket_no, entry_no, staff, "
                             "answers, document, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, entry.entryNo)
        .bind(4, std::string_view(person.name()))
        .bind(5, std::string_view(nlohmann::json(letters).dump()))
        .bind(6, std::string_view(document.toJson()))
        .bind(7, site::unixSeconds(m_store.clock().now()));
    insert.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "paper-entry", ticketNo, "",
                                 nlohmann::json{{"session", sessionId},
                                                {"entry", entry.entryNo},
                                                {"document", document.contentHash()}}
                                     .dump());
    tx.commit();
    return Outcome::success();
}

Result<std::vector<Difference>> PaperManager::differences(const std::string& sessionId,
                                                          const std::string& ticketNo)
{
    using R = Result<std::vector<Difference>>;
    auto& db = m_store.database();
    if (!loadPaperRow(db, sessionId, ticketNo))
        return R::refused(
            Outcome::refused(Refusal::WrongState, "考生 " + ticketNo + " 未改用纸质试卷"));
    auto entries = loadEntries(db, sessionId, ticketNo);
    if (entries.size() != 2)
        return R::refused(Outcome::refused(Refusal::WrongState, "两次录入完成后才能比对"));
    return R::success(
        compareEntries(entries[0], entries[1], loadResolutions(db, sessionId, ticketNo)));
}

Outcome PaperManager::resolve(site::PersonSession& person, const std::string& sessionId,
                              const std::string& ticketNo, const ExamContext& context, int item,
                              const std::string& answer, const std::string& reason)
{
    if (auto gate = m_store.admit(person); !gate)
        return gate;
    if (reason.empty())
        return Outcome::refused(Refusal::NeedsReason, "请填写原因（例如：核对试卷原件）");
    auto diffs = differences(sessionId, ticketNo);
    if (!diffs)
        return diffs.outcome;
    auto it = std::find_if(diffs.value->begin(), diffs.value->end(),
                           [&](const Difference& d) { return d.item == item; });
    if (it == diffs.value->end())
        return Outcome::refused(Refusal::InvalidInput,
                                "第 " + std::to_string(item + 1) + " 题两次录入一致，无需核对");
    if (it->resolved)
        return Outcome::refused(Refusal::WrongState, "第 " + std::to_string(item + 1) +
                                                         " 题已核对为 “" + *it->resolved + "”");
    auto drawn = paper(sessionId, ticketNo, context);
    if (!drawn)
        return drawn.outcome;
    LettersProblem problem;
    auto choice = readLetters(drawn.value->items.at(std::size_t(item)), answer, &problem);
    if (!choice)
        return Outcome::refused(Refusal::InvalidInput,
                                "第 " + std::to_string(item + 1) + " 题：" + describe(problem));
    PaperResolution resolution;
    resolution.sessionId = sessionId;
    resolution.ticketNo = ticketNo;
    resolution.item = item;
    resolution.questionId = drawn.value->items[std::size_t(item)].questionId;
    resolution.answer = choice->letters();
    resolution.staff = person.name();
    resolution.reason = reason;
    resolution.resolvedAt = isoNow(m_store, context);
    const auto document = resolution.sign(person.key());

    auto& db = m_store.database();
    store::Transaction tx(db);
    auto insert =
        db.prepare("INSERT INTO paper_resolutions (session_id, ticket_no, item, answer, "
                   "staff, reason, document, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string_view(sessionId))
        .bind(2, std::string_view(ticketNo))
        .bind(3, item)
        .bind(4, std::string_view(resolution.answer))
        .bind(5, std::string_view(person.name()))
        .bind(6, std::string_view(reason))
        .bind(7, std::string_view(document.toJson()))
        .bind(8, site::unixSeconds(m_store.clock().now()));
    insert.execute();
    m_store.audit().appendWithin(person.name(), person.key(), "paper-resolve", ticketNo, reason,
                                 nlohmann::json{{"session", sessionId},
                                                {"item", item + 1},
                                                {"document", document.contentHash()}}
                                     .dump());
    tx.commit();
    return Outcome::success();
}

} // namespace examroom::paper
