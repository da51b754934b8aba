#include "paper/PaperStage.h"

namespace examroom::paper {

PaperStage paperStage(const std::optional<PaperStatus>& status, bool printed)
{
    if (!status)
        return PaperStage::Switch;
    if (status->scored)
        return PaperStage::Done;
    if (status->entries.empty())
        return printed ? PaperStage::FirstEntry : PaperStage::Print;
    if (status->entries.size() == 1)
        return PaperStage::SecondEntry;
    return status->unresolved > 0 ? PaperStage::Differences : PaperStage::Score;
}

std::string_view stageName(PaperStage stage)
{
    switch (stage) {
    case PaperStage::Switch:
        return "switch";
    case PaperStage::Print:
        return "print";
    case PaperStage::FirstEntry:
        return "first";
    case PaperStage::SecondEntry:
        return "second";
    case PaperStage::Differences:
        return "differences";
    case PaperStage::Score:
        return "score";
    case PaperStage::Done:
        return "done";
    }
    return "switch";
}

} // namespace examroom::paper
