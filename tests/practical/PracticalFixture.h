#pragma once

#include "../site/SiteTestSupport.h"
#include "documents/ScoreSheet.h"
#include "import/CentreFiles.h"
#include "import/Diagnostics.h"
#include "practical/PracticalManager.h"
#include "site/Outbox.h"

#include <fstream>
#include <sstream>

namespace examroom::test {

// The sample rubric (tests/data/rubric.json): K1 20 (1 grader), K2 40 (2 graders), K3 20, K4 20.
inline PracticalRubric sampleRubric()
{
    std::ifstream in(std::string(EXAMROOM_TEST_DATA_DIR) + "/rubric.json");
    std::stringstream text;
    text << in.rdbuf();
    Diagnostics diagnostics;
    auto rubric = readRubric(text.str(), "rubric.json", diagnostics);
    REQUIRE(rubric.has_value());
    return *rubric;
}

inline Candidate candidate(const std::string& ticket, const std::string& name,
                           const std::string& idNo, bool makeUp = false)
{
    Candidate c;
    c.ticketNo = ticket;
    c.name = name;
    c.id.number = idNo;
    c.makeUp = makeUp;
    return c;
}

// A mark with no deductions for `task`; deduct() takes points off one row.
inline practical::MarkEntry cleanMark(const PracticalTask& task)
{
    practical::MarkEntry entry;
    entry.rows.resize(task.rows.size());
    return entry;
}

// A site with a practical session of plan P1 over the sample rubric: candidates 001 (knowledge
// passed here), 002 (nothing recorded), 003 (knowledge passed, make-up attempt); graders g1, g2
// and the chief grader "chief" assigned; "outsider" a grader not assigned.
struct PracticalFixture : SiteFixture
{
    site::PersonSession proctor = person("proctor", site::Role::Proctor);
    site::PersonSession g1 = person("g1", site::Role::Grader);
    site::PersonSession g2 = person("g2", site::Role::Grader);
    site::PersonSession chief = person("chief", site::Role::Grader);
    site::PersonSession outsider = person("outsider", site::Role::Grader);
    crypto::SigningKeyPair kioskKey = crypto::SigningKeyPair::generate();
    practical::PracticalManager manager{*store};
    PracticalRubric rubric = sampleRubric();
    std::string sessionId = openSession();

    SignedDocument knowledgeSheet(const std::string& ticket, const std::string& idNo, bool passed,
                                  int attempt = 1)
    {
        ScoreSheet sheet;
        sheet.sheetId = "P0/" + ticket + "/" + std::to_string(attempt);
        sheet.planId = "P0";
        sheet.ticketNo = ticket;
        sheet.name = "n";
        sheet.idNo = idNo;
        sheet.attempt = attempt;
        sheet.answers.push_back({"Q1", "A", passed ? 180 : 100, true});
        sheet.scoreHalfPoints = passed ? 180 : 100;
        sheet.passed = passed;
        return sheet.sign(kioskKey);
    }

    std::string openSession()
    {
        REQUIRE(manager.recordKnowledgeSheet(proctor, knowledgeSheet("K001", "ID001", true)).ok());
        REQUIRE(manager.recordKnowledgeSheet(proctor, knowledgeSheet("K003", "ID003", true)).ok());
        auto opened =
            manager.openSession(proctor, "P1", "SITE-01", rubric,
                                {candidate("001", "甲", "ID001"), candidate("002", "乙", "ID002"),
                                 candidate("003", "丙", "ID003", true)});
        REQUIRE(opened.ok());
        for (const auto* name : {"g1", "g2"})
            REQUIRE(manager.assignGrader(proctor, *opened.value, name).ok());
        REQUIRE(manager.assignGrader(proctor, *opened.value, "chief", true).ok());
        return *opened.value;
    }

    // The task drawn for `subject` (index into the rubric) of `ticket`.
    const PracticalTask& drawnTask(const std::string& ticket, std::size_t subject)
    {
        for (const auto& draw : manager.draws(sessionId, ticket))
            if (draw.subjectCode == rubric.subjects[subject].code)
                return rubric.subjects[subject].tasks[std::size_t(draw.taskIndex)];
        FAIL("no draw");
        throw std::logic_error("unreachable");
    }

    // Marks every subject of `ticket` with `deduct` points off the first row (two graders
    // where the rubric asks for two).
    void markAll(const std::string& ticket, int deduct = 0)
    {
        for (std::size_t i = 0; i < rubric.subjects.size(); ++i) {
            auto entry = cleanMark(drawnTask(ticket, i));
            entry.rows[0].deducted = deduct;
            const auto& code = rubric.subjects[i].code;
            REQUIRE(manager.submitMark(g1, sessionId, ticket, code, entry).ok());
            if (rubric.subjects[i].gradersRequired == 2)
                REQUIRE(manager.submitMark(g2, sessionId, ticket, code, entry).ok());
        }
    }

    int outboxCount() { return int(site::Outbox(store->database()).waiting().size()); }
};

} // namespace examroom::test
