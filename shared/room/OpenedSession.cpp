#include "room/OpenedSession.h"

#include "crypto/CryptoError.h"
#include "package/PlanPackage.h"
#include "util/Clock.h"
#include "util/IsoTime.h"

#include <chrono>
#include <stdexcept>

namespace examroom::room {

std::optional<OpenedSession> openUnlockedSession(const ProvisionBundle& bundle,
                                                 const package::OpenedBank& bank, int seatNo,
                                                 std::string* error)
{
    auto fail = [error](std::string why) -> std::optional<OpenedSession> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    const auto judged = parseIsoTime(bundle.judgedAt);
    const FixedClock importClock(
        judged ? judged->utc
               : std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    FileViews open;
    for (const auto& [name, bytes] : bundle.files)
        open.emplace(name, bytes);
    const FileSource openFiles(open, "provisioned");
    auto imported = package::importUnlocked(openFiles, bank, importClock);
    if (!imported.files)
        return fail("the provisioned session does not import (" +
                    std::to_string(imported.diagnostics.errorCount()) + " errors)");
    OpenedSession session;
    try {
        // v3 questions name images of the sealed part; photos are open files.
        session.images =
            package::collectSessionImages(imported.files->roster, imported.files->bank, openFiles,
                                          FileSource(bank.files(), "sealed"));
    } catch (const crypto::CryptoError&) {
        throw;
    } catch (const std::runtime_error& e) {
        return fail(e.what());
    }
    session.context.plan = std::move(imported.files->plan);
    session.context.roster = std::move(imported.files->roster);
    session.context.bank = std::move(imported.files->bank);
    session.context.roomId = bundle.roomId;
    session.context.seatNo = seatNo;
    return session;
}

} // namespace examroom::room
