#include "commands/PlanCheck.h"

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    CLI::App app{"center-sync: the exam site's sync agent and the exam centre's hub"};
    app.require_subcommand(1);
    int exitCode = 0;
    examroom::centersync::addPlanCommands(app, exitCode);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const std::exception& e) {
        std::cerr << "center-sync: " << e.what() << "\n";
        return 1;
    }
    return exitCode;
}
