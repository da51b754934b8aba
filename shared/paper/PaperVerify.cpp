// The centre's check of a paper score sheet: who signed what inside it, and that the answers
// it scores are the ones the two entries agreed on (or the settled differences).

#include "paper/PaperVerify.h"

#include "domain/ChoiceSet.h"
#include "paper/PaperRecords.h"

#include <map>
#include <set>

namespace examroom::paper {
namespace {

bool canEnter(const std::optional<StaffMember>& member)
{
    return member && (member->role == "proctor" || member->role == "administrator");
}

// The bank's letters (sorted) that `typed` (printed letters) means on an item printed in
// `printed` order; nullopt for a letter the item does not print, or one given twice.
std::optional<std::string> bankLetters(const std::string& printed, const std::string& typed)
{
    ChoiceSet bank;
    ChoiceSet seen;
    for (char c : typed) {
        const int position = c - 'A';
        if (position < 0 || position >= int(printed.size()) || seen.contains(position))
            return std::nullopt;
        seen.insert(position);
        bank.insert(printed[std::size_t(position)] - 'A');
    }
    return bank.letters();
}

// A printed order is a permutation of the bank's first n letters (2 to 6 options).
bool isPermutation(const std::string& printed)
{
    if (printed.size() < 2 || printed.size() > std::size_t(ChoiceSet::maxChoices))
        return false;
    ChoiceSet seen;
    for (char c : printed) {
        const int index = c - 'A';
        if (index < 0 || index >= int(printed.size()) || seen.contains(index))
            return false;
        seen.insert(index);
    }
    return true;
}

// The same letters as a set ("BA" is "AB"); nullopt for anything but distinct letters A–F.
std::optional<std::string> normalised(const std::string& letters)
{
    ChoiceSet set;
    for (char c : letters) {
        const int index = c - 'A';
        if (index < 0 || index >= ChoiceSet::maxChoices || set.contains(index))
            return std::nullopt;
        set.insert(index);
    }
    return set.letters();
}

} // namespace

bool verifyPaperSheet(const SignedDocument& document, const ScoreSheet& sheet,
                      const StaffLookup& staff, std::string* why)
{
    auto fail = [&](std::string text) {
        if (why)
            *why = "paper sheet " + sheet.sheetId + ": " + std::move(text);
        return false;
    };
    if (sheet.examMode != ExamMode::Paper)
        return fail("not marked exam_mode paper");
    if (document.kind != ScoreSheet::kind)
        return fail("the envelope is a " + document.kind);
    if (!verifySignature(document))
        return fail("the countersignature does not verify");
    if (!canEnter(staff(document.signer)))
        return fail("not countersigned by a proctor or administrator the site listed (staff "
                    "list)");

    std::vector<std::pair<PaperEntry, crypto::SigningPublicKey>> entries;
    std::map<int, PaperResolution> resolutions;
    for (std::size_t n = 0; n < sheet.paperRecords.size(); ++n) {
        const std::string where = "record " + std::to_string(n + 1) + ": ";
        auto record = SignedDocument::fromJson(sheet.paperRecords[n]);
        if (!record)
            return fail(where + "not a signed document envelope");
        if (!verifySignature(*record))
            return fail(where + record->kind + " " + record->id +
                        ": the signature does not verify over its content");
        std::string problem;
        std::string claimed;
        std::string ticket;
        std::string session;
        if (record->kind == PaperEntry::kind) {
            auto entry = PaperEntry::fromDocument(*record, &problem);
            if (!entry)
                return fail(where + problem);
            claimed = entry->staff;
            ticket = entry->ticketNo;
            session = entry->sessionId;
            entries.emplace_back(std::move(*entry), record->signer);
        } else if (record->kind == PaperResolution::kind) {
            auto resolution = PaperResolution::fromDocument(*record, &problem);
            if (!resolution)
                return fail(where + problem);
            claimed = resolution->staff;
            ticket = resolution->ticketNo;
            session = resolution->sessionId;
            const int item = resolution->item;
            if (!resolutions.emplace(item, std::move(*resolution)).second)
                return fail(where + "a second resolution of item " + std::to_string(item + 1));
        } else {
            return fail(where + "a " + record->kind + " has no place in a paper sheet");
        }
        const auto signer = staff(record->signer);
        if (!canEnter(signer) || signer->name != claimed)
            return fail(where + record->kind + " " + record->id + " names " + claimed +
                        " but is not signed by a proctor or administrator the site listed "
                        "under that name (staff list)");
        if (ticket != sheet.ticketNo)
            return fail(where + record->kind + " " + record->id + " is of candidate " + ticket);
        if (!entries.empty() && session != entries.front().first.sessionId)
            return fail(where + record->kind + " " + record->id + " is of another session");
    }

    if (entries.size() != 2)
        return fail("needs exactly two answer entries, has " + std::to_string(entries.size()));
    const auto& [first, firstKey] = entries[0];
    const auto& [second, secondKey] = entries[1];
    if (first.entryNo != 1 || second.entryNo != 2)
        return fail("the entries are not entry 1 then entry 2");
    if (first.staff == second.staff || firstKey == secondKey)
        return fail("both answer entries were made by " + first.staff +
                    ": they must come from two different staff members");
    for (const auto& [item, resolution] : resolutions)
        if (resolution.sessionId != first.sessionId)
            return fail("resolution of item " + std::to_string(item + 1) +
                        " is of another session");

    const std::size_t items = sheet.answers.size();
    for (const auto* entry : {&first, &second})
        if (entry->questionIds.size() != items || entry->answers.size() != items ||
            entry->printed.size() != items)
            return fail("entry " + std::to_string(entry->entryNo) + " has not one answer per " +
                        "item of the sheet (" + std::to_string(items) + ")");
    if (first.printed != second.printed || first.questionIds != second.questionIds)
        return fail("the two entries are not of the same printed paper");
    if (first.kept != second.kept)
        return fail("the two entries keep different kiosk answers");
    for (const auto& [number, letters] : first.kept)
        if (number < 1 || std::size_t(number) > items)
            return fail("a kept kiosk answer for item " + std::to_string(number) +
                        ", which the paper does not have");

    for (std::size_t i = 0; i < items; ++i) {
        const std::string item = "item " + std::to_string(i + 1) + ": ";
        const auto& scored = sheet.answers[i];
        if (scored.questionId != first.questionIds[i])
            return fail(item + "the sheet scores question " + scored.questionId +
                        ", the entries were of " + first.questionIds[i]);
        if (!isPermutation(first.printed[i]))
            return fail(item + "the printed order \"" + first.printed[i] +
                        "\" is not an order of the options");
        const auto resolution = resolutions.find(int(i));
        std::optional<std::string> expected;
        if (auto kept = first.kept.find(int(i + 1)); kept != first.kept.end()) {
            if (!first.answers[i].empty() || !second.answers[i].empty())
                return fail(item + "answered on the kiosk, yet an entry gives an answer");
            if (resolution != resolutions.end())
                return fail(item + "answered on the kiosk, yet a resolution settles it");
            expected = normalised(kept->second);
        } else if (first.answers[i] == second.answers[i]) {
            if (resolution != resolutions.end())
                return fail(item + "the entries agree, yet a resolution settles it");
            expected = bankLetters(first.printed[i], first.answers[i]);
        } else {
            if (resolution == resolutions.end())
                return fail(item + "the entries differ (\"" + first.answers[i] + "\", \"" +
                            second.answers[i] + "\") and no resolution settles it");
            if (resolution->second.questionId != first.questionIds[i])
                return fail(item + "the resolution is of question " +
                            resolution->second.questionId);
            expected = bankLetters(first.printed[i], resolution->second.answer);
        }
        if (!expected)
            return fail(item + "an answer gives a letter the item does not print");
        const auto chosen = normalised(scored.chosen);
        if (chosen != expected)
            return fail(item + "the sheet scores \"" + scored.chosen +
                        "\" but the entries give \"" + *expected + "\" (bank letters)");
    }
    for (const auto& [item, resolution] : resolutions)
        if (item < 0 || std::size_t(item) >= items)
            return fail("a resolution of item " + std::to_string(item + 1) +
                        ", which the paper does not have");
    return true;
}

} // namespace examroom::paper
