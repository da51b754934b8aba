#include "site/EquipmentCheck.h"

#include <cstdlib>
#include <optional>
#include <sstream>

namespace examroom::site {
namespace {

std::optional<std::vector<long>> parseVersion(const std::string& text)
{
    std::vector<long> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, '.')) {
        if (part.empty() || part.size() > 9 ||
            part.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        parts.push_back(std::stol(part));
    }
    if (parts.empty())
        return std::nullopt;
    return parts;
}

} // namespace

int compareVersions(const std::string& a, const std::string& b)
{
    auto va = parseVersion(a);
    auto vb = parseVersion(b);
    if (!va || !vb)
        return va ? 1 : (vb ? -1 : 0);
    for (std::size_t i = 0; i < std::max(va->size(), vb->size()); ++i) {
        long x = i < va->size() ? (*va)[i] : 0;
        long y = i < vb->size() ? (*vb)[i] : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

EquipmentResult checkEquipment(const KioskReport& report, const EquipmentRules& rules)
{
    EquipmentResult result;
    auto fail = [&](std::string reason) {
        result.passed = false;
        result.reasons.push_back(std::move(reason));
    };
    if (report.screenWidth < rules.minScreenWidth || report.screenHeight < rules.minScreenHeight)
        fail("屏幕分辨率 " + std::to_string(report.screenWidth) + "×" +
             std::to_string(report.screenHeight) + " 低于 " + std::to_string(rules.minScreenWidth) +
             "×" + std::to_string(rules.minScreenHeight));
    if (report.freeDiskMiB < rules.minFreeDiskMiB)
        fail("磁盘剩余 " + std::to_string(report.freeDiskMiB) + " MiB 少于 " +
             std::to_string(rules.minFreeDiskMiB) + " MiB");
    if (std::abs(report.clockSkewSeconds) > rules.maxClockSkewSeconds)
        fail("时钟偏差 " + std::to_string(report.clockSkewSeconds) + " 秒超过 ±" +
             std::to_string(rules.maxClockSkewSeconds) + " 秒");
    if (compareVersions(report.version, rules.minVersion) < 0)
        fail("软件版本 " + (report.version.empty() ? std::string("未知") : report.version) +
             " 低于 " + rules.minVersion);
    if (rules.requireTts && !report.ttsAvailable)
        fail("没有可用的语音朗读");
    return result;
}

} // namespace examroom::site
