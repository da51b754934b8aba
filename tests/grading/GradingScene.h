#pragma once

#include "crypto/SecretBytes.h"
#include "GradingController.h"
#include "practical/PracticalManager.h"
#include "site/AccountManager.h"
#include "site/SiteStore.h"
#include "util/Clock.h"

#include <memory>
#include <optional>
#include <QTemporaryDir>

namespace examroom::test {

// A site.db in a temporary folder with the sample rubric's practical session P1/practical:
// three eligible candidates with their tasks drawn (by lot, so every run shows the same
// tasks), graders g1 and g2 assigned, g1 logged in, and a GradingController on it. Throws
// std::runtime_error when any step of the set-up is refused.
class GradingScene
{
public:
    GradingScene();

    site::SiteStore& store() { return *m_store; }
    practical::PracticalManager& manager() { return *m_manager; }
    GradingController& controller() { return *m_controller; }
    site::PersonSession& grader() { return *m_grader; }
    // Logs in as `name` (g1, g2) for the controller's next actions.
    void switchGrader(const std::string& name);
    const PracticalRubric& rubric() const { return m_rubric; }

private:
    QTemporaryDir m_dir;
    crypto::SecretBytes m_key = crypto::SecretBytes::random(32);
    FixedClock m_clock;
    std::unique_ptr<site::SiteStore> m_store;
    std::unique_ptr<site::AccountManager> m_accounts;
    std::optional<site::PersonSession> m_admin;
    std::optional<site::PersonSession> m_grader;
    std::unique_ptr<practical::PracticalManager> m_manager;
    std::unique_ptr<GradingController> m_controller;
    PracticalRubric m_rubric;
};

} // namespace examroom::test
