#include "site/SeatAssignment.h"

#include "crypto/DeterministicStream.h"

#include <algorithm>

namespace examroom::site {

std::string_view assignmentModeName(AssignmentMode mode)
{
    return mode == AssignmentMode::Random ? "random" : "ticket-order";
}

SeatAssignmentResult assignSeats(std::vector<std::string> tickets, std::vector<int> usableSeats,
                                 int spareCount, AssignmentMode mode, crypto::ByteSpan seed)
{
    SeatAssignmentResult result;
    std::sort(tickets.begin(), tickets.end());
    if (std::adjacent_find(tickets.begin(), tickets.end()) != tickets.end()) {
        result.error = "a ticket number appears twice";
        return result;
    }
    std::sort(usableSeats.begin(), usableSeats.end());
    usableSeats.erase(std::unique(usableSeats.begin(), usableSeats.end()), usableSeats.end());
    if (spareCount < 0 || tickets.size() + std::size_t(spareCount) > usableSeats.size()) {
        result.error = std::to_string(tickets.size()) + " candidates and " +
                       std::to_string(spareCount) + " spare seats need more than the " +
                       std::to_string(usableSeats.size()) + " usable seats";
        return result;
    }
    if (mode == AssignmentMode::Random) {
        if (seed.size() != crypto::kStreamSeedBytes) {
            result.error = "a random assignment needs a 32-byte seed";
            return result;
        }
        crypto::DeterministicStream stream(seed, kSeatContext);
        for (std::size_t i = tickets.size(); i > 1; --i) {
            std::size_t j = stream.uniform(std::uint32_t(i));
            std::swap(tickets[i - 1], tickets[j]);
        }
    }
    for (std::size_t i = 0; i < tickets.size(); ++i)
        result.plan.seatOf[tickets[i]] = usableSeats[i];
    result.plan.spareSeats.assign(usableSeats.end() - spareCount, usableSeats.end());
    return result;
}

} // namespace examroom::site
