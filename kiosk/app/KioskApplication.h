#pragma once

namespace examroom {

// The kiosk program: parses the command line (see --help), builds the manager and the
// controllers, and runs the window, the headless script, the self-test or the screen render.
// Returns the process exit code; never throws.
int runKiosk(int argc, char** argv);

} // namespace examroom
