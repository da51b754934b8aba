#include "domain/Blueprint.h"

namespace examroom {

int Blueprint::questionCount() const
{
    int total = 0;
    for (const auto& section : sections)
        total += section.count;
    return total;
}

int Blueprint::sectionPoints() const
{
    int total = 0;
    for (const auto& section : sections)
        total += section.points();
    return total;
}

} // namespace examroom
