#pragma once

#include <filesystem>
#include <QString>
#include <QStringList>

namespace examroom {

// Renders every screen of the console, in Chinese and in English, to PNG files in `outDir`
// (offscreen): a fresh console in a temporary folder walks through first start, login, plan,
// room, tickets, check-in, start, monitor (with a raised hand and an offline seat), the
// removal read-back, close and the lock, using the sample centre files in `centreFiles` sealed
// into a plan package with a throw-away centre key. Returns the files written; on a QML error
// or a failed step returns what was written so far and sets `error`.
QStringList renderScreens(const std::filesystem::path& centreFiles,
                          const std::filesystem::path& outDir, QString* error);

} // namespace examroom
