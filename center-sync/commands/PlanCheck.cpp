#include "commands/PlanCheck.h"

#include "import/CentreFiles.h"
#include "import/PlanSummary.h"
#include "util/IsoTime.h"

#include <iostream>
#include <memory>

namespace examroom::centersync {

int runPlanCheck(const PlanCheckOptions& options, std::ostream& out, std::ostream& err)
{
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    if (options.now) {
        auto at = parseIsoTime(*options.now);
        if (!at) {
            err << "center-sync: --now \"" << *options.now
                << "\" is not a date-time with its offset, e.g. 2027-03-01T09:00:00+08:00\n";
            return 2;
        }
        clock = std::make_unique<FixedClock>(at->utc);
    }
    auto result = importCentreFiles(options.dir, *clock);
    for (const auto& diagnostic : result.diagnostics.all())
        err << diagnostic.format() << "\n";
    if (!result.files) {
        err << result.diagnostics.errorCount() << " error(s), " << result.diagnostics.warningCount()
            << " warning(s): nothing was imported\n";
        return 1;
    }
    out << planSummary(*result.files);
    out << "\nOK: " << result.diagnostics.warningCount() << " warning(s), no errors\n";
    return 0;
}

void addPlanCommands(CLI::App& app, int& exitCode)
{
    auto* plan = app.add_subcommand("plan", "Exam plans from the exam centre");
    plan->require_subcommand(1);
    auto options = std::make_shared<PlanCheckOptions>();
    auto* check = plan->add_subcommand(
        "check",
        "Read DIR/plan.json, DIR/roster.csv, DIR/bank.csv and the rubric the plan names; check "
        "every rule of the centre formats. Prints a summary and exits 0, or prints every error "
        "as file:line:column and exits 1.");
    check->add_option("DIR", options->dir, "Folder with the centre's files")
        ->required()
        ->check(CLI::ExistingDirectory);
    check->add_option("--now", options->now,
                      "Judge time rules (exam window, age) at this ISO-8601 instant, e.g. "
                      "2027-03-01T09:00:00+08:00, instead of the system clock");
    check->callback(
        [options, &exitCode] { exitCode = runPlanCheck(*options, std::cout, std::cerr); });
}

} // namespace examroom::centersync
