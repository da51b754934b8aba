#include "ExamDaySteps.h"

#include "ConsoleManager.h"
#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "import/CentreFiles.h"
#include "import/Diagnostics.h"
#include "practical/PracticalManager.h"
#include "print/PracticalSheetPrinter.h"
#include "site/AccountManager.h"
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
        auto sheet = ScoreSheet::fromJson(stored.document.body);
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

PracticalOutcome runPractical(Invariants& inv, ConsoleManager& console, site::RoomLinkStore& links,
                              const fs::path& printDir, std::vector<std::string>& pdfs)
{
    PracticalOutcome out;
    practical::PracticalManager manager(console.store());
    auto& proctor = *console.person();
    const auto& files = console.plan()->files;
    // The console's plan loader leaves the rubric in the package's open files; it is read here
    // with the centre-file reader (file:line:column on an error).
    std::optional<PracticalRubric> fromPackage = files.rubric;
    if (!fromPackage && console.plan()->package && files.plan.practicalRubric) {
        const auto& open = console.plan()->package->openFiles;
        if (auto file = open.find(*files.plan.practicalRubric); file != open.end()) {
            Diagnostics diagnostics;
            fromPackage = readRubric(file->second, file->first, diagnostics);
        }
    }
    if (!fromPackage)
        throw std::runtime_error("the plan package carries no readable practical rubric");
    const PracticalRubric& rubric = *fromPackage;
    for (const auto& stored : links.sheets(console.sessionId()))
        inv.check(manager.recordKnowledgeSheet(proctor, stored.document).ok(),
                  "knowledge sheet " + stored.sheetId + " recorded for the practical");
    for (const char* name : kGraders)
        inv.check(console.accounts()
                      .createAccount(proctor, name, site::Role::Grader, kGraderPassword)
                      .ok(),
                  std::string("grader account ") + name);
    auto opened = manager.openSession(proctor, files.plan.planId, files.plan.site.siteId, rubric,
                                      files.roster);
    if (!opened)
        throw std::runtime_error("practical session refused: " + opened.outcome.why);
    const std::string sessionId = *opened.value;
    for (const char* name : kGraders)
        inv.check(manager.assignGrader(proctor, sessionId, name).ok(),
                  std::string("grader assigned: ") + name);

    std::vector<practical::PracticalCandidate> eligible;
    for (const auto& c : manager.candidates(sessionId))
        if (c.eligible)
            eligible.push_back(c);
    out.eligible = int(eligible.size());

    std::vector<print::PracticalSheetForm> forms;
    for (const auto& c : eligible) {
        inv.check(manager.drawTasks(proctor, sessionId, c.ticketNo).ok(),
                  "tasks drawn for " + c.ticketNo);
        print::PracticalSheetForm form;
        form.planName = files.plan.name;
        form.siteName = files.plan.site.name;
        form.operationItem = files.plan.operationItem.value_or("");
        form.examDate = "2027-03-10";
        form.ticketNo = c.ticketNo;
        form.name = c.name;
        form.idNo = c.idNo;
        form.attempt = c.attempt;
        form.passPoints = rubric.passPoints;
        for (const auto& draw : manager.draws(sessionId, c.ticketNo))
            for (const auto& subject : rubric.subjects)
                if (subject.code == draw.subjectCode)
                    form.subjects.push_back({subject, subject.tasks.at(std::size_t(draw.taskIndex)),
                                             draw.method == practical::DrawMethod::Lot});
        forms.push_back(std::move(form));
    }
    fs::create_directories(printDir);
    const auto formsPath = printDir / "practical-score-forms.pdf";
    const auto printed =
        print::PracticalSheetPrinter().print(QString::fromStdString(formsPath.string()), forms);
    if (inv.check(printed.ok, "the graders' practical score forms are printed"))
        pdfs.push_back(formsPath.string());

    std::vector<site::PersonSession> graders;
    for (const char* name : kGraders) {
        auto login = console.accounts().login(name, kGraderPassword);
        if (!login)
            throw std::runtime_error(std::string("grader login refused: ") + login.outcome.why);
        graders.push_back(std::move(*login.value));
    }
    // The last eligible candidate loses every point of K2 (both graders agree): a practical fail.
    for (std::size_t i = 0; i < eligible.size(); ++i) {
        const auto& c = eligible[i];
        const bool fails = i + 1 == eligible.size();
        for (const auto& draw : manager.draws(sessionId, c.ticketNo)) {
            const PracticalSubject* subject = nullptr;
            for (const auto& s : rubric.subjects)
                if (s.code == draw.subjectCode)
                    subject = &s;
            const auto& task = subject->tasks.at(std::size_t(draw.taskIndex));
            practical::MarkEntry entry;
            entry.rows.resize(task.rows.size());
            if (fails && subject->gradersRequired == 2)
                for (std::size_t r = 0; r < task.rows.size(); ++r)
                    entry.rows[r] = {task.rows[r].points, "操作错误"};
            else if (!task.rows.empty())
                entry.rows[0] = {1, "动作不够规范"};
            for (int g = 0; g < subject->gradersRequired; ++g) {
                auto marked = manager.submitMark(graders[std::size_t(g)], sessionId, c.ticketNo,
                                                 subject->code, entry);
                inv.check(marked.ok(), "mark of " + c.ticketNo + " " + subject->code + " by " +
                                           kGraders[g] + " " + marked.why);
            }
        }
        auto result = manager.result(sessionId, c.ticketNo);
        if (inv.check(result.ok(),
                      "practical result of " + c.ticketNo + " " + result.outcome.why)) {
            (result.value->passed ? out.passed : out.failed) += 1;
            inv.check(result.value->passed == !fails,
                      "practical pass/fail of " + c.ticketNo + " as marked");
        }
    }
    auto closed = manager.close(proctor, sessionId);
    if (inv.check(closed.ok(), "the practical session closes " + closed.outcome.why)) {
        out.sheets = int(closed.value->size());
        for (const auto& doc : *closed.value)
            inv.check(verifySignature(doc), "practical sheet " + doc.id + " is signed");
    }
    inv.check(out.sheets == out.eligible, "one practical sheet per eligible candidate");
    return out;
}

UploadOutcome uploadOutbox(Invariants& inv, ConsoleManager& console, site::RoomLinkStore& links,
                           CentreSide& centre, const fs::path& consoleDir,
                           const std::string& planId)
{
    UploadOutcome out;
    // The kiosks that signed sheets are enrolled with the centre first (the agent queues the
    // site-signed kiosk list ahead of the sheets).
    std::set<std::string> kioskKeys;
    for (const auto& stored : links.sheets(console.sessionId()))
        kioskKeys.insert(crypto::toHex(stored.document.signer));
    int k = 0;
    for (const auto& key : kioskKeys)
        centre.enrolKiosk("K" + std::to_string(++k), key);

    // So are the console's accounts, whose keys sign the plan confirmation, the session record
    // and the practical sheets (staff list, signed by the site).
    for (const auto& account : console.accounts().accounts())
        centre.enrolStaff(account.name, std::string(site::roleName(account.role)),
                          crypto::toHex(account.publicKey));

    const auto waiting = site::Outbox(console.store().database()).waiting();
    std::string lines;
    for (const auto& doc : waiting) {
        ++out.handed[doc.kind];
        lines += doc.toJson() + "\n";
    }
    const auto file = consoleDir / "outbox.jsonl";
    writeText(file, lines);
    centre.enqueue(file);
    inv.check(out.handed["knowledge-score-sheet"] == int(links.sheets(console.sessionId()).size()),
              "every knowledge sheet is in the console's outbox");

    auto synced = centre.agentSync(60);
    std::cout << "agent sync exit " << synced.exitCode << std::endl;
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
