#include "GradingScene.h"

#include "import/CentreFiles.h"
#include "import/Diagnostics.h"
#include "util/IsoTime.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace examroom::test {
namespace {

void require(bool ok, const std::string& what)
{
    if (!ok)
        throw std::runtime_error("grading scene: " + what);
}

PracticalRubric sampleRubric()
{
    std::ifstream in(std::string(EXAMROOM_TEST_DATA_DIR) + "/rubric.json");
    std::stringstream text;
    text << in.rdbuf();
    Diagnostics diagnostics;
    auto rubric = readRubric(text.str(), "rubric.json", diagnostics);
    require(rubric.has_value(), "the sample rubric does not read");
    return *rubric;
}

Candidate person(const char* ticket, const char* name, const char* idNo)
{
    Candidate c;
    c.ticketNo = ticket;
    c.name = name;
    c.id.number = idNo;
    return c;
}

} // namespace

GradingScene::GradingScene()
    : m_clock(parseIsoTime("2027-03-09T09:00:00+08:00")->utc), m_rubric(sampleRubric())
{
    require(m_dir.isValid(), "no temporary folder");
    site::SiteOptions options;
    options.kdfStrength = crypto::KdfStrength::MinForTests;
    options.inactivityLimit = std::chrono::hours(24);
    m_store = site::SiteStore::open(m_dir.filePath("site.db").toStdString(),
                                    std::span<const std::uint8_t, 32>(m_key.data(), 32), m_clock,
                                    options);
    m_accounts = std::make_unique<site::AccountManager>(*m_store);
    auto admin = m_accounts->createFirstAdministrator("admin", "admin-password");
    require(admin.ok(), "no administrator");
    m_admin.emplace(std::move(*admin.value));
    for (const char* name : {"g1", "g2"})
        require(
            m_accounts
                ->createAccount(*m_admin, name, site::Role::Grader, std::string(name) + "-password")
                .ok(),
            "no grader account");
    m_manager = std::make_unique<practical::PracticalManager>(*m_store);
    auto opened = m_manager->openSession(*m_admin, "P1", "SITE-01", m_rubric,
                                         {person("2026120807001", "孟勇", "441900200505273097"),
                                          person("2026120807002", "郑娜", "420106197303150342"),
                                          person("2026120807003", "王磊", "110101199001011234")});
    require(opened.ok(), "no session: " + opened.outcome.why);
    const std::string session = *opened.value;
    for (const char* name : {"g1", "g2"})
        require(m_manager->assignGrader(*m_admin, session, name).ok(), "grader not assigned");
    for (const auto& c : m_manager->candidates(session)) {
        require(m_manager->markEligible(*m_admin, session, c.ticketNo, "理论考试已在他处合格").ok(),
                "not eligible");
        // K1 K11 (a veto item), K2 K21 (two graders, two veto items), K3 K31, K4 K42.
        const char* lots[][2] = {{"K1", "K11"}, {"K2", "K21"}, {"K3", "K31"}, {"K4", "K42"}};
        for (const auto& lot : lots)
            require(m_manager->recordLot(*m_admin, session, c.ticketNo, lot[0], lot[1]).ok(),
                    "no draw");
    }
    switchGrader("g1");
    m_controller = std::make_unique<GradingController>(
        *m_manager, [this]() -> site::PersonSession* { return m_grader ? &*m_grader : nullptr; });
    GradingController::setInstance(m_controller.get());
    require(m_controller->openSession(QString::fromStdString(session)), "controller");
}

void GradingScene::switchGrader(const std::string& name)
{
    auto login = m_accounts->login(name, name + "-password");
    require(login.ok(), "login " + name);
    m_grader.emplace(std::move(*login.value));
}

} // namespace examroom::test
