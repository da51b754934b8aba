#include "util/IsoTime.h"

#include <cstdio>

namespace examroom {
namespace {

std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

std::optional<std::chrono::year_month_day> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    std::chrono::year_month_day date{std::chrono::year{*y}, std::chrono::month(unsigned(*m)),
                                     std::chrono::day(unsigned(*d))};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::optional<OffsetTime> parseIsoTime(std::string_view text)
{
    if (text.size() < 17 || text[10] != 'T' || text[13] != ':')
        return std::nullopt;
    auto date = parseIsoDate(text.substr(0, 10));
    auto hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    if (!date || !hour || !minute || *hour > 23 || *minute > 59)
        return std::nullopt;
    std::size_t pos = 16;
    int second = 0;
    if (pos < text.size() && text[pos] == ':') {
        auto s = digits(text, pos + 1, 2);
        if (!s || *s > 59)
            return std::nullopt;
        second = *s;
        pos += 3;
    }
    std::chrono::minutes offset{0};
    std::string_view zone = text.substr(pos);
    if (zone == "Z") {
        offset = std::chrono::minutes{0};
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        auto oh = digits(zone, 1, 2), om = digits(zone, 4, 2);
        if (!oh || !om || *oh > 14 || *om > 59)
            return std::nullopt;
        offset = std::chrono::minutes{*oh * 60 + *om} * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt; // a time without its offset is ambiguous; the formats require one
    }
    auto local = std::chrono::sys_days{*date} + std::chrono::hours{*hour} +
                 std::chrono::minutes{*minute} + std::chrono::seconds{second};
    return OffsetTime{std::chrono::sys_seconds{local - offset}, offset};
}

std::chrono::year_month_day OffsetTime::localDate() const
{
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(utc + offset)};
}

std::string OffsetTime::toIso() const
{
    auto local = utc + offset;
    auto day = std::chrono::floor<std::chrono::days>(local);
    std::chrono::hh_mm_ss time{local - day};
    std::chrono::year_month_day date{day};
    long off = offset.count();
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02ld%c%02ld:%02ld",
                  int(date.year()), unsigned(date.month()), unsigned(date.day()),
                  long(time.hours().count()), long(time.minutes().count()),
                  long(time.seconds().count()), off < 0 ? '-' : '+', std::labs(off) / 60,
                  std::labs(off) % 60);
    return buffer;
}

std::string formatDate(std::chrono::year_month_day date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()));
    return buffer;
}

int ageOn(std::chrono::year_month_day birth, std::chrono::year_month_day on)
{
    int age = int(on.year()) - int(birth.year());
    if (std::chrono::month_day{on.month(), on.day()} <
        std::chrono::month_day{birth.month(), birth.day()})
        --age;
    return age;
}

} // namespace examroom
