#pragma once

namespace examroom {

// The console program: parses the command line (see --help), opens site.db, builds the
// manager and the controllers, and runs the window, the self-test or the screen render.
// Returns the process exit code; never throws.
int runProctor(int argc, char** argv);

} // namespace examroom
