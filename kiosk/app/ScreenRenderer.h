#pragma once

#include <filesystem>
#include <QString>
#include <QStringList>

namespace examroom {

// Renders every screen of the kiosk, in Chinese and in English, to PNG files in `outDir`
// (offscreen): a fresh kiosk in a temporary data folder walks through idle, login,
// identity, waiting, exam (normal and large-font high-contrast), paused, locked, the submit
// confirmation and the result with the confirmation sheet, using the sample centre files in
// `centreFiles`. Returns the files written; on a QML error or a failed step returns what was
// written so far and sets `error`.
QStringList renderScreens(const std::filesystem::path& centreFiles,
                          const std::filesystem::path& outDir, QString* error);

} // namespace examroom
