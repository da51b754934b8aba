#include "LocalProvisioning.h"

#include "import/CentreFiles.h"
#include "package/PlanPackage.h"

#include <sstream>

namespace examroom {
namespace {

template <typename Import>
std::optional<ExamContext> contextFrom(const std::filesystem::path& dir, Import import,
                                       const std::string& roomId, int seatNo, std::string* error)
{
    try {
        auto imported = import();
        if (!imported.files) {
            if (error) {
                std::ostringstream text;
                text << "the centre files in " << dir.string() << " do not import ("
                     << imported.diagnostics.errorCount() << " errors)";
                *error = text.str();
            }
            return std::nullopt;
        }
        ExamContext context;
        context.plan = std::move(imported.files->plan);
        context.roster = std::move(imported.files->roster);
        context.bank = std::move(imported.files->bank);
        context.roomId = roomId;
        context.seatNo = seatNo;
        return context;
    } catch (const std::exception& e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
}

} // namespace

std::optional<ExamContext> contextFromCentreFiles(const std::filesystem::path& dir,
                                                  const std::string& roomId, int seatNo,
                                                  const Clock& importClock, std::string* error)
{
    return contextFrom(
        dir, [&] { return importCentreFiles(dir, importClock); }, roomId, seatNo, error);
}

std::optional<ExamContext> contextFromUnlockedBank(const std::filesystem::path& dir,
                                                   const package::OpenedBank& bank,
                                                   const std::string& roomId, int seatNo,
                                                   const Clock& importClock, std::string* error)
{
    return contextFrom(
        dir, [&] { return package::importUnlocked(dir, bank, importClock); }, roomId, seatNo,
        error);
}

} // namespace examroom
