#pragma once

#include "domain/ChoiceSet.h"
#include "exam/AnswerJournal.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace examroom {

// The payload of an "answer" journal entry: item index and choice in displayed positions
// (empty = cleared). One place writes it and reads it: the kiosk's session, its recovery, and
// the console reading the mirror (what a candidate switched to paper already answered).
struct AnswerChange
{
    std::size_t index = 0;
    std::optional<ChoiceSet> choice; // nullopt: cleared
};

std::string answerPayload(std::size_t index, ChoiceSet displayed);
// Throws nlohmann::json::exception for a payload that is not one (a journal is checked by its
// chain before it is read, so that is a fault, not input).
AnswerChange readAnswerPayload(const std::string& payload);

// The answers standing at the end of a journal (or its mirror): item index -> choice, cleared
// items left out. Throws as readAnswerPayload.
std::map<std::size_t, ChoiceSet> answersInJournal(const std::vector<JournalEntry>& entries);

} // namespace examroom
