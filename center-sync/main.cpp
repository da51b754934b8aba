#include "commands/Commands.h"
#include "commands/PlanCheck.h"
#include "commands/SelfTest.h"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    CLI::App app{"center-sync: the exam site's sync agent and the exam centre's hub"};
    // One subcommand, or --self-test alone.
    app.require_subcommand(0, 1);
    int exitCode = 0;
    bool selfTest = false;
    app.add_flag("--self-test", selfTest,
                 "Check SQLCipher, libsodium and ZeroMQ CURVE in a temporary folder, then exit");
    auto common = std::make_shared<examroom::centersync::CommonOptions>();
    app.add_option("--config", common->config,
                   "The config file (JSON: state, hub.listen, agent.hub, agent.control, …)")
        ->default_val("center-sync.json");
    examroom::centersync::addPlanCommands(app, exitCode);
    examroom::centersync::addKeysCommands(app, exitCode, common);
    examroom::centersync::addHubCommands(app, exitCode, common);
    examroom::centersync::addAgentCommands(app, exitCode, common);
    try {
        app.parse(argc, argv);
        if (selfTest)
            return examroom::centersync::runSelfTest(std::cout);
        if (app.get_subcommands().empty())
            throw CLI::RequiredError("A subcommand");
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const std::exception& e) {
        std::cerr << "center-sync: " << e.what() << "\n";
        return 1;
    }
    return exitCode;
}
