#pragma once

#include <string>
#include <vector>

namespace examroom::site {

// What a kiosk reports about itself when it pairs and before a session.
struct KioskReport
{
    int screenWidth = 0; // pixels
    int screenHeight = 0;
    long long freeDiskMiB = 0;
    int clockSkewSeconds = 0;  // kiosk clock minus console clock
    std::string version;       // "major.minor.patch"
    bool ttsAvailable = false; // a Mandarin read-aloud voice
};

// The room's equipment rules.
struct EquipmentRules
{
    int minScreenWidth = 1280;
    int minScreenHeight = 720;
    long long minFreeDiskMiB = 512;
    int maxClockSkewSeconds = 5;
    std::string minVersion = "0.1.0";
    bool requireTts = true;
};

// Pass or fail for one seat, with every reason it failed (in Chinese, for the proctor).
struct EquipmentResult
{
    bool passed = true;
    std::vector<std::string> reasons;
};

// Judges a report against the rules. Leaves nothing behind.
[[nodiscard]] EquipmentResult checkEquipment(const KioskReport& report,
                                             const EquipmentRules& rules);

// Compares dotted versions numerically ("0.10.0" > "0.9.1"); a malformed version is lower
// than any well-formed one.
int compareVersions(const std::string& a, const std::string& b);

} // namespace examroom::site
