#pragma once

// A started session of the sample plan for the paper fallback (纸质试卷), shared by the paper
// tests and the centre's tests of paper sheets.
#include "../site/SiteTestSupport.h"
#include "documents/ScoreSheet.h"
#include "domain/Paper.h"
#include "exam/AnswerPayload.h"
#include "import/CentreFiles.h"
#include "paper/PaperManager.h"
#include "site/CloseManager.h"
#include "site/RoomLinkStore.h"
#include "site/RoomManager.h"
#include "site/SessionManager.h"
#include "site/StartManager.h"

#include <algorithm>

namespace examroom::test {

// Room R1 of 6 seats, 4 sample candidates checked in and started; proctors "li" and
// "wang" logged in; the exam context a console holds once the bank is open.
struct PaperFixture : SiteFixture
{
    // The session holds sample candidates first … first+3 (ticket(0) is the first of them).
    explicit PaperFixture(int firstCandidate = 0) : first(firstCandidate) {}

    int first = 0;
    CentreFiles files = load();
    site::PersonSession li = person("li", site::Role::Proctor);
    site::PersonSession wang = person("wang", site::Role::Proctor);
    site::PersonSession grader = person("zhao", site::Role::Grader);
    site::SessionManager sessions{*store};
    site::StartManager starts{*store};
    paper::PaperManager paper{*store};
    ExamContext context;
    std::string sessionId = setUp();

    CentreFiles load()
    {
        auto imported = importCentreFiles(test::sampleDataDir(), clock);
        REQUIRE(imported.files);
        // The centre's tests enrol the site as SZ-01: the sheets must name it.
        imported.files->plan.site.siteId = "SZ-01";
        return std::move(*imported.files);
    }

    std::string setUp()
    {
        site::RoomManager room(*store);
        REQUIRE(room.addSeats(li, "R1", 6).ok());
        for (int seat = 1; seat <= 6; ++seat) {
            REQUIRE(room.pairKiosk(li, "R1", seat, "KIOSK-" + std::to_string(seat)).ok());
            REQUIRE(
                room.recordCheck(li, "R1", seat, {1920, 1080, 9000, 0, "0.1.0", true}, {}).ok());
        }
        std::vector<Candidate> roster(files.roster.begin() + first,
                                      files.roster.begin() + first + 4);
        auto opened = sessions.openSession(li, files.plan, "R1", roster);
        REQUIRE(opened.ok());
        REQUIRE(sessions.assignSeats(li, *opened.value, site::AssignmentMode::TicketOrder, 2).ok());
        for (const auto& c : roster)
            REQUIRE(sessions.checkIn(li, *opened.value, c.ticketNo).ok());
        clock.set(at("2027-03-08T08:00:00+08:00"));
        REQUIRE(accounts.unlock(li, "li-password").ok());
        REQUIRE(accounts.unlock(wang, "wang-password").ok());
        REQUIRE(accounts.unlock(grader, "zhao-password").ok());
        REQUIRE(accounts.unlock(admin, "admin-password").ok());
        REQUIRE(starts
                    .start(li, *opened.value, "PASSWORD",
                           [](std::string_view) { return crypto::SecretBytes::random(32); })
                    .ok());
        context.plan = files.plan;
        context.roster = files.roster;
        context.bank = files.bank;
        context.roomId = "R1";
        return *opened.value;
    }

    const std::string& ticket(int i) const { return files.roster[std::size_t(first + i)].ticketNo; }

    // What the kiosk mirrored: answers (item index, displayed bits; 0 clears) in order.
    void mirror(const std::string& ticketNo, const std::vector<std::pair<int, int>>& answers)
    {
        const std::string attempt = files.plan.planId + "/" + ticketNo + "/1";
        std::vector<JournalEntry> entries;
        crypto::ByteVector prev(32, 0);
        int seq = 0;
        for (auto [index, bits] : answers) {
            JournalEntry e;
            e.attempt = attempt;
            e.seq = ++seq;
            e.kind = "answer";
            e.payload = answerPayload(std::size_t(index), ChoiceSet::fromBits(std::uint8_t(bits)));
            e.monoMs = seq * 1000;
            e.bootId = "boot";
            e.prevHash = prev;
            e.hash = journalEntryHash(e);
            prev = e.hash;
            entries.push_back(e);
        }
        site::RoomLinkStore(store->database()).appendMirror(attempt, "KIOSK-1", entries);
    }

    // The key of every item as typed letters: a full-marks entry.
    std::vector<std::string> keyLetters(const Paper& p) const
    {
        std::vector<std::string> out;
        for (const auto& item : p.items)
            out.push_back(item.key.letters());
        return out;
    }

    // The whole room on paper, every candidate entered by li and wang with the key (ticket 0:
    // wang types another answer on item 2 and li settles it at the key), scored, the session
    // closed and the sheets countersigned by li: what goes to the outbox, ticket 0 first.
    std::vector<SignedDocument> countersignedPaperSheets()
    {
        REQUIRE(paper.switchSession(li, sessionId, "考场断电").ok());
        for (int i = 0; i < 4; ++i) {
            const Paper p = *paper.paper(sessionId, ticket(i), context).value;
            auto typed = keyLetters(p);
            REQUIRE(paper.enter(li, sessionId, ticket(i), context, typed).ok());
            if (i == 0)
                typed[1] = typed[1] == "A" ? "B" : "A";
            REQUIRE(paper.enter(wang, sessionId, ticket(i), context, typed).ok());
            if (i == 0)
                REQUIRE(paper
                            .resolve(li, sessionId, ticket(i), context, 1, keyLetters(p)[1],
                                     "核对试卷原件")
                            .ok());
            auto scored = paper.score(li, sessionId, ticket(i), context);
            REQUIRE_MESSAGE(scored.ok(), scored.outcome.why);
        }
        REQUIRE(site::CloseManager(*store).close(li, sessionId, "").ok());
        auto signedSheets = paper.countersign(li, sessionId);
        REQUIRE(signedSheets.ok());
        REQUIRE(signedSheets.value->size() == 4);
        std::vector<SignedDocument> out = *signedSheets.value;
        std::stable_partition(out.begin(), out.end(), [&](const SignedDocument& d) {
            return d.id.find(ticket(0)) != std::string::npos;
        });
        return out;
    }

    int auditCount(const std::string& action)
    {
        int n = 0;
        for (const auto& e : store->audit().entries())
            n += e.action == action ? 1 : 0;
        return n;
    }

    int tableRows(const std::string& table)
    {
        auto count = store->database().prepare("SELECT count(*) FROM " + table);
        count.step();
        return int(count.columnInt64(0));
    }
};

} // namespace examroom::test
