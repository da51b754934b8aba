#include "LocalProvisioning.h"

#include "import/CentreFiles.h"

#include <sstream>

namespace examroom {

std::optional<room::OpenedSession> sessionFromCentreFiles(const std::filesystem::path& dir,
                                                          const std::string& roomId, int seatNo,
                                                          const Clock& importClock,
                                                          std::string* error)
{
    try {
        auto imported = importCentreFiles(dir, importClock);
        if (!imported.files) {
            if (error) {
                std::ostringstream text;
                text << "the centre files in " << dir.string() << " do not import ("
                     << imported.diagnostics.errorCount() << " errors)";
                *error = text.str();
            }
            return std::nullopt;
        }
        room::OpenedSession session;
        session.images =
            package::collectSessionImages(imported.files->roster, imported.files->bank, dir, dir);
        session.context.plan = std::move(imported.files->plan);
        session.context.roster = std::move(imported.files->roster);
        session.context.bank = std::move(imported.files->bank);
        session.context.roomId = roomId;
        session.context.seatNo = seatNo;
        return session;
    } catch (const std::exception& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
}

} // namespace examroom
