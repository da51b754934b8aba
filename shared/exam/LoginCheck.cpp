#include "exam/LoginCheck.h"

#include <algorithm>
#include <cctype>

namespace examroom {
namespace {

std::string normalized(std::string_view text)
{
    auto isSpace = [](char c) {
        return std::isspace(static_cast<unsigned char>(c)) != 0;
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return char(std::toupper(static_cast<unsigned char>(c))); });
    return out;
}

bool plausible(const std::string& text)
{
    return !text.empty() && text.size() <= 40 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '(' || c == ')';
    });
}

} // namespace

LoginResult checkLogin(const std::vector<Candidate>& sessionRoster, std::string_view ticketNo,
                       std::string_view idNo, const std::set<std::string>& loggedInElsewhere,
                       const std::set<std::string>& submitted)
{
    const std::string ticket = normalized(ticketNo);
    const std::string id = normalized(idNo);
    if (!plausible(ticket) || !plausible(id))
        return {LoginOutcome::Malformed, nullptr};
    auto found = std::find_if(sessionRoster.begin(), sessionRoster.end(),
                              [&](const Candidate& c) { return normalized(c.ticketNo) == ticket; });
    if (found == sessionRoster.end())
        return {LoginOutcome::UnknownTicket, nullptr};
    if (normalized(found->id.number) != id)
        return {LoginOutcome::IdMismatch, nullptr};
    if (submitted.count(found->ticketNo))
        return {LoginOutcome::AlreadySubmitted, nullptr};
    if (loggedInElsewhere.count(found->ticketNo))
        return {LoginOutcome::AlreadyLoggedInElsewhere, nullptr};
    return {LoginOutcome::Accepted, &*found};
}

std::string_view name(LoginOutcome outcome)
{
    switch (outcome) {
    case LoginOutcome::Accepted:
        return "accepted";
    case LoginOutcome::Malformed:
        return "malformed";
    case LoginOutcome::UnknownTicket:
        return "unknown-ticket";
    case LoginOutcome::IdMismatch:
        return "id-mismatch";
    case LoginOutcome::AlreadyLoggedInElsewhere:
        return "logged-in-elsewhere";
    case LoginOutcome::AlreadySubmitted:
        return "already-submitted";
    }
    return "unknown";
}

} // namespace examroom
