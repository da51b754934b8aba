#include "domain/Paper.h"

namespace examroom {

int Paper::totalPoints() const
{
    int total = 0;
    for (const auto& item : items)
        total += item.pointsEach;
    return total;
}

int Paper::sectionItemCount(int sectionIndex) const
{
    int count = 0;
    for (const auto& item : items)
        if (item.sectionIndex == sectionIndex)
            ++count;
    return count;
}

ChoiceSet toBankChoices(const PaperItem& item, ChoiceSet displayed)
{
    ChoiceSet bank;
    for (std::size_t position = 0; position < item.optionOrder.size(); ++position)
        if (displayed.contains(int(position)))
            bank.insert(item.optionOrder[position]);
    return bank;
}

ChoiceSet toDisplayedChoices(const PaperItem& item, ChoiceSet bank)
{
    ChoiceSet displayed;
    for (std::size_t position = 0; position < item.optionOrder.size(); ++position)
        if (bank.contains(item.optionOrder[position]))
            displayed.insert(int(position));
    return displayed;
}

} // namespace examroom
