#include "ExamDaySteps.h"

#include "ConsoleController.h"
#include "ConsoleManager.h"
#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "practical/PracticalManager.h"
#include "site/AccountManager.h"
#include "site/AgentLink.h"
#include "site/Outbox.h"
#include "site/Role.h"
#include "site/RoomLinkStore.h"

#include <iomanip>
#include <set>
#include <sstream>

namespace examroom::demo {

namespace fs = std::filesystem;

KnowledgeOutcome checkKnowledge(Invariants& inv, site::RoomLinkStore& links,
                                const std::string& sessionId, const DayRoles& roles,
                                const std::map<int, std::string>& ticketAt, KioskFleet& fleet,
                                int examMinutes)
{
    KnowledgeOutcome out;
    std::map<std::string, int> seatOf;
    for (const auto& [seat, ticket] : ticketAt)
        seatOf[ticket] = seat;
    std::map<std::string, std::string> mirrorHead;
    for (const auto& mirror : links.mirrors())
        if (!mirror.entries.empty())
            mirrorHead[mirror.attempt] = crypto::toHex(mirror.entries.back().hash);

    for (const auto& stored : links.sheets(sessionId)) {
        ++out.sheets;
        const std::string who = "sheet " + stored.sheetId;
        inv.check(verifySignature(stored.document), who + ": the kiosk's signature verifies");
        auto sheet = ScoreSheet::fromBody(stored.document.body);
        if (!inv.check(sheet.has_value(), who + ": parses"))
            continue;
        const int seat = seatOf.count(sheet->ticketNo) ? seatOf[sheet->ticketNo] : 0;
        const bool expectedPass = roles.passes.count(seat) > 0;
        const int expectedPoints = roles.points.count(seat) ? roles.points.at(seat) : -1;
        inv.check(sheet->scoreHalfPoints == expectedPoints * 2,
                  who + ": score " + std::to_string(sheet->scoreHalfPoints / 2) + " is the " +
                      std::to_string(expectedPoints) + " its answers earn");
        inv.check(sheet->passed == expectedPass, who + ": pass/fail as expected");
        (sheet->passed ? out.passed : out.failed) += 1;
        const bool timeUp = seat == roles.timeUpPass || seat == roles.timeUpFail;
        out.timeUp += sheet->submitReason == SubmitReason::TimeUp ? 1 : 0;
        inv.check((sheet->submitReason == SubmitReason::TimeUp) == timeUp,
                  who + ": submitted by " + std::string(label(sheet->submitReason)) +
                      (timeUp ? " (time-up expected)" : " (the candidate's 交卷 expected)"));
        inv.check(mirrorHead[sheet->sheetId] == sheet->journalHeadHash,
                  who + ": the console's mirror ends where the signed journal ends (no "
                        "acknowledged answer lost)");
        if (seat == roles.killed)
            inv.check(sheet->seatNo == roles.spare,
                      who + ": the moved candidate's sheet comes from the spare seat");
    }
    inv.check(fleet.output(roles.spare).find("kiosk: answers A,B,-") != std::string::npos,
              "the spare kiosk restored the moved candidate's answers from the console's mirror");
    const auto remaining = lineAfter(fleet.output(roles.extended), "kiosk: remaining ");
    inv.check(!remaining.empty() && std::stoll(remaining) > examMinutes * 60LL * 1000,
              "the extended kiosk shows more time left than the whole exam had (" + remaining +
                  " ms)");
    inv.check(out.timeUp == 2, "two papers submitted by the time-up");
    return out;
}

namespace {

const char* kGraders[] = {"grader-li", "grader-wang"};
const char* kGraderPassword = "grader-pass-2027";

} // namespace

PracticalOutcome runPractical(Invariants& inv, ConsoleController& console, ConsoleManager& m,
                              const QString& adminPassword, std::vector<std::string>& printed)
{
    PracticalOutcome out;
    PracticalController& practical = *console.practical();
    // The console's 实操 screen: the session (the knowledge sheets received are recorded for
    // eligibility first), two graders, the system draw, the paper forms.
    inv.check(practical.openSession(practical::PracticalManager::defaultMaxDifference),
              "the practical session opens with the package's rubric");
    for (const char* name : kGraders) {
        const QString n = QString::fromLatin1(name), pw = QString::fromLatin1(kGraderPassword);
        inv.check(practical.createGrader(n, pw, pw) && practical.assignGrader(n, false),
                  std::string("grader account made and assigned: ") + name);
    }
    std::vector<std::string> eligible;
    for (const QVariant& v : practical.candidates()) {
        const auto c = v.toMap();
        if (c.value(QStringLiteral("eligible")).toBool())
            eligible.push_back(c.value(QStringLiteral("ticketNo")).toString().toStdString());
    }
    out.eligible = int(eligible.size());
    inv.check(practical.drawAll(),
              "the system draws a task per subject for every eligible candidate");
    inv.check(practical.printSheets(), "the graders' practical score forms are printed");
    printed.push_back("practical sheets");

    // Each grader logs in (the console shows the grader's screen alone) and marks every
    // subject still waiting for them; the last eligible candidate loses all of K2.
    for (const char* name : kGraders) {
        console.logout();
        inv.check(console.login(QString::fromLatin1(name), QString::fromLatin1(kGraderPassword)),
                  std::string("grader logs in: ") + name);
        GradingController& grading = *console.grading();
        for (std::size_t i = 0; i < eligible.size(); ++i) {
            const QString ticket = QString::fromStdString(eligible[i]);
            const bool fails = i + 1 == eligible.size();
            if (!grading.selectCandidate(ticket))
                continue; // nothing left for this grader
            for (const QVariant& v : grading.subjects()) {
                const auto subject = v.toMap();
                const QString code = subject.value(QStringLiteral("code")).toString();
                if (subject.value(QStringLiteral("state")).toString() != QLatin1String("waiting") ||
                    subject.value(QStringLiteral("markedByMe")).toBool())
                    continue;
                inv.check(grading.selectSubject(code), "subject " + code.toStdString());
                const auto rows = grading.rows();
                for (int r = 0; r < rows.size(); ++r) {
                    const int points = rows[r].toMap().value(QStringLiteral("points")).toInt();
                    if (fails && subject.value(QStringLiteral("graders")).toInt() == 2)
                        grading.setDeduction(r, points);
                    else if (r == 0)
                        grading.setDeduction(r, 1);
                }
                inv.check(grading.submit(), std::string(name) + " marks " + eligible[i] + " " +
                                                code.toStdString() + " (" +
                                                grading.message().toStdString() + ")");
            }
        }
    }
    console.logout();
    inv.check(console.login(QStringLiteral("admin"), adminPassword), "the proctor logs in again");

    for (std::size_t i = 0; i < eligible.size(); ++i) {
        auto result = m.practical().result(m.practicalSessionId(), eligible[i]);
        if (inv.check(result.ok(),
                      "practical result of " + eligible[i] + " " + result.outcome.why)) {
            (result.value->passed ? out.passed : out.failed) += 1;
            inv.check(result.value->passed == (i + 1 != eligible.size()),
                      "practical pass/fail of " + eligible[i] + " as marked");
        }
    }
    const int before = practical.outboxCount();
    inv.check(practical.close(), "the practical session is closed and countersigned");
    out.sheets = practical.outboxCount() - before;
    inv.check(out.sheets == out.eligible,
              "one practical sheet per eligible candidate in the outbox");
    return out;
}

UploadOutcome uploadOutbox(Invariants& inv, ConsoleManager& console, site::RoomLinkStore& links,
                           CentreSide& centre, site::AgentLink& link, std::chrono::sys_seconds now,
                           const std::string& planId)
{
    UploadOutcome out;
    // The site vouches for the kiosks that signed sheets and for the console's accounts, whose
    // keys sign the plan confirmation, the session record and the practical sheets: the agent
    // signs each list with the site key and queues it ahead of the documents.
    std::map<std::string, crypto::SigningPublicKey> kioskKeys;
    for (const auto& stored : links.sheets(console.sessionId()))
        kioskKeys.emplace(crypto::toHex(stored.document.signer), stored.document.signer);
    std::vector<site::VouchedKey> kiosks;
    for (const auto& [hex, key] : kioskKeys)
        kiosks.push_back({"K" + std::to_string(kiosks.size() + 1), "kiosk", key});
    std::string error;
    inv.check(link.vouchFor("kiosk-list", kiosks, &error),
              "the site vouches for the kiosks that signed sheets " + error);
    inv.check(link.vouchFor("staff-list", site::staffKeys(console.accounts().accounts()), &error),
              "the site vouches for the console's accounts " + error);

    site::Outbox outbox(console.store().database());
    const auto waiting = outbox.waiting();
    for (const auto& doc : waiting)
        ++out.handed[doc.kind];
    inv.check(out.handed["knowledge-score-sheet"] == int(links.sheets(console.sessionId()).size()),
              "every knowledge sheet is in the console's outbox");
    const auto report = link.handOff(outbox, now);
    for (const auto& problem : report.problems)
        std::cout << "  hand-off: " << problem << "\n";
    inv.check(report.handedOff == int(waiting.size()) && report.waiting == 0,
              "the console hands every outbox document to the agent over the console link (" +
                  std::to_string(report.handedOff) + " of " + std::to_string(waiting.size()) + ")");

    auto synced = centre.syncNow();
    std::cout << "agent sync-now exit " << synced.exitCode << std::endl;
    inv.check(synced.exitCode == 0, "the agent uploads at once on request (sync-now)");
    centre.stopAgent();
    const auto status = centre.agentStatus();
    std::istringstream in(status);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("queued ", 0) == 0)
            out.queued = std::stoi(line.substr(7));
        else if (line.rfind("receipts ", 0) == 0)
            out.receipts = std::stoi(line.substr(9));
        else if (line.rfind("rejected  ", 0) == 0 || line.rfind("failed  ", 0) == 0)
            out.rejections.push_back(line);
    }
    std::istringstream hub(centre.hubStatus());
    for (std::string kind, state; hub >> kind >> state;) {
        int count = 0;
        hub >> count;
        if (kind != "conflicts")
            out.atHub[kind] += count;
        else
            inv.check(state == "0", "the hub recorded no conflicting document");
    }
    const auto results = centre.hubResults(planId);
    std::cout << "$ center-sync hub results " << planId << "\n" << results;
    out.resultRows = std::stoi(results);

    int stored = 0;
    for (const auto& [kind, count] : out.atHub)
        stored += count;
    inv.check(out.receipts == stored,
              "every document the hub stored has its signed receipt checked at the agent");
    inv.check(out.queued == 0 || !out.rejections.empty(),
              "nothing is left queued at the agent without a reason");
    inv.check(out.atHub["knowledge-score-sheet"] == out.handed["knowledge-score-sheet"],
              "every knowledge sheet reaches the hub exactly once");
    inv.check(out.resultRows == out.handed["knowledge-score-sheet"],
              "the hub lists one result per knowledge sheet");
    for (const auto& [kind, count] : out.handed)
        inv.check(out.atHub[kind] == count, "every " + kind + " handed to the agent (" +
                                                std::to_string(count) +
                                                ") is stored at the hub exactly once");
    inv.check(out.rejections.empty(), "the hub refuses nothing the site sent");
    int knowledgeRejected = 0;
    for (const auto& r : out.rejections)
        knowledgeRejected += r.find("knowledge-score-sheet") != std::string::npos;
    inv.check(knowledgeRejected == 0, "no knowledge sheet is refused by the hub");
    for (const auto& doc : waiting)
        if (doc.kind == "knowledge-score-sheet")
            inv.check(results.find(doc.id.substr(doc.id.find('/') + 1,
                                                 doc.id.rfind('/') - doc.id.find('/') - 1)) !=
                          std::string::npos,
                      "the hub lists " + doc.id);
    return out;
}

void printSummary(std::ostream& out, int candidates, const KnowledgeOutcome& knowledge,
                  const PracticalOutcome& practical, const UploadOutcome& upload)
{
    auto row = [&](const std::string& what, const std::string& value) {
        out << "  " << std::left << std::setw(44) << what << value << "\n";
    };
    auto at = [](const std::map<std::string, int>& m, const char* kind) {
        auto it = m.find(kind);
        return std::to_string(it == m.end() ? 0 : it->second);
    };
    row("candidates", std::to_string(candidates));
    row("present / absent",
        std::to_string(knowledge.sheets) + " / " + std::to_string(candidates - knowledge.sheets));
    row("knowledge passed / failed", std::to_string(knowledge.passed) + " / " +
                                         std::to_string(knowledge.failed) + "   (" +
                                         std::to_string(knowledge.timeUp) + " by time-up)");
    row("practical marked / passed / failed", std::to_string(practical.eligible) + " / " +
                                                  std::to_string(practical.passed) + " / " +
                                                  std::to_string(practical.failed));
    row("knowledge sheets to agent / at hub", at(upload.handed, "knowledge-score-sheet") + " / " +
                                                  at(upload.atHub, "knowledge-score-sheet"));
    row("practical sheets to agent / at hub", at(upload.handed, "practical-score-sheet") + " / " +
                                                  at(upload.atHub, "practical-score-sheet"));
    row("session record, plan confirmation at hub",
        at(upload.atHub, "session-record") + ", " + at(upload.atHub, "plan-confirmation"));
    row("receipts checked at the agent",
        std::to_string(upload.receipts) + " (every stored document, kiosk lists included)");
    row("still queued at the agent", std::to_string(upload.queued));
    if (!upload.rejections.empty())
        out << "  refused by this hub (" << upload.rejections.size()
            << "), each with its reason:\n";
    for (const auto& r : upload.rejections)
        out << "    " << r << "\n";
}

} // namespace examroom::demo
