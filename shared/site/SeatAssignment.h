#pragma once

#include "crypto/Bytes.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::site {

enum class AssignmentMode { Random, TicketOrder };

std::string_view assignmentModeName(AssignmentMode mode);

// Seat numbers for a roster: which candidate sits where and which usable seats stay spare.
struct SeatPlan
{
    std::map<std::string, int> seatOf; // ticket number → seat number
    std::vector<int> spareSeats;       // ascending
};

inline constexpr std::string_view kSeatContext = "examroom.seats.v1";

// Assigns `tickets` to `usableSeats`, keeping the `spareCount` highest-numbered usable seats
// spare. TicketOrder: tickets sorted, seats ascending. Random: the tickets sorted, then
// shuffled by Fisher–Yates with DeterministicStream(seed, "examroom.seats.v1") (j =
// uniform(i + 1) for i from n-1 down to 1), then seated in ascending seat order — the same
// seed gives the same chart on any machine. Returns nullopt-like empty plan with
// `error` set when there are not enough seats or the seed is not 32 bytes (Random).
// Leaves nothing behind.
struct SeatAssignmentResult
{
    SeatPlan plan;
    std::string error; // empty on success
    bool ok() const { return error.empty(); }
};
[[nodiscard]] SeatAssignmentResult assignSeats(std::vector<std::string> tickets,
                                               std::vector<int> usableSeats, int spareCount,
                                               AssignmentMode mode, crypto::ByteSpan seed = {});

} // namespace examroom::site
